import { Box, Text, useInput } from 'ink';
import { useState } from 'react';
import type { McqItem } from '../../../core/content/schema.js';
import { colors } from '../../theme.js';
import { shareLines } from './fit.js';
import { type Line, Lines } from './lines.js';
import { useLatest } from './use-latest.js';
import { clipLines, wrapText } from './wrap.js';

export interface McqInputProps {
  item: McqItem;
  /** Display order: row k shows `item.choices[order[k]]`. */
  order: readonly number[];
  isActive: boolean;
  width: number;
  /** Lines this input may use (choices, the multi-answer note and the hint line). */
  height: number;
  /** Content-order indices of the chosen choices. */
  onSubmit: (selected: number[]) => void;
}

export function isMultiAnswer(item: McqItem): boolean {
  return item.choices.filter((c) => c.correct).length > 1;
}

const PREFIX = 2; // "❯ "

function prefixWidth(multi: boolean, n: number): number {
  return PREFIX + (multi ? 4 : 0) + `${n}. `.length;
}

/** Lines the input needs at `width` with nothing clipped. */
export function mcqHeight(item: McqItem, width: number): number {
  const multi = isMultiAnswer(item);
  const text = width - prefixWidth(multi, item.choices.length);
  return (
    item.choices.reduce((sum, c) => sum + wrapText(c.text, text).length, 0) + (multi ? 1 : 0) + 1
  );
}

/**
 * Choices answered with the arrows (or their number) and Enter. When several answers are right,
 * Space (or the number) toggles a choice and Enter submits the set.
 */
export function McqInput({ item, order, isActive, width, height, onSubmit }: McqInputProps) {
  const multi = isMultiAnswer(item);
  const n = order.length;
  const [cursor, setCursor, cursorNow] = useLatest(0);
  const [picked, setPicked, pickedNow] = useLatest<ReadonlySet<number>>(new Set());
  const [warning, setWarning] = useState<string | undefined>();

  const toggle = (row: number) => {
    const choice = order[row];
    if (choice === undefined) return;
    setPicked((p) => {
      const next = new Set(p);
      if (next.has(choice)) next.delete(choice);
      else next.add(choice);
      return next;
    });
    setWarning(undefined);
  };

  useInput(
    (input, key) => {
      if (key.upArrow) setCursor((c) => (c - 1 + n) % n);
      else if (key.downArrow) setCursor((c) => (c + 1) % n);
      else if (/^[1-9]$/.test(input) && Number(input) <= n) {
        const row = Number(input) - 1;
        setCursor(row);
        if (multi) toggle(row);
      } else if (input === ' ' && multi) toggle(cursorNow.current);
      else if (key.return) {
        if (!multi) {
          const choice = order[cursorNow.current];
          if (choice !== undefined) onSubmit([choice]);
        } else if (pickedNow.current.size === 0) {
          setWarning('Pick the right choices with Space first, then Enter');
        } else {
          onSubmit([...pickedNow.current].sort((a, b) => a - b));
        }
      }
    },
    { isActive },
  );

  const pw = prefixWidth(multi, n);
  const wrapped = order.map((i) => wrapText(item.choices[i]?.text ?? '', width - pw));
  const room = Math.max(n, height - 1 - (multi ? 1 : 0));
  const shares = shareLines(
    wrapped.map((w) => w.length),
    room,
  );
  const rows: Line[] = [];
  wrapped.forEach((w, row) => {
    const choice = order[row] ?? -1;
    const here = row === cursor;
    const box = multi ? (picked.has(choice) ? '[x] ' : '[ ] ') : '';
    const head = `${here ? '❯ ' : '  '}${box}${row + 1}. `;
    const color = here ? colors.accent : undefined;
    clipLines(w, shares[row] ?? 1, width - pw).forEach((text, k) => {
      rows.push({ text: (k === 0 ? head : ' '.repeat(pw)) + text, color });
    });
  });
  const hint = multi ? '↑↓ move · Space pick · Enter submit' : '↑↓ move · Enter answer';
  return (
    <Box flexDirection="column">
      {multi ? <Text color={colors.warn}>(choose all that apply)</Text> : null}
      <Lines lines={rows} />
      <Text color={warning ? colors.warn : colors.dim} wrap="truncate-end">
        {warning ?? hint}
      </Text>
    </Box>
  );
}
