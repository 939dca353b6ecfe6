import { describe, expect, it } from 'vitest';
import {
  backspace,
  bufferText,
  emptyBuffer,
  fromText,
  insert,
  layout,
  left,
  newline,
  right,
  scrollTop,
  vertical,
} from '../../src/core/text-buffer.js';

describe('text buffer', () => {
  it('types, breaks lines, deletes across a line break', () => {
    let b = insert(emptyBuffer(), 'hello');
    b = newline(b);
    b = insert(b, 'world');
    expect(bufferText(b)).toBe('hello\nworld');
    expect([b.row, b.col]).toEqual([1, 5]);
    for (let i = 0; i < 6; i++) b = backspace(b);
    expect(bufferText(b)).toBe('hello');
    expect([b.row, b.col]).toEqual([0, 5]);
  });

  it('inserts in the middle and keeps what follows; a paste brings its newlines', () => {
    let b = fromText('ac');
    b = left(b);
    b = insert(b, 'b');
    expect(bufferText(b)).toBe('abc');
    b = insert(b, 'X\r\nY');
    expect(bufferText(b)).toBe('abX\nYc');
    expect([b.row, b.col]).toEqual([1, 1]);
    expect(bufferText(insert(b, '\u0007'))).toBe('abX\nYc');
  });

  it('moves left and right across lines and stops at the ends', () => {
    let b = fromText('ab\ncd');
    b = { ...b, row: 1, col: 0 };
    expect(left(b)).toMatchObject({ row: 0, col: 2 });
    expect(right({ ...b, row: 0, col: 2 })).toMatchObject({ row: 1, col: 0 });
    expect(left({ ...b, row: 0, col: 0 })).toMatchObject({ row: 0, col: 0 });
    expect(backspace({ ...b, row: 0, col: 0 })).toMatchObject({ row: 0, col: 0 });
  });

  it('wraps long lines at spaces and places the cursor in the wrapped rows', () => {
    const b = fromText('the quick brown fox jumps');
    const l = layout(b, 11);
    expect(l.rows.map((r) => r.text)).toEqual(['the quick ', 'brown fox ', 'jumps']);
    expect([l.cursorRow, l.cursorCol]).toEqual([2, 5]);
    const unbroken = layout(fromText('abcdefghijkl'), 6);
    expect(unbroken.rows.map((r) => r.text)).toEqual(['abcde', 'fghij', 'kl']);
  });

  it('up and down move by visual rows, keeping the column', () => {
    let b = fromText('the quick brown fox jumps');
    b = vertical(b, 11, -1);
    expect(b).toMatchObject({ row: 0, col: 15 });
    b = vertical(b, 11, -1);
    expect(b).toMatchObject({ row: 0, col: 5 });
    b = vertical(b, 11, -1);
    expect(b.col).toBe(0);
    b = fromText('ab\ncdef');
    expect(vertical({ ...b, row: 1, col: 4 }, 40, -1)).toMatchObject({ row: 0, col: 2 });
  });

  it('scrolls to keep the cursor in view', () => {
    expect(scrollTop(0, 3, 5)).toBe(0);
    expect(scrollTop(0, 7, 5)).toBe(3);
    expect(scrollTop(4, 2, 5)).toBe(2);
  });
});
