import { Box, Text, useInput } from 'ink';
import { useState } from 'react';
import type { McqItem } from '../../../core/content/schema.js';
import { colors } from '../../theme.js';
import { type Line, Lines } from './lines.js';
import { listWindow } from './list-window.js';
import { useLatest } from './use-latest.js';
import { wrapText } from './wrap.js';

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

/** Lines the input needs at `width` with nothing clipped (the choices and the hint line). */
export function mcqHeight(item: McqItem, width: number): number {
  const text = width - prefixWidth(isMultiAnswer(item), item.choices.length);
  return item.choices.reduce((sum, c) => sum + wrapText(c.text, text).length, 0) + 1;
}

/** What the hint line says, most important first (it is cut at the end on narrow screens). */
export function mcqHint(multi: boolean, n: number): string {
  return multi
    ? `(choose all that apply) Space pick · Enter submit · ↑↓ or 1-${n} move`
    : `↑↓ or 1-${n} move · Enter answer`;
}

/**
 * Choices: ↑↓ or a choice's number move to it, Enter answers. When several answers are right,
 * Space picks or drops the choice under the cursor and Enter submits the set. Longer lists than
 * the height scroll with "↑ N more / ↓ N more".
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
      else if (/^[1-9]$/.test(input) && Number(input) <= n) setCursor(Number(input) - 1);
      else if (input === ' ' && multi) toggle(cursorNow.current);
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
  const view = listWindow(wrapped, cursor, Math.max(1, height - 1), width - pw);
  const rows: Line[] = view.rows.map((r) => {
    if (r.entry === undefined) return { text: ' '.repeat(pw) + r.text, color: colors.dim };
    const choice = order[r.entry] ?? -1;
    const here = r.entry === cursor;
    const box = multi ? (picked.has(choice) ? '[x] ' : '[ ] ') : '';
    const head = `${here ? '❯ ' : '  '}${box}${r.entry + 1}. `;
    return {
      text: (r.part === 0 ? head : ' '.repeat(pw)) + r.text,
      color: here ? colors.accent : undefined,
    };
  });
  return (
    <Box flexDirection="column">
      <Lines lines={rows} />
      <Text color={warning ? colors.warn : colors.dim} wrap="truncate-end">
        {warning ?? mcqHint(multi, n)}
      </Text>
    </Box>
  );
}
