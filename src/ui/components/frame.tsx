import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { KeyHelp } from '../navigation.js';
import { colors } from '../theme.js';

interface FrameProps {
  title: string;
  /** The footer's keys, the global ones included. */
  keys: KeyHelp[];
  columns: number;
  rows: number;
  children: ReactNode;
}

/**
 * The key-hint line in `columns`: wide spacing when it fits, else narrow, else the screen's
 * hints dropped from their end; the last two (`q` and `?`, which lists every key) stay.
 */
export function fitHints(keys: readonly KeyHelp[], columns: number): string {
  const parts = keys.map((k) => `${k.keys} ${k.action}`);
  const wide = parts.join('  ·  ');
  if (wide.length <= columns) return wide;
  const tail = parts.slice(-2);
  const head = parts.slice(0, -2);
  for (let n = head.length; n >= 0; n--) {
    const line = [...head.slice(0, n), ...tail].join(' · ');
    if (line.length <= columns) return line;
  }
  return parts[parts.length - 1] ?? '';
}

/**
 * The screen's outline: a title line, the body, a key-hint line. Its height is one row less
 * than the terminal's, and the body clips what does not fit: Ink clears the scrollback when
 * a frame is as tall as the terminal.
 */
export function Frame({ title, keys, columns, rows, children }: FrameProps) {
  const hints = fitHints(keys, columns);
  return (
    <Box flexDirection="column" width={columns} height={rows - 1}>
      <Box>
        <Text bold color={colors.accent} wrap="truncate-end">
          faas-prep{title ? ` › ${title}` : ''}
        </Text>
      </Box>
      <Box flexDirection="column" flexGrow={1} overflow="hidden" paddingTop={1}>
        {/* Never shrunk: a body taller than the room is cut at the bottom, because Yoga would
            squeeze its boxes and Ink then draws their lines over each other. */}
        <Box flexDirection="column" flexGrow={1} flexShrink={0}>
          {children}
        </Box>
      </Box>
      <Text color={colors.dim} wrap="truncate-end">
        {hints}
      </Text>
    </Box>
  );
}
