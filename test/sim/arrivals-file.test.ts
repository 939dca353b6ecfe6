// The streamed --arrivals replay (issue 16 §7): in-order files stream, others are sorted in
// runs through a temp file and merged; either way the model sees the same ascending times.
import { chmodSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { openArrivalsFile } from '../../src/cli/arrivals-file.js';
import { type Io, UsageError } from '../../src/cli/io.js';
import { mergeRuns } from '../../src/sim/merge-runs.js';
import { createArrivals, type ReplaySpec, type TimeChunks } from '../../src/sim/models/arrivals.js';

function chunksOf(pieces: number[][]): TimeChunks {
  let i = 0;
  return { next: () => (i < pieces.length ? Float64Array.from(pieces[i++]!) : undefined) };
}

function drain(chunks: TimeChunks): number[] {
  const out: number[] = [];
  for (let c = chunks.next(); c !== undefined; c = chunks.next()) out.push(...c);
  return out;
}

function timesOf(replay: ReplaySpec): number[] {
  const a = createArrivals(replay, 0);
  const out: number[] = [];
  for (let t = a.next(); t !== Number.POSITIVE_INFINITY; t = a.next()) out.push(t);
  return out;
}

describe('mergeRuns', () => {
  it('merges ascending runs, cut into pieces of any size, into one ascending stream', () => {
    const run = fc.array(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { maxLength: 9 }), {
      maxLength: 6,
    });
    fc.assert(
      fc.property(fc.array(run, { maxLength: 7 }), fc.integer({ min: 1, max: 10 }), (runs, out) => {
        // Each run: its pieces' values sorted together, then cut back into the same pieces.
        const sorted = runs.map((pieces) => {
          const all = pieces.flat().sort((a, b) => a - b);
          let at = 0;
          return pieces.map((p) => {
            at += p.length;
            return all.slice(at - p.length, at);
          });
        });
        const expected = runs.flat(2).sort((a, b) => a - b);
        expect(drain(mergeRuns(sorted.map(chunksOf), out))).toEqual(expected);
      }),
    );
  });
});

describe('openArrivalsFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'faas-arrivals-file-'));
  const io = (env: NodeJS.ProcessEnv = {}): Io => ({
    stdout: { write: () => true },
    stderr: { write: () => true },
    env,
    stdinIsTTY: false,
    stdoutIsTTY: false,
    now: () => 0,
    cwd: dir,
  });
  const savedTmp = process.env.TMPDIR;
  afterEach(() => {
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
  });

  const rows = [107, 100, 103.5, 101, 100, 120, 109, 102.25, 111, 104];
  const expected = [...rows].sort((a, b) => a - b).map((t) => t - 100);

  it('an out-of-order file is sorted in runs through a temp file, then merged; nothing is left', () => {
    writeFileSync(join(dir, 'shuffled.csv'), `t\n${rows.join('\n')}\n`);
    const cache = mkdtempSync(join(dir, 'cache-'));
    const file = openArrivalsFile('shuffled.csv', io({ FAAS_PREP_CACHE: cache }), 3);
    expect(file.replay.count).toBe(10);
    expect(file.replay.lastS).toBe(20);
    // The temp file is unlinked as soon as it is open.
    expect(readdirSync(cache)).toEqual([]);
    // Each run opens its own pass.
    expect(timesOf(file.replay)).toEqual(expected);
    expect(timesOf(file.replay)).toEqual(expected);
    file.close();
  });

  it('an out-of-order file that fits one run, and an in-order one, give the same times', () => {
    const one = openArrivalsFile('shuffled.csv', io());
    expect(timesOf(one.replay)).toEqual(expected);
    one.close();
    writeFileSync(join(dir, 'sorted.csv'), [...rows].sort((a, b) => a - b).join('\n'));
    const sorted = openArrivalsFile('sorted.csv', io(), 3);
    expect(timesOf(sorted.replay)).toEqual(expected);
    expect(sorted.replay.lastS).toBe(20);
    sorted.close();
  });

  it('a file that changes between passes is reported, not replayed', () => {
    const path = join(dir, 'changing.csv');
    writeFileSync(path, '1\n2\n3\n4\n');
    const file = openArrivalsFile('changing.csv', io());
    writeFileSync(path, '1\n3\n2\n4\n');
    expect(() => timesOf(file.replay)).toThrow(/"changing\.csv" changed while it was read/);
    writeFileSync(path, '1\n2\n3\n');
    expect(() => timesOf(file.replay)).toThrow(/changed while it was read/);
    writeFileSync(path, '1\n2\nlater\n');
    expect(() => timesOf(file.replay)).toThrow(UsageError);
    file.close();
  });

  it('says so when no temp file can be made to sort an out-of-order file', () => {
    const notADir = join(dir, 'not-a-dir');
    writeFileSync(notADir, '');
    chmodSync(notADir, 0o400);
    process.env.TMPDIR = notADir;
    expect(() => openArrivalsFile('shuffled.csv', io({ FAAS_PREP_CACHE: notADir }), 3)).toThrow(
      /"shuffled\.csv" is not in time order and no temp file could be made to sort it/,
    );
  });
});
