import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { colors } from '../theme.js';

/**
 * A window of `height` rows onto `rows` (each exactly one terminal line), starting at `scroll`;
 * when they do not all fit, the last row says how many are below. Keeps a tall screen inside
 * the frame at any terminal size.
 */
export function ScrollView({
  rows,
  height,
  scroll,
}: {
  rows: ReactNode[];
  height: number;
  scroll: number;
}) {
  const h = Math.max(1, height);
  if (rows.length <= h) {
    return <Box flexDirection="column">{rows}</Box>;
  }
  const first = clampScroll(scroll, rows.length, h);
  const below = rows.length - (first + h - 1);
  return (
    <Box flexDirection="column" height={h} overflow="hidden">
      {rows.slice(first, first + h - 1)}
      <Text color={colors.dim} wrap="truncate-end">
        {below > 0 ? `↓ ${below} more (↑↓ scroll)` : '↑ more above'}
      </Text>
    </Box>
  );
}

/** The scroll offset kept within what can be shown (one row is the "more" note). */
export function clampScroll(scroll: number, rowCount: number, height: number): number {
  const max = rowCount > height ? rowCount - height + 1 : 0;
  return Math.min(Math.max(0, scroll), max);
}
