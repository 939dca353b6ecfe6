import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript
import { fastModuleSource, narrowClass } from '../../scripts/string-width-fast.mjs';

type Width = (s: string, o?: { countAnsiEscapeCodes?: boolean }) => number;

async function fastWidth(): Promise<Width> {
  const real = createRequire(import.meta.url).resolve('string-width');
  const file = join(mkdtempSync(join(tmpdir(), 'faas-prep-sw-')), 'fast.mjs');
  // The bundle resolves the module's `require`; plain Node needs one made for it.
  const prelude = `import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n`;
  writeFileSync(file, prelude + fastModuleSource(real, stringWidth));
  return (await import(pathToFileURL(file).href)).default;
}

describe('the string-width fast path in the bundle', () => {
  it('measures any mix of narrow characters exactly as string-width does', async () => {
    const narrow = new RegExp(`^[${narrowClass(stringWidth)}]$`);
    const chars: string[] = [];
    for (let cp = 0x20; cp < 0x2c00; cp++) {
      const c = String.fromCodePoint(cp);
      if (narrow.test(c)) chars.push(c);
    }
    expect(chars).toContain('❯');
    expect(chars).toContain('─');
    const fast = await fastWidth();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 40 }), (parts) => {
        const s = parts.join('');
        expect(fast(s)).toBe(stringWidth(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves everything else to string-width: wide, combining, emoji, escape codes', async () => {
    const fast = await fastWidth();
    for (const s of ['中文', 'e\u0301', '👍🏽', '☝\ufe0f', '\x1b[31mred\x1b[39m', '❯ 中']) {
      expect(fast(s)).toBe(stringWidth(s));
    }
    expect(fast('\x1b[31mred', { countAnsiEscapeCodes: true })).toBe(
      stringWidth('\x1b[31mred', { countAnsiEscapeCodes: true }),
    );
  });
});
