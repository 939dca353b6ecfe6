// A multi-line text being edited: its lines and the cursor, changed by pure functions, and its
// layout at a width (soft-wrapped at spaces) with the cursor's place in that layout.

export interface TextBuffer {
  lines: string[];
  row: number;
  /** Cursor column in `lines[row]` (0..length). */
  col: number;
}

export const emptyBuffer = (): TextBuffer => ({ lines: [''], row: 0, col: 0 });

export function bufferText(b: TextBuffer): string {
  return b.lines.join('\n');
}

export function fromText(text: string): TextBuffer {
  const lines = text.split('\n');
  const row = lines.length - 1;
  return { lines, row, col: lines[row]?.length ?? 0 };
}

const lineAt = (b: TextBuffer, row: number) => b.lines[row] ?? '';

/** Types `text` at the cursor; newlines (\n, \r\n or \r, as a paste brings them) split lines. */
export function insert(b: TextBuffer, text: string): TextBuffer {
  const clean = text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '  ')
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '');
  if (!clean) return b;
  const line = lineAt(b, b.row);
  const parts = `${line.slice(0, b.col)}${clean}`.split('\n');
  const tail = line.slice(b.col);
  const last = parts.length - 1;
  const col = parts[last]?.length ?? 0;
  parts[last] = `${parts[last] ?? ''}${tail}`;
  const lines = [...b.lines.slice(0, b.row), ...parts, ...b.lines.slice(b.row + 1)];
  return { lines, row: b.row + last, col };
}

export function newline(b: TextBuffer): TextBuffer {
  return insert(b, '\n');
}

/** Deletes the character before the cursor, joining with the line above at a line's start. */
export function backspace(b: TextBuffer): TextBuffer {
  if (b.col > 0) {
    const line = lineAt(b, b.row);
    const lines = [...b.lines];
    lines[b.row] = line.slice(0, b.col - 1) + line.slice(b.col);
    return { lines, row: b.row, col: b.col - 1 };
  }
  if (b.row === 0) return b;
  const above = lineAt(b, b.row - 1);
  const lines = [
    ...b.lines.slice(0, b.row - 1),
    above + lineAt(b, b.row),
    ...b.lines.slice(b.row + 1),
  ];
  return { lines, row: b.row - 1, col: above.length };
}

export function left(b: TextBuffer): TextBuffer {
  if (b.col > 0) return { ...b, col: b.col - 1 };
  if (b.row === 0) return b;
  return { ...b, row: b.row - 1, col: lineAt(b, b.row - 1).length };
}

export function right(b: TextBuffer): TextBuffer {
  if (b.col < lineAt(b, b.row).length) return { ...b, col: b.col + 1 };
  if (b.row >= b.lines.length - 1) return b;
  return { ...b, row: b.row + 1, col: 0 };
}

/** Deletes the character under the cursor (the Delete key), joining the next line at a line's end. */
export function deleteForward(b: TextBuffer): TextBuffer {
  const line = lineAt(b, b.row);
  if (b.col < line.length) {
    const lines = [...b.lines];
    lines[b.row] = line.slice(0, b.col) + line.slice(b.col + 1);
    return { ...b, lines };
  }
  if (b.row >= b.lines.length - 1) return b;
  const lines = [
    ...b.lines.slice(0, b.row),
    line + lineAt(b, b.row + 1),
    ...b.lines.slice(b.row + 2),
  ];
  return { ...b, lines };
}

/** To the start of the line (Home, Ctrl+A). */
export function lineStart(b: TextBuffer): TextBuffer {
  return { ...b, col: 0 };
}

/** To the end of the line (End, Ctrl+E). */
export function lineEnd(b: TextBuffer): TextBuffer {
  return { ...b, col: lineAt(b, b.row).length };
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c);

/** Where the word before `col` starts: back over spaces and punctuation, then over the word. */
function wordStartBefore(line: string, col: number): number {
  let i = col;
  while (i > 0 && !isWordChar(line[i - 1])) i--;
  while (i > 0 && isWordChar(line[i - 1])) i--;
  return i;
}

