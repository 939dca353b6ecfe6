// What the round holds and how it works; Enter starts the clock. Render only.
import { Box, Text } from 'ink';
import { type PastRound, trendOf } from '../../../core/mock/history.js';
import { type RoundPlan, sectionTitles } from '../../../core/mock/plan.js';
import { mmss } from '../../../core/mock/timer.js';
import { type Line, Lines } from '../../components/question/lines.js';
import { wrapText } from '../../components/question/wrap.js';
import { colors } from '../../theme.js';

const what: Record<string, string> = {
  'rapid-fire': 'flashcards and multiple choice',
  estimation: 'back-of-the-envelope numbers',
  design: 'one scenario, then the interviewer’s follow-up',
  'wrap-up': 'one open question',
};

interface IntroViewProps {
  plan: RoundPlan;
  seed: number;
  /** Past rounds, oldest first. */
  rounds: readonly PastRound[];
  error?: string;
  width: number;
  /** The terminal's rows. */
  rows: number;
}

export function IntroView({ plan, seed, rounds, error, width, rows }: IntroViewProps) {
  const last = rounds[rounds.length - 1];
  const trend = trendOf(rounds);
  // The title, the sections and "Enter to start" take 9 rows with their gaps; notes fill the rest.
  const room = Math.max(0, rows - 4 - 9);
  const notes: Line[] = [
    ...wrapText(
      'A section that runs out moves on; warnings come at 5 and 1 minute left. You grade open answers against the rubric with the clock paused. Esc ends the interview early.',
      width,
    ).map((text) => ({ text, color: colors.dim })),
    ...(last
      ? [
          {
            text: `Last round: ${Math.round(last.score * 100)}%${last.status === 'abandoned' ? ' (abandoned)' : ` ${trend.arrow}`} (${rounds.length} so far; faas-prep mock --history)`,
            color: colors.dim,
          },
        ]
      : []),
    { text: `Seed ${seed}`, color: colors.dim },
  ].slice(0, room);
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">
        A {plan.format} interview round: {plan.minutes} minutes against the clock
      </Text>
      <Box flexDirection="column" marginTop={1}>
        {plan.sections.map((s) => (
          <Text key={s.kind} wrap="truncate-end">
            {'  '}
            <Text color={colors.accent}>{sectionTitles[s.kind].padEnd(11)}</Text> {mmss(s.ms)}{' '}
            <Text color={colors.dim}>
              {s.questions > 1 ? `${s.questions} questions: ` : ''}
              {what[s.kind]}
              {s.kind === 'design' ? (s.probes > 1 ? `s (${s.probes})` : '') : ''}
            </Text>
          </Text>
        ))}
      </Box>
      <Box marginTop={1}>
        {error ? (
          <Text color={colors.bad} wrap="wrap">
            {error}
          </Text>
        ) : (
          <Text bold color={colors.good}>
            Enter to start
          </Text>
        )}
      </Box>
      <Box flexDirection="column" marginTop={1}>
        <Lines lines={notes} />
      </Box>
    </Box>
  );
}
