import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, patchFor } from '../../scripts/patches.mjs';

const file = resolve('node_modules/ink-select-input/build/SelectInput.js');

describe('dependency patches', () => {
  it('the ink-select-input patch applies to the installed version', () => {
    const patch = patchFor(file);
    expect(patch?.name).toBe('patches/ink-select-input+6.2.0.patch');
    const patched = applyPatch(readFileSync(file, 'utf8'), patch!.diff, patch!.name);
    expect(patched).toContain('selectedIndexRef.current = nextSelectedIndex;');
  });

  it('a patch whose context changed fails instead of applying half', () => {
    const patch = patchFor(file)!;
    const changed = readFileSync(file, 'utf8').replace(
      'setSelectedIndex(0);',
      'setSelectedIndex(-1);',
    );
    expect(() => applyPatch(changed, patch.diff, patch.name)).toThrow(/does not apply/);
  });
});

describe('the ansi-tokenize patch (equal neighbouring styles skip the diff)', () => {
  const dir = resolve('node_modules/@alcalzone/ansi-tokenize/build');
  const original = join(dir, 'styledChars.js');
  /** The patched module, beside the test's temp files, importing the package's other modules. */
  async function patchedModule() {
    const patch = patchFor(original);
    expect(patch?.name).toBe('patches/@alcalzone+ansi-tokenize+0.2.5.patch');
    const text = applyPatch(readFileSync(original, 'utf8'), patch!.diff, patch!.name).replace(
      /from "\.\/([\w.]+)"/g,
      (_, name) => `from ${JSON.stringify(pathToFileURL(join(dir, name)).href)}`,
    );
    const file = join(mkdtempSync(join(tmpdir(), 'faas-prep-patch-')), 'styledChars.mjs');
    writeFileSync(file, text);
    return import(pathToFileURL(file).href);
  }

  // Reduced style sets as Ink produces them: colours, bold and dim (which share an end code).
  const codes = [
    { type: 'ansi', code: '\x1b[31m', endCode: '\x1b[39m' },
    { type: 'ansi', code: '\x1b[36m', endCode: '\x1b[39m' },
    { type: 'ansi', code: '\x1b[1m', endCode: '\x1b[22m' },
    { type: 'ansi', code: '\x1b[2m', endCode: '\x1b[22m' },
    { type: 'ansi', code: '\x1b[4m', endCode: '\x1b[24m' },
    { type: 'ansi', code: '\x1b[7m', endCode: '\x1b[27m' },
  ];
  const styles = fc
    .uniqueArray(fc.constantFrom(...codes), { maxLength: 3, selector: (c) => c.code })
    .map((set) => set.map((c) => ({ ...c })));
  const chars = fc.array(
    fc.record({
      type: fc.constant('char'),
      value: fc.constantFrom('a', ' ', 'é', '界'),
      fullWidth: fc.boolean(),
      styles,
    }),
    { maxLength: 60 },
  );

  it('turns any row of cells into exactly the text the original does (property)', async () => {
    const patched = await patchedModule();
    const unpatched = await import(pathToFileURL(original).href);
    fc.assert(
      fc.property(chars, (row) => {
        expect(patched.styledCharsToString(row)).toBe(unpatched.styledCharsToString(row));
      }),
      { numRuns: 500 },
    );
  });
});
