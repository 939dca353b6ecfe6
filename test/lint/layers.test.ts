// The layers are enforced by the project's own Biome config: a wrong-layer import fails
// `npm run lint`. Each case lints a small file laid out as in src/, in a temp copy of the config.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const biome = resolve('node_modules/.bin/biome');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Lints one file at `path` (as if in src/) with the project's biome.json; the exit status and output. */
function lint(path: string, source: string) {
  const root = mkdtempSync(join(tmpdir(), 'faas-prep-lint-'));
  dirs.push(root);
  copyFileSync('biome.json', join(root, 'biome.json'));
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), source);
  const r = spawnSync(biome, ['lint', '--vcs-enabled=false', path], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

describe('layer boundaries', () => {
  it.each([
    ['src/core/x.ts', "import { render } from 'ink';\n\nexport const r = render;\n"],
    ['src/core/x.ts', "import { useState } from 'react';\n\nexport const s = useState;\n"],
    ['src/core/memory/x.ts', "import { App } from '../../ui/app.js';\n\nexport const a = App;\n"],
    ['src/sim/x.ts', "import { main } from '../cli/main.js';\n\nexport const m = main;\n"],
    [
      'src/ui/screens/x.ts',
      "import { main } from '../../cli/main.js';\n\nexport const m = main;\n",
    ],
  ])('%s may not import %j', (path, source) => {
    const r = lint(path, source);
    expect(r.status).not.toBe(0);
    expect(r.out).toContain('noRestrictedImports');
  });

  it('allows the imports that follow the layers', () => {
    expect(
      lint(
        'src/ui/x.ts',
        "import { grade } from '../core/grading/grade.js';\n\nexport const g = grade;\n",
      ).status,
    ).toBe(0);
    expect(
      lint('src/cli/x.ts', "import { App } from '../ui/app.js';\n\nexport const a = App;\n").status,
    ).toBe(0);
  });
});
