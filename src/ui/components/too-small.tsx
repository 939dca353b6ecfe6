import { Box, Text } from 'ink';
import { MIN_COLUMNS, MIN_ROWS } from '../theme.js';

/** Shown instead of the screen while the terminal is smaller than the layout needs. */
export function TooSmall({ columns, rows }: { columns: number; rows: number }) {
  return (
    <Box flexDirection="column" width={columns} height={Math.max(1, rows - 1)} overflow="hidden">
      <Text wrap="truncate-end">Terminal too small</Text>
      <Text wrap="truncate-end">
        {columns}x{rows}, need {MIN_COLUMNS}x{MIN_ROWS}
      </Text>
      <Text wrap="truncate-end">Enlarge it, or Ctrl+C to quit</Text>
    </Box>
  );
}
