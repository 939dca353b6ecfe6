import { Box, Text, useInput } from 'ink';
import { useState } from 'react';
import { useHoldUntilListening } from '../../keys/input-control.js';
import { colors, glyphs } from '../../theme.js';
import { type Line, Lines } from './lines.js';

export interface ScrollLinesProps {
  lines: readonly Line[];
  /** Lines available; when there are more, the last one says how to scroll. */
  height: number;
  /** Whether the keys scroll. */
  isActive: boolean;
  /**
   * `arrows`: ↑↓ and PgUp/PgDn scroll; `page`: only PgUp/PgDn, for a text above an input that
   * uses the arrows itself.
   */
  keys?: 'arrows' | 'page';
}

/** Pre-wrapped lines in a window of `height`, scrolled when they do not fit. */
export function ScrollLines({ lines, height, isActive, keys = 'arrows' }: ScrollLinesProps) {
  const overflow = lines.length > height;
  const view = overflow ? Math.max(1, height - 1) : lines.length;
  const maxTop = Math.max(0, lines.length - view);
  const [top, setTop] = useState(0);
  const arrows = keys === 'arrows';

  useInput(
    (_input, key) => {
      if (arrows && key.upArrow) setTop((t) => Math.max(0, Math.min(t, maxTop) - 1));
      else if (arrows && key.downArrow) setTop((t) => Math.min(maxTop, t + 1));
      else if (key.pageDown) setTop((t) => Math.min(maxTop, t + Math.max(1, view - 1)));
      else if (key.pageUp) setTop((t) => Math.max(0, Math.min(t, maxTop) - Math.max(1, view - 1)));
    },
    { isActive: isActive && overflow },
  );
  useHoldUntilListening(isActive && overflow);

  const shown = Math.min(top, maxTop);
  const below = maxTop - shown;
  const how = arrows ? '↑↓ scroll' : 'PgDn';
  return (
    <Box flexDirection="column">
      <Lines lines={lines.slice(shown, shown + view)} />
      {overflow ? (
        <Text color={colors.dim} wrap="truncate-end">
          {below > 0
            ? `${glyphs.down} ${below} more line${below === 1 ? '' : 's'} (${how})`
            : `(end; ${arrows ? glyphs.up : 'PgUp'} scrolls back)`}
        </Text>
      ) : null}
    </Box>
  );
}
