// The report after the round: the score line and the study plan stay; the rest scrolls.
import { Box, Text } from 'ink';
import { ScrollLines } from '../../components/question/scroll-lines.js';
import { colors } from '../../theme.js';
import { headline, planLine, reportLines } from './report-lines.js';
import type { ReportStage } from './state.js';

interface ReportViewProps {
  state: ReportStage;
  width: number;
  /** Rows of the frame's body. */
  body: number;
  isActive: boolean;
}

export function ReportView({ state, width, body, isActive }: ReportViewProps) {
  const { report, plan, round, bank, saveError } = state;
  const lines = reportLines(
    report,
    plan,
    bank,
    width,
    round.questions.map((q) => q.item),
  );
  const tone = report.score >= 0.7 ? colors.good : report.score >= 0.4 ? colors.warn : colors.bad;
  return (
    <Box flexDirection="column">
      <Text bold color={tone} wrap="truncate-end">
        {headline(report, round.plan.totalMs)}
      </Text>
      {saveError ? (
        <Text color={colors.bad} wrap="truncate-end">
          {saveError}
        </Text>
      ) : null}
      <ScrollLines lines={lines} height={body - 2 - (saveError ? 1 : 0)} isActive={isActive} />
      <Text color={colors.accent} wrap="truncate-end">
        {planLine(plan)}
      </Text>
    </Box>
  );
}
