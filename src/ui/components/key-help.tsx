import { Box, Text } from 'ink';
import type { KeyHelp as Key } from '../navigation.js';
import { colors } from '../theme.js';

/** Rows around the key list: the title and the closing line. */
const FIXED = 2;
/** The blank lines after the title and before the closing line, kept when there is room. */
const SPACING = 2;

export interface HelpLayout {
  spaced: boolean;
  /** The first key shown and how many; the rest are counted above / below. */
  first: number;
  shown: number;
  above: number;
  below: number;
}

/**
 * How `count` keys fit in `height` rows, scrolled to `scroll`: with blank lines when all fit
 * with them, else tight, else a window whose "↑ N more" / "↓ N more" lines take a row each.
 * The title and the closing line always show, so the way out is never cut off.
 */
export function helpLayout(count: number, height: number, scroll: number): HelpLayout {
  const room = Math.max(1, height - FIXED);
  if (count + SPACING <= room) return { spaced: true, first: 0, shown: count, above: 0, below: 0 };
  if (count <= room) return { spaced: false, first: 0, shown: count, above: 0, below: 0 };
  // Scrolled, at least one marker shows; the window shrinks by one for each marker.
  const maxFirst = count - Math.max(1, room - 1);
  const first = Math.min(Math.max(0, scroll), maxFirst);
  const shown = Math.max(1, room - (first > 0 ? 1 : 0) - (first < maxFirst ? 1 : 0));
  return { spaced: false, first, shown, above: first, below: count - first - shown };
}

/**
 * The `?` overlay: the current screen's keys, then the keys that work everywhere, each once.
 * Fits `height` rows; when the keys don't, ↑↓ scroll them (`scroll` is owned by the caller).
 */
export function KeyHelp({
  title,
  keys,
  height,
  scroll,
}: {
  title: string;
  keys: Key[];
  height: number;
  scroll: number;
}) {
  const width = Math.max(...keys.map((k) => k.keys.length));
  const view = helpLayout(keys.length, height, scroll);
  const scrolls = view.above + view.below > 0;
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">
        Keys{title ? ` on ${title}` : ''}
      </Text>
      <Box flexDirection="column" marginTop={view.spaced ? 1 : 0}>
        {view.above > 0 ? <Text color={colors.dim}>↑ {view.above} more</Text> : null}
        {keys.slice(view.first, view.first + view.shown).map((k) => (
          <Text key={`${k.keys}-${k.action}`} wrap="truncate-end">
            <Text color={colors.accent}>{k.keys.padEnd(width)}</Text> {k.action}
          </Text>
        ))}
        {view.below > 0 ? <Text color={colors.dim}>↓ {view.below} more</Text> : null}
      </Box>
      <Box marginTop={view.spaced ? 1 : 0}>
        <Text color={colors.dim} wrap="truncate-end">
          {scrolls ? '↑↓ scroll · any other key closes this.' : 'Any key closes this.'}
        </Text>
      </Box>
    </Box>
  );
}

/** The scroll offset after ↑ (-1) or ↓ (+1), kept inside what `helpLayout` can show. */
export function scrollHelp(count: number, height: number, scroll: number, by: number): number {
  return helpLayout(count, height, scroll + by).first;
}
