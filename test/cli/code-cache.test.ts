import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { codeCacheDir } from '../../src/cli/code-cache.js';

// V8 also keeps compiled code in memory, so a second run in this process would hit that
// whatever the file on disk holds: every run goes to a fresh Node process, as each start does.
const runner = join(mkdtempSync(join(tmpdir(), 'faas-prep-code-cache-runner-')), 'run.mjs');
buildSync({
  entryPoints: ['src/cli/code-cache.ts'],
  outfile: runner,
  format: 'esm',
  platform: 'node',
});
writeFileSync(
  runner,
  `${readFileSync(runner, 'utf8')}
const [file, dir, key, extra] = process.argv.slice(2);
const run = runWithCodeCache(file, dir === '-' ? undefined : dir, key, { extra: Number(extra) });
run.saveCache();
console.log(JSON.stringify({ exports: run.exports, cacheUsed: run.cacheUsed }));
`,
);

/** Runs `file` in a fresh Node through runWithCodeCache, saving the cache after the run. */
function runWithCodeCache(file: string, dir: string | undefined, key: string, extra = 0) {
  const out = execFileSync(process.execPath, [runner, file, dir ?? '-', key, String(extra)], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as { exports: Record<string, unknown>; cacheUsed: boolean };
}

function scratch(): { dir: string; file: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), 'faas-prep-code-cache-'));
  const file = join(dir, 'lib.cjs');
  // Enough functions that V8's cache has something in it; `extra` comes from the globals.
  writeFileSync(
    file,
    `const { basename } = require('node:path');
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
module.exports = { name: basename(__filename), fib: fib(15), extra };
`,
  );
  return { dir, file, cache: join(dir, 'cache') };
}

const cacheFiles = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.v8cache'));

describe('codeCacheDir', () => {
  it('follows FAAS_PREP_CACHE, then each platform’s user cache folder', () => {
    expect(codeCacheDir({ FAAS_PREP_CACHE: 'off' }, 'linux', '/h')).toBeUndefined();
    expect(codeCacheDir({ FAAS_PREP_CACHE: '/x/c' }, 'linux', '/h')).toBe('/x/c');
    expect(codeCacheDir({ XDG_CACHE_HOME: '/xdg' }, 'linux', '/h')).toBe('/xdg/faas-prep');
    expect(codeCacheDir({}, 'linux', '/h')).toBe('/h/.cache/faas-prep');
    expect(codeCacheDir({}, 'darwin', '/h')).toBe('/h/Library/Caches/faas-prep');
    expect(codeCacheDir({ LOCALAPPDATA: '/l' }, 'win32', '/h')).toBe(
      join('/l', 'faas-prep', 'Cache'),
    );
  });
});

describe('runWithCodeCache', () => {
  it('runs the file as CommonJS, writes the cache, and uses it the next time', () => {
    const { file, cache } = scratch();
    const first = runWithCodeCache(file, cache, 'k1', 1);
    expect(first).toEqual({ exports: { name: 'lib.cjs', fib: 610, extra: 1 }, cacheUsed: false });
    expect(cacheFiles(cache)).toEqual([`lib.cjs.k1-${process.version}-${process.arch}.v8cache`]);
    const second = runWithCodeCache(file, cache, 'k1', 2);
    expect(second).toEqual({ exports: { name: 'lib.cjs', fib: 610, extra: 2 }, cacheUsed: true });
  });

  it('ignores a damaged cache and writes a good one in its place', () => {
    const { file, cache } = scratch();
    runWithCodeCache(file, cache, 'k1');
    const path = join(cache, cacheFiles(cache)[0] as string);
    writeFileSync(path, 'not a V8 code cache');
    const run = runWithCodeCache(file, cache, 'k1');
    expect(run).toEqual({ exports: { name: 'lib.cjs', fib: 610, extra: 0 }, cacheUsed: false });
    expect(readFileSync(path, 'utf8')).not.toBe('not a V8 code cache');
    expect(runWithCodeCache(file, cache, 'k1').cacheUsed).toBe(true);
  });

  it('drops the caches of other builds of the same file when it writes', () => {
    const { file, cache } = scratch();
    runWithCodeCache(file, cache, 'old');
    writeFileSync(join(cache, 'other.cjs.old-v1-x64.v8cache'), 'kept: another file');
    runWithCodeCache(file, cache, 'new');
    expect(cacheFiles(cache).sort()).toEqual([
      `lib.cjs.new-${process.version}-${process.arch}.v8cache`,
      'other.cjs.old-v1-x64.v8cache',
    ]);
  });

  it('never fails the run over the cache: none configured, or a folder it cannot write', () => {
    const { dir, file } = scratch();
    expect(runWithCodeCache(file, undefined, 'k1').exports).toMatchObject({ fib: 610 });
    const blocked = join(dir, 'a-file');
    writeFileSync(blocked, '');
    expect(runWithCodeCache(file, join(blocked, 'cache'), 'k1').exports).toMatchObject({
      fib: 610,
    });
  });
});
