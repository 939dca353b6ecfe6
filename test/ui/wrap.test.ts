import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineText, wrapSpans } from '../../src/ui/components/wrap.js';

describe('wrapSpans', () => {
  it('breaks at spaces and keeps marked spans marked', () => {
    const lines = wrapSpans(
      [{ text: 'A function that idles starts ' }, { text: 'cold', mark: true }, { text: '.' }],
      16,
    );
    expect(lines.map(lineText)).toEqual(['A function that', 'idles starts', 'cold.']);
    expect(lines[2]).toEqual([{ text: 'cold', mark: true }, { text: '.' }]);
  });

  it('cuts a word longer than the width and honours newlines', () => {
    expect(wrapSpans([{ text: 'abcdefghij xy\nz' }], 4).map(lineText)).toEqual([
      'abcd',
      'efgh',
      'ij',
      'xy',
      'z',
    ]);
  });

  it('never makes a line wider than the width and loses no word', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z]{1,14}$/), { maxLength: 40 }),
        fc.integer({ min: 1, max: 30 }),
        (words, width) => {
          const lines = wrapSpans([{ text: words.join(' ') }], width).map(lineText);
          for (const l of lines) expect(l.length).toBeLessThanOrEqual(width);
          expect(lines.join('').replaceAll(' ', '')).toBe(words.join(''));
        },
      ),
    );
  });
});
