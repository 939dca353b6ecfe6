import { Box, Text, useInput } from 'ink';
import type { OrderingItem } from '../../../core/content/schema.js';
import { colors } from '../../theme.js';
import { anyOrderLegend, anyOrderMarks } from './any-order.js';
import { type Line, Lines } from './lines.js';
import { listWindow } from './list-window.js';
import { useLatest } from './use-latest.js';
import { wrapText } from './wrap.js';

export interface OrderingInputProps {
  item: OrderingItem;
  /** The starting arrangement (indices into `item.steps`), shuffled by the caller. */
  initial: readonly number[];
  isActive: boolean;
  width: number;
  height: number;
  /** The arrangement submitted, as indices into `item.steps`. */
  onSubmit: (order: number[]) => void;
}

const BASE_PREFIX = 2 + 2 + 3; // "❯ " + "⇅ " + "1. "

/** The columns before a step's text: the base, and a column for the `anyOrder` marks if any. */
function prefixOf(marks: readonly string[]): number {
  const mark = Math.max(0, ...marks.map((m) => m.length));
  return BASE_PREFIX + (mark ? mark + 1 : 0);
}

export function orderingHeight(item: OrderingItem, width: number): number {
  const prefix = prefixOf(anyOrderMarks(item));
  const legend = anyOrderLegend(item);
  const legendRows = legend ? wrapText(legend, width).length : 0;
  return (
    item.steps.reduce((sum, s) => sum + wrapText(s, width - prefix).length, 0) + 1 + legendRows
  );
}

function swap(xs: readonly number[], a: number, b: number): number[] {
  const out = [...xs];
  const t = out[a]!;
  out[a] = out[b]!;
  out[b] = t;
  return out;
}

/**
 * Steps put in order at the keyboard: ↑↓ choose a step, Space picks it up (then ↑↓ carry it)
 * and drops it; Shift+↑↓ (or K/J) move the chosen step directly. Enter submits.
 */
export function OrderingInput({
  item,
  initial,
  isActive,
  width,
  height,
  onSubmit,
}: OrderingInputProps) {
  const n = initial.length;
  const [order, setOrder, orderNow] = useLatest<number[]>(() => [...initial]);
  const [cursor, setCursor, cursorNow] = useLatest(0);
  const [holding, setHolding, holdingNow] = useLatest(false);

  const move = (delta: -1 | 1, carry: boolean) => {
    const from = cursorNow.current;
    const target = from + delta;
    if (target < 0 || target >= n) return;
    if (carry) setOrder((o) => swap(o, from, target));
    setCursor(target);
  };

  useInput(
    (input, key) => {
      const carry = holdingNow.current || key.shift;
      if (key.upArrow || input === 'k' || input === 'K') move(-1, carry || input === 'K');
      else if (key.downArrow || input === 'j' || input === 'J') move(1, carry || input === 'J');
      else if (input === ' ') setHolding((h) => !h);
      else if (key.return) onSubmit([...orderNow.current]);
    },
    { isActive },
  );

  const marks = anyOrderMarks(item);
  const prefix = prefixOf(marks);
  const markWidth = prefix - BASE_PREFIX;
  const legend = anyOrderLegend(item);
  const legendLines = legend ? wrapText(legend, width) : [];
  const wrapped = order.map((i) => wrapText(item.steps[i] ?? '', width - prefix));
  const view = listWindow(
    wrapped,
    cursor,
    Math.max(1, height - 1 - legendLines.length),
    width - prefix,
  );
  const rows: Line[] = view.rows.map((r) => {
    if (r.entry === undefined) return { text: ' '.repeat(prefix) + r.text, color: colors.dim };
    const here = r.entry === cursor;
    const mark = markWidth ? (marks[order[r.entry] ?? -1] ?? '').padEnd(markWidth) : '';
    const head = `${here ? '❯ ' : '  '}${here && holding ? '⇅ ' : '  '}${mark}${r.entry + 1}. `;
    return {
      text: (r.part === 0 ? head : ' '.repeat(prefix)) + r.text,
      color: here ? (holding ? colors.warn : colors.accent) : undefined,
      bold: here && holding,
    };
  });
  return (
    <Box flexDirection="column">
      <Lines lines={rows} />
      {legendLines.map((line) => (
        <Text key={line} color={colors.dim}>
          {line}
        </Text>
      ))}
      <Text color={colors.dim} wrap="truncate-end">
        {holding
          ? '↑↓ carry the step · Space drop it · Enter submit'
          : '↑↓ choose · Space pick up (or Shift+↑↓ / J K to move) · Enter submit'}
      </Text>
    </Box>
  );
}