/** Back one word (Alt+←); at a line's start, to the end of the line above. */
export function wordLeft(b: TextBuffer): TextBuffer {
  if (b.col === 0) return left(b);
  return { ...b, col: wordStartBefore(lineAt(b, b.row), b.col) };
}

/** On past the next word (Alt+→); at a line's end, to the start of the line below. */
export function wordRight(b: TextBuffer): TextBuffer {
  const line = lineAt(b, b.row);
  if (b.col >= line.length) return right(b);
  let i = b.col;
  while (i < line.length && !isWordChar(line[i])) i++;
  while (i < line.length && isWordChar(line[i])) i++;
  return { ...b, col: i };
}

/** Deletes the word before the cursor (Ctrl+W); at a line's start, joins the line above. */
export function deleteWordBefore(b: TextBuffer): TextBuffer {
  if (b.col === 0) return backspace(b);
  const line = lineAt(b, b.row);
  const start = wordStartBefore(line, b.col);
  const lines = [...b.lines];
  lines[b.row] = line.slice(0, start) + line.slice(b.col);
  return { ...b, lines, col: start };
}

/** One visual row of the layout: part of logical line `row` starting at column `start`. */
interface VisualRow {
  row: number;
  start: number;
  text: string;
}

/** Breaks a line into pieces of at most `width` characters, after a space where there is one. */
function wrapLine(line: string, width: number): Array<{ start: number; text: string }> {
  const w = Math.max(2, width);
  const out: Array<{ start: number; text: string }> = [];
  let start = 0;
  while (line.length - start > w) {
    const chunk = line.slice(start, start + w);
    const space = chunk.lastIndexOf(' ');
    const end = space > 0 ? start + space + 1 : start + w;
    out.push({ start, text: line.slice(start, end) });
    start = end;
  }
  out.push({ start, text: line.slice(start) });
  return out;
}

interface Layout {
  rows: VisualRow[];
  /** The cursor's visual row and column. */
  cursorRow: number;
  cursorCol: number;
}

/**
 * The buffer wrapped to `width` (one column is kept free for the cursor at a row's end). The
 * cursor sits on the last visual row whose start is at or before it.
 */
export function layout(b: TextBuffer, width: number): Layout {
  const rows: VisualRow[] = [];
  let cursorRow = 0;
  let cursorCol = 0;
  b.lines.forEach((line, row) => {
    for (const piece of wrapLine(line, width - 1)) {
      if (row === b.row && piece.start <= b.col) {
        cursorRow = rows.length;
        cursorCol = b.col - piece.start;
      }
      rows.push({ row, start: piece.start, text: piece.text });
    }
  });
  return { rows, cursorRow, cursorCol };
}

/** Moves the cursor one visual row up or down, keeping its column where it can. */
export function vertical(b: TextBuffer, width: number, delta: -1 | 1): TextBuffer {
  const l = layout(b, width);
  const target = l.rows[l.cursorRow + delta];
  if (!target) return delta < 0 ? { ...b, col: 0 } : { ...b, col: lineAt(b, b.row).length };
  const next = l.rows[l.cursorRow + delta + 1];
  const sameLineNext = next && next.row === target.row;
  // Within a wrapped row the cursor may not pass the row's end (that is the next row's start).
  const max = sameLineNext ? target.text.length - 1 : target.text.length;
  return { ...b, row: target.row, col: target.start + Math.min(l.cursorCol, Math.max(0, max)) };
}

/** The first visual row to show so the cursor stays inside `height` rows, given the last one. */
export function scrollTop(previousTop: number, cursorRow: number, height: number): number {
  const h = Math.max(1, height);
  if (cursorRow < previousTop) return cursorRow;
  if (cursorRow >= previousTop + h) return cursorRow - h + 1;
  return previousTop;
}

export function isBlank(b: TextBuffer): boolean {
  return b.lines.every((l) => l.trim() === '');
}
