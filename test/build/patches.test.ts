import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
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
