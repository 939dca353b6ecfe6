// A list of parameters and their values with a cursor; the row being typed shows the text and
// a caret. Shows a window of `height` rows that follows the cursor.
import { Box, Text } from 'ink';
import { colors, glyphs } from '../theme.js';

export interface PanelRow {
  key: string;
  label: string;
  value: string;
}

interface ParamPanelProps {
  rows: PanelRow[];
  cursor: number;
  /** Text being typed into the cursor's row (undefined: not typing). */
  editing?: string;
  height: number;
  width: number;
}

/** Columns kept for a value such as "100M/month" or "0.25 vCPU" beside the name. */
const VALUE_ROOM = 14;

/** The first row to show so the cursor stays inside a window of `height` rows. */
export function windowStart(cursor: number, count: number, height: number): number {
  if (count <= height) return 0;
  const start = cursor - Math.floor(height / 2);
  return Math.max(0, Math.min(count - height, start));
}

export function ParamPanel({ rows, cursor, editing, height, width }: ParamPanelProps) {
  const h = Math.max(1, height);
  const start = windowStart(cursor, rows.length, h);
  const shown = rows.slice(start, start + h);
  // Names show whole as long as a value of VALUE_ROOM columns still fits beside them.
  const labelWidth = Math.min(
    Math.max(...rows.map((r) => r.label.length), 4),
    Math.max(4, Math.floor(width / 2), width - 3 - VALUE_ROOM),
  );
  return (
    <Box flexDirection="column" width={width} height={h} overflow="hidden">
      {shown.map((row, i) => {
        const index = start + i;
        const selected = index === cursor;
        const more =
          (i === 0 && start > 0 && glyphs.up) ||
          (i === shown.length - 1 && start + h < rows.length && glyphs.down) ||
          ' ';
        const label = row.label.padEnd(labelWidth).slice(0, labelWidth);
        return (
          <Text key={row.key} wrap="truncate-end">
            <Text color={selected ? colors.accent : colors.dim}>{selected ? '›' : more}</Text>{' '}
            <Text bold={selected}>{label}</Text>{' '}
            {selected && editing !== undefined ? (
              <Text color={colors.accent}>
                {editing}
                <Text inverse> </Text>
              </Text>
            ) : (
              <Text color={selected ? colors.accent : undefined}>{row.value}</Text>
            )}
          </Text>
        );
      })}
    </Box>
  );
}
