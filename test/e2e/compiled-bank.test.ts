// The built app with its compiled question bank (dist/bank.json), in a copy of the package:
// used while content/ is as built; content edited after the build, or a damaged compiled file,
// is read from the YAML with a notice, so editing content works without rebuilding.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dist = resolve(process.env.FAAS_PREP_DIST || 'dist');

function packageCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'faas-prep-package-'));
  cpSync('package.json', join(root, 'package.json'));
  cpSync('content', join(root, 'content'), { recursive: true });
  cpSync(dist, join(root, 'dist'), { recursive: true });
  return root;
}

function exportJson(root: string): { items: Array<{ id: string; front?: string }>; err: string } {
  const env = { ...process.env };
  delete env.FAAS_PREP_CONTENT;
  const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'export'], {
    env,
    encoding: 'utf8',
  });
  expect(r.status).toBe(0);
  return { items: (JSON.parse(r.stdout) as { items: [] }).items, err: r.stderr };
}

describe('the compiled question bank', () => {
  const root = packageCopy();
  const built = exportJson(root);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is what a fresh build uses, silently', () => {
    expect(readFileSync(join(root, 'dist', 'bank.json'), 'utf8')).toMatch(/^\{"format":1,/);
    expect(built.err).toBe('');
    expect(built.items.length).toBeGreaterThan(100);
  });

  it('gives way to content edited after the build, with a notice', () => {
    const edited = packageCopy();
    const file = join(edited, 'content', 'fundamentals.yaml');
    const text = readFileSync(file, 'utf8');
    // Any one-line card front of that file, as the build saw it.
    const front = built.items
      .map((i) => i.front)
      .find((f): f is string => !!f && text.includes(`front: ${f}\n`));
    expect(front).toBeDefined();
    writeFileSync(file, text.replace(`front: ${front}\n`, `front: Edited ${front}\n`));
    const after = exportJson(edited);
    expect(after.err).toMatch(/content\/ changed since the last build: reading the YAML files/);
    expect(after.items.some((i) => i.front === `Edited ${front}`)).toBe(true);
    expect(after.items.map((i) => i.id)).toEqual(built.items.map((i) => i.id));
    rmSync(edited, { recursive: true, force: true });
  });

  it('is ignored when damaged or missing', () => {
    const damaged = packageCopy();
    writeFileSync(join(damaged, 'dist', 'bank.json'), '{"format": 1, "items": [');
    const read = exportJson(damaged);
    expect(read.err).toMatch(/damaged compiled copy/);
    expect(read.items).toEqual(built.items);
    rmSync(join(damaged, 'dist', 'bank.json'));
    const none = exportJson(damaged);
    expect(none.err).toBe('');
    expect(none.items).toEqual(built.items);
    rmSync(damaged, { recursive: true, force: true });
  });
});
