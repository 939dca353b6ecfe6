// Pieces the three simulator screens share: the results table, the status line with a progress
// bar, the explain panel and the layout that places them.
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { SimulationState } from '../../hooks/use-simulation.js';
import { useTerminalSize } from '../../hooks/use-terminal-size.js';
import { colors, glyphs } from '../../theme.js';
import { type SimLayout, simLayout } from './layout.js';
import type { Message } from './panel-state.js';
import type { PredictionPart } from './predict.js';

export interface ResultRow {
  label: string;
  value: string;
  note?: string;
  color?: string;
}

export function ResultsTable({
  rows,
  height,
  width,
}: {
  rows: ResultRow[];
  height: number;
  width: number;
}) {
  const shown = rows.slice(0, Math.max(0, height));
  const lw = Math.max(0, ...shown.map((r) => r.label.length));
  // A long value (several numbers in one) overflows into the note instead of widening all.
  const vw = Math.max(0, ...shown.map((r) => r.value.length).filter((n) => n <= 12));
  return (
    <Box flexDirection="column" width={width} height={Math.max(0, height)} overflow="hidden">
      {shown.map((r) => (
        <Text key={r.label} wrap="truncate-end">
          {r.label.padEnd(lw)} <Text color={r.color}>{r.value.padStart(vw)}</Text>
          {r.note ? <Text color={colors.dim}> {r.note}</Text> : null}
        </Text>
      ))}
    </Box>
  );
}

export function progressBar(progress: number, width: number): string {
  const filled = Math.round(Math.min(1, Math.max(0, progress)) * width);
  return `${glyphs.barFull.repeat(filled)}${glyphs.barEmpty.repeat(width - filled)}`;
}

export function ExplainPanel({ lines, height }: { lines: string[]; height: number }) {
  const shown = lines.length > height ? [...lines.slice(0, height - 1), '…'] : lines;
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {shown.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines are positions
        <Text key={i} wrap="truncate-end">
          {line}
        </Text>
      ))}
    </Box>
  );
}

const messageColor = { error: colors.bad, note: colors.warn, hint: colors.dim } as const;

interface SimBodyProps {
  status: ReactNode;
  panel: (layout: SimLayout) => ReactNode;
  results: (layout: SimLayout) => ReactNode;
  /** The chart in `rows` lines, or null while there is nothing to draw. */
  chart: (rows: number, width: number) => ReactNode;
  explain?: string[];
  message?: Message;
  /** Predict-first mode: hides the results behind the prompt, then shows the verdict. */
  prediction?: PredictionPart;
}

/**
 * Places the parts in the terminal's space; the explain panel takes the chart's place. In
 * predict mode the prompt takes the results' place and the chart is hidden until the verdict,
 * which then takes the chart's place (or the results' when there is no room for a chart).
 */
export function SimBody({
  status,
  panel,
  results,
  chart,
  explain,
  message,
  prediction,
}: SimBodyProps) {
  const size = useTerminalSize();
  const layout = simLayout(size.columns, size.rows);
  const below =
    layout.chartRows > 0 ? (
      <Box height={layout.chartRows} overflow="hidden" flexDirection="column">
        {prediction ? (
          prediction.hide ? (
            <Text color={colors.dim}>The chart shows once you have predicted.</Text>
          ) : (
            prediction.view(layout.chartRows, layout.width)
          )
        ) : explain ? (
          <ExplainPanel lines={explain} height={layout.chartRows} />
        ) : (
          chart(layout.chartRows, layout.width)
        )}
      </Box>
    ) : null;
  // Without room for a chart, the explain panel takes the results' place.
  const resultsPart =
    prediction && (prediction.hide || layout.chartRows === 0) ? (
      prediction.view(layout.resultRows, layout.resultsWidth)
    ) : explain && layout.chartRows === 0 ? (
      <ExplainPanel lines={explain} height={layout.resultRows} />
    ) : (
      results(layout)
    );
  return (
    <Box flexDirection="column" width={layout.width}>
      <Text wrap="truncate-end">{status}</Text>
      {layout.side ? (
        <Box height={layout.panelRows}>
          <Box width={layout.panelWidth} marginRight={2}>
            {panel(layout)}
          </Box>
          <Box width={layout.resultsWidth}>{resultsPart}</Box>
        </Box>
      ) : (
        <Box flexDirection="column">
          <Box height={layout.panelRows}>{panel(layout)}</Box>
          <Box height={layout.resultRows}>{resultsPart}</Box>
        </Box>
      )}
      <Text wrap="truncate-end" color={message ? messageColor[message.kind] : undefined}>
        {message?.text ?? ' '}
      </Text>
      {below}
    </Box>
  );
}

/** The status line of a simulation: progress while it runs, then what was simulated. */
export function runStatus<R>(state: SimulationState<R>, what: string): ReactNode {
  if (state.status === 'error') return <Text color={colors.bad}>{state.error}</Text>;
  if (state.status === 'done') return <Text>Simulated {what}</Text>;
  // Not started (predict mode waits for the prediction).
  if (state.status === 'idle') return <Text>To simulate: {what}</Text>;
  const pct = Math.floor(state.progress * 100);
  return (
    <Text>
      <Text color={colors.accent}>simulating… {pct}%</Text> {progressBar(state.progress, 10)} {what}
      {state.snapshot ? ' (so far)' : ''}
    </Text>
  );
}
