// A list of entries (choices, steps, rubric points), each pre-wrapped, fitted into a fixed
// number of rows around the cursor: the cursor's entry is shown whole where it can be, the
// others share what is left, and when not all fit, "↑ N more" / "↓ N more" rows say so.
import { glyphs } from '../../theme.js';
import { shareLines } from './fit.js';
import { clipLines } from './wrap.js';

export interface WindowRow {
  /** The entry this row belongs to, or undefined for a "more" row. */
  entry?: number;
  /** The row's place within its entry (0: the first line). */
  part: number;
  text: string;
}

export interface ListWindow {
  rows: WindowRow[];
  /** The entries with at least their first line on screen. */
  visible: number[];
}

export const moreAbove = (n: number) => `${glyphs.up} ${n} more`;
export const moreBelow = (n: number) => `${glyphs.down} ${n} more`;

/**
 * `entries` (each its wrapped lines at `width`) fitted into `room` rows with the cursor's entry
 * on screen. Never returns more than `room` rows (at least one).
 */
export function listWindow(
  entries: readonly (readonly string[])[],
  cursor: number,
  room: number,
  width: number,
): ListWindow {
  const n = entries.length;
  const r = Math.max(1, Math.floor(room));
  const natural = entries.map((e) => Math.max(1, e.length));
  const c = Math.min(Math.max(0, cursor), n - 1);
  const rows: WindowRow[] = [];
  const emit = (i: number, max: number) => {
    clipLines(entries[i] ?? [''], max, width).forEach((text, part) => {
      rows.push({ entry: i, part, text });
    });
  };
  if (n === 0) return { rows, visible: [] };

  // Everything at least one line: the cursor's entry whole (as far as it can be), the rest share.
  const cursorNeed = natural[c] ?? 1;
  if (n <= r) {
    const cursorLines = Math.min(cursorNeed, r - (n - 1));
    const others = natural.filter((_, i) => i !== c);
    const shares = shareLines(others, r - cursorLines);
    let k = 0;
    for (let i = 0; i < n; i++) emit(i, i === c ? cursorLines : (shares[k++] ?? 1));
    return { rows, visible: entries.map((_, i) => i) };
  }

  // A window: one line per entry, the cursor's whole where there is room, "more" rows around.
  const cursorLines = Math.min(cursorNeed, Math.max(1, r - 2));
  let first = c;
  let last = c; // inclusive
  const used = () => cursorLines + (last - first) + (first > 0 ? 1 : 0) + (last < n - 1 ? 1 : 0);
  // Grow around the cursor, below first (the list reads downwards), while rows remain.
  for (let grew = true; grew; ) {
    grew = false;
    if (last < n - 1) {
      last++;
      if (used() > r) last--;
      else grew = true;
    }
    if (first > 0) {
      first--;
      if (used() > r) first++;
      else grew = true;
    }
  }
  if (first > 0) rows.push({ part: 0, text: moreAbove(first) });
  for (let i = first; i <= last; i++) emit(i, i === c ? cursorLines : 1);
  if (last < n - 1) rows.push({ part: 0, text: moreBelow(n - 1 - last) });
  const visible: number[] = [];
  for (let i = first; i <= last; i++) visible.push(i);
  // At one row of room nothing but the cursor's first line can show.
  return { rows: rows.length > r ? rows.filter((x) => x.entry === c).slice(0, r) : rows, visible };
}
