import { Box, Text } from 'ink';
import type { Bank } from '../../../core/content/schema.js';
import { ScrollLines } from '../../components/question/scroll-lines.js';
import { useTerminalSize } from '../../hooks/use-terminal-size.js';
import { useScreen } from '../../navigation.js';
import { colors, textWidth } from '../../theme.js';
import { headline, planLine, reportLines } from './report-lines.js';
import type { RoundOutcome } from './use-round.js';

/** The report after the round: the score line and the study plan stay; the rest scrolls. */
export function ReportView({ outcome, bank }: { outcome: RoundOutcome; bank: Bank }) {
  const nav = useScreen({
    title: 'Mock interview › Report',
    keys: [
      { keys: '↑↓ PgUp PgDn', action: 'scroll' },
      { keys: 'Esc', action: 'back' },
    ],
  });
  const size = useTerminalSize();
  const width = textWidth(Math.max(20, size.columns - 1));
  const body = Math.max(4, size.rows - 4);
  const { report, plan, state } = outcome;
  const lines = reportLines(
    report,
    plan,
    bank,
    width,
    state.questions.map((q) => q.item),
  );
  const tone = report.score >= 0.7 ? colors.good : report.score >= 0.4 ? colors.warn : colors.bad;
  return (
    <Box flexDirection="column">
      <Text bold color={tone} wrap="truncate-end">
        {headline(report, state.plan.totalMs)}
      </Text>
      <ScrollLines lines={lines} height={body - 2} isActive={nav.active} />
      <Text color={colors.accent} wrap="truncate-end">
        {planLine(plan)}
      </Text>
    </Box>
  );
}
