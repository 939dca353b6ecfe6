import { Box, Text, useInput } from 'ink';
import { useState } from 'react';
import { colors } from '../../theme.js';
import { type Line, Lines } from './lines.js';

export interface ScrollLinesProps {
  lines: readonly Line[];
  /** Lines available; when there are more, the last one says how to scroll. */
  height: number;
  /** Whether ↑↓ (and PgUp/PgDn) scroll. */
  isActive: boolean;
}

/** Pre-wrapped lines in a window of `height`, scrolled with ↑↓ when they do not fit. */
export function ScrollLines({ lines, height, isActive }: ScrollLinesProps) {
  const overflow = lines.length > height;
  const view = overflow ? Math.max(1, height - 1) : lines.length;
  const maxTop = Math.max(0, lines.length - view);
  const [top, setTop] = useState(0);

  useInput(
    (_input, key) => {
      if (key.upArrow) setTop((t) => Math.max(0, Math.min(t, maxTop) - 1));
      else if (key.downArrow) setTop((t) => Math.min(maxTop, t + 1));
      else if (key.pageDown) setTop((t) => Math.min(maxTop, t + view));
      else if (key.pageUp) setTop((t) => Math.max(0, Math.min(t, maxTop) - view));
    },
    { isActive: isActive && overflow },
  );

  const shown = Math.min(top, maxTop);
  const below = maxTop - shown;
  return (
    <Box flexDirection="column">
      <Lines lines={lines.slice(shown, shown + view)} />
      {overflow ? (
        <Text color={colors.dim} wrap="truncate-end">
          {below > 0
            ? `↓ ${below} more line${below === 1 ? '' : 's'} (↑↓ scroll)`
            : '(end; ↑ scrolls back)'}
        </Text>
      ) : null}
    </Box>
  );
}
