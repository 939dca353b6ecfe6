import { Box, Text } from 'ink';
import { hasCloze, hideCloze, parseCloze } from '../../core/content/cloze.js';
import { materialNote } from '../../core/content/material-note.js';
import type { FlashcardItem } from '../../core/content/schema.js';
import { colors, glyphs } from '../theme.js';
import { type Line, type Span, wrapSpans } from './wrap.js';

/** The front as shown before the answer: each cloze deletion is `[...]` (or `[hint]`). */
function frontSpans(card: FlashcardItem): Span[] {
  if (!hasCloze(card.front)) return [{ text: card.front }];
  const parsed = parseCloze(card.front);
  if (!parsed.ok) return [{ text: hideCloze(card.front) }];
  return parsed.segments.map((s) =>
    s.type === 'text' ? { text: s.text } : { text: `[${s.hint ?? '...'}]`, mark: true },
  );
}

/** The answer: a cloze's whole sentence with the hidden parts marked, then the back. */
function backSpans(card: FlashcardItem): Span[][] {
  const parts: Span[][] = [];
  if (hasCloze(card.front)) {
    const parsed = parseCloze(card.front);
    if (parsed.ok) {
      parts.push(
        parsed.segments.map((s) =>
          s.type === 'text' ? { text: s.text } : { text: s.answer, mark: true },
        ),
      );
    }
  }
  parts.push([{ text: card.back }]);
  if (card.explanation) parts.push([{ text: card.explanation }]);
  const note = materialNote(card);
  if (note) parts.push([{ text: note, mark: true }]);
  return parts;
}

/** Every line of the card at this width: the front, and after the reveal a rule and the answer. */
export function cardLines(card: FlashcardItem, revealed: boolean, width: number): Line[] {
  const lines = wrapSpans(frontSpans(card), width);
  if (!revealed) return lines;
  lines.push([{ text: glyphs.rule.repeat(Math.min(width, 40)) }]);
  backSpans(card).forEach((spans, i) => {
    if (i > 0) lines.push([]);
    lines.push(...wrapSpans(spans, width));
  });
  return lines;
}

interface CardViewProps {
  lines: Line[];
  /** Rows available; longer cards scroll. */
  height: number;
  /** First line shown. */
  scroll: number;
}

/** A window of `height` rows onto the card's lines, with ↑/↓ marks when more is above or below. */
export function CardView({ lines, height, scroll }: CardViewProps) {
  const rows = Math.max(1, height);
  const overflow = lines.length > rows;
  const first = overflow ? Math.min(Math.max(0, scroll), lines.length - rows + 1) : 0;
  const more = overflow && first + rows - 1 < lines.length;
  // When it overflows, one row is kept for the "more" note.
  const shown = overflow ? lines.slice(first, first + rows - 1) : lines;
  return (
    <Box
      flexDirection="column"
      height={overflow ? rows : Math.max(1, lines.length)}
      overflow="hidden"
    >
      {shown.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity but their position
        <Text key={i} wrap="truncate-end">
          {line.length === 0
            ? ' '
            : line.map((span, j) =>
                span.mark ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: spans of one line, by position
                  <Text key={j} bold color={colors.accent}>
                    {span.text}
                  </Text>
                ) : (
                  span.text
                ),
              )}
        </Text>
      ))}
      {overflow ? (
        <Text color={colors.dim} wrap="truncate-end">
          {more
            ? `${glyphs.down} ${lines.length - (first + rows - 1)} more line${lines.length - (first + rows - 1) === 1 ? '' : 's'} (${glyphs.up}${glyphs.down} scroll)`
            : `${glyphs.up} scrolled (${glyphs.up} to go back)`}
        </Text>
      ) : null}
    </Box>
  );
}

/** The largest useful scroll offset for these lines in `height` rows. */
export function maxScroll(lineCount: number, height: number): number {
  return lineCount > height ? lineCount - height + 1 : 0;
}
