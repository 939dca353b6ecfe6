import { describe, expect, it } from 'vitest';
import { asciiFrames, toAscii } from '../../src/ui/ascii-output.js';

describe('ASCII output for a locale without UTF-8', () => {
  it('replaces each character with ASCII of the same width', () => {
    expect(toAscii('faas-prep › Sim · ↑↓ param · ←→ change')).toBe(
      'faas-prep > Sim . ^v param . <> change',
    );
    expect(toAscii('7 × 0.25 vCPU, cut…')).toBe('7 x 0.25 vCPU, cut~');
    expect(toAscii('╭─┄═╮│╎┃█░▂')).toBe('+---+|||#.#');
    // Wide characters keep their two columns; combining marks take none; escapes pass.
    expect(toAscii('漢e\u0301')).toBe('??e');
    expect(toAscii('\x1b[31mred\x1b[39m')).toBe('\x1b[31mred\x1b[39m');
  });

  it('leaves no character of 128 or more in any text', () => {
    let all = '';
    for (let c = 0x80; c < 0x3000; c++) all += String.fromCodePoint(c);
    expect([...toAscii(all)].filter((ch) => ch.charCodeAt(0) >= 128)).toEqual([]);
  });

  it('writes through the real stream, which keeps its size and events', () => {
    const written: string[] = [];
    const fake = {
      columns: 80,
      write: (s: string) => written.push(s) > 0,
    } as unknown as NodeJS.WriteStream;
    const out = asciiFrames(fake);
    out.write('a › b');
    expect(written).toEqual(['a > b']);
    expect(out.columns).toBe(80);
  });
});
