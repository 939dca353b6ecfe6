import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript
import { graphemesModuleSource } from '../../scripts/graphemes-fast.mjs';
// @ts-expect-error: a build script in plain JavaScript
import { narrowClass } from '../../scripts/string-width-fast.mjs';

interface Seg {
  segment: string;
  index: number;
}
interface Segments extends Iterable<Seg> {
  containing(index: number): Seg | undefined;
}

let loads = 0;
/** A fresh copy of the module each time (its real Intl.Segmenter is made on first need). */
async function fastSegmenter(): Promise<{ segment(s: string): Segments }> {
  const source = `${graphemesModuleSource(narrowClass(stringWidth))}\n// copy ${loads++}\n`;
  const url = `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`;
  return (await import(/* @vite-ignore */ url)).graphemeSegmenter;
}

const real = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const plain = (segments: Iterable<Seg>) =>
  [...segments].map(({ segment, index }) => ({ segment, index }));
const at = (s: Seg | undefined) => s && { segment: s.segment, index: s.index };

describe('the grapheme segmenter in the bundle (slice-ansi, ansi-tokenize)', () => {
  it('cuts any string exactly as Intl.Segmenter does, and finds the same segment at every index', async () => {
    const fast = await fastSegmenter();
    const narrow = new RegExp(`^[${narrowClass(stringWidth)}]$`);
    const chars: string[] = [];
    for (let cp = 0x20; cp < 0x2c00; cp += 7) {
      const c = String.fromCodePoint(cp);
      if (narrow.test(c)) chars.push(c);
    }
    // Controls (CR LF is one grapheme), escape codes, and what joins or is wide.
    const others = [
      '\r',
      '\n',
      '\r\n',
      '\t',
      '\x1b',
      '\x1b[31m',
      '\x1b[39m',
      '\x9b',
      'e\u0301',
      '\u0301',
      '\u200d',
      '👍🏽',
      '🇫🇷',
      '中',
      '☝\ufe0f',
      '\ud83d',
    ];
    const piece = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...chars) },
      { weight: 2, arbitrary: fc.constantFrom(...others) },
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const s = parts.join('');
        expect(plain(fast.segment(s))).toEqual(plain(real.segment(s)));
        const mine = fast.segment(s);
        const theirs = real.segment(s);
        for (let i = -1; i <= s.length; i++)
          expect(at(mine.containing(i))).toEqual(at(theirs.containing(i)));
      }),
      { numRuns: 3000 },
    );
  });

  it('answers the strings a frame is made of without Intl.Segmenter', async () => {
    const fast = await fastSegmenter();
    const made = Intl.Segmenter;
    let count = 0;
    const counting = class extends made {
      constructor(...args: ConstructorParameters<typeof made>) {
        super(...args);
        count++;
      }
    };
    const put = (value: typeof made) =>
      Object.defineProperty(Intl, 'Segmenter', { value, configurable: true, writable: true });
    put(counting);
    try {
      for (const s of [
        'Card 1 · 19 more · Serverless fundamentals',
        '\x1b[2m─── ↑/↓ 3 more ───\x1b[22m',
        'q quit  ·  ? keys\n',
      ])
        [...fast.segment(s)];
      expect(count).toBe(0);
      [...fast.segment('e\u0301')];
      expect(count).toBe(1);
    } finally {
      put(made);
    }
  });
});
