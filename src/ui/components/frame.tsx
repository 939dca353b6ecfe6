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
 * The screen's outline: a title line, the body, a key-hint line. Its height is one row less
 * than the terminal's, and the body clips what does not fit: Ink clears the scrollback when
 * a frame is as tall as the terminal.
 */
export function Frame({ title, keys, columns, rows, children }: FrameProps) {
  const hints = keys.map((k) => `${k.keys} ${k.action}`).join('  ·  ');
  return (
    <Box flexDirection="column" width={columns} height={rows - 1}>
      <Box>
        <Text bold color={colors.accent} wrap="truncate-end">
          faas-prep{title ? ` › ${title}` : ''}
        </Text>
      </Box>
      <Box flexDirection="column" flexGrow={1} overflow="hidden" paddingTop={1}>
        {children}
      </Box>
      <Text color={colors.dim} wrap="truncate-end">
        {hints}
      </Text>
    </Box>
  );
}
