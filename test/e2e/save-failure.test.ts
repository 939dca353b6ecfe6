// A real full disk: a tiny tmpfs filled to the brim (needs root to mount; skipped elsewhere,
// where test/ui/save-status.test.tsx covers the same screen with an injected file system).
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ProgressStore } from '../../src/core/store/store.js';
import { keys, logReviews, sessionsForEachTest } from '../helpers/pty.js';

const open = sessionsForEachTest();
const mounts: string[] = [];

/** A 64 kB tmpfs holding a fresh store, or undefined where mounting is not allowed. */
function tinyDisk(): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'faas-prep-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,mode=0700', 'tmpfs', dir], {
      stdio: 'ignore',
    });
  } catch {
    return undefined;
  }
  mounts.push(dir);
  new ProgressStore({ dir, now: () => Date.now() });
  return dir;
}

/** Writes a filler file until the disk is full; deleting it frees the space again. */
function fill(dir: string): string {
  const filler = join(dir, 'filler');
  const fd = openSync(filler, 'w');
  const block = Buffer.alloc(4096, 120);
  try {
    for (;;) writeSync(fd, block);
  } catch {
    // ENOSPC: full
  } finally {
    closeSync(fd);
  }
  return filler;
}

afterAll(() => {
  for (const m of mounts) execFileSync('umount', [m]);
});

const home = tinyDisk();

describe.skipIf(!home)('a full disk in a real terminal', () => {
  it('shows the banner, r saves once there is room, and exit prints what never got saved', async () => {
    const dir = home as string;
    const filler = fill(dir);
    const app = open({ args: ['study'], home: dir, columns: 100 });
    await app.waitFor('Space: show the answer', 15_000);
    app.press(keys.space);
    await app.waitFor('1 Again');
    app.press('3');
    await app.waitFor('Could not save: disk full — your answer is kept in memory; free space and');
    await app.waitFor('Card 2 ');
    expect(logReviews(dir)).toEqual([]);

    rmSync(filler);
    app.press('r');
    await app.waitFor(/^(?![\s\S]*Could not save)/);
    expect(logReviews(dir)).toHaveLength(1);

    fill(dir);
    app.press(keys.space);
    await app.waitFor('1 Again');
    app.press('4');
    await app.waitFor('Could not save: disk full');
    app.press('q');
    await app.waitFor('Session finished');
    app.press('q');
    expect(await app.waitForExit()).toBe(1);
    const raw = app.raw().replace(/\r/g, '');
    expect(raw).toMatch(
      /faas-prep: could not save 1 answer \(disk full\)\. Here it is as lines for .*progress\.jsonl:/,
    );
    const line = raw.split('\n').find((l) => l.startsWith('{"id":'));
    expect(JSON.parse(line ?? '')).toMatchObject({ type: 'review', rating: 4, source: 'study' });
    // Nothing torn, no lock or temporary file left behind.
    expect(logReviews(dir)).toHaveLength(1);
    expect(readdirSync(dir).sort()).toEqual(['filler', 'progress.jsonl', 'settings.json']);
  });
});
