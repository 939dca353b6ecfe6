// A line chart sized to the space it is given: the plot, a tick line and a legend.
import { Box, Text } from 'ink';
import { type Cell, type ChartData, chartCells, tickLine } from './chart-grid.js';

export interface LegendEntry {
  ch: string;
  label: string;
  color?: string;
}

interface ChartProps {
  data: ChartData;
  /** Lines in all: plot + tick line + legend. */
  height: number;
  legend: LegendEntry[];
}

/** Consecutive cells of one colour as one Text. */
function runs(row: Cell[]): Cell[] {
  const out: Cell[] = [];
  for (const cell of row) {
    const last = out[out.length - 1];
    if (last && last.color === cell.color) last.ch += cell.ch;
    else out.push({ ...cell });
  }
  return out;
}

export function Chart({ data, height, legend }: ChartProps) {
  const plotHeight = Math.max(2, height - 2);
  const rows = chartCells(data, plotHeight);
  const cols = Math.max(0, (data.series[0]?.values.length ?? 2) - 1);
  return (
    <Box flexDirection="column" height={plotHeight + 2} overflow="hidden">
      {rows.map((row, r) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions, not items
        <Text key={r} wrap="truncate-end">
          {runs(row).map((cell, i) =>
            cell.color ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: runs are positions, not items
              <Text key={i} color={cell.color}>
                {cell.ch}
              </Text>
            ) : (
              cell.ch
            ),
          )}
        </Text>
      ))}
      <Text wrap="truncate-end">{tickLine(data.xTicks ?? [], cols) || ' '}</Text>
      <Text wrap="truncate-end">
        {legend.map((entry, i) => (
          <Text key={entry.label}>
            {i > 0 ? '  ' : ''}
            <Text color={entry.color}>{entry.ch}</Text> {entry.label}
          </Text>
        ))}
      </Text>
    </Box>
  );
}
