// Issue 16 §7: `--arrivals` is streamed, so peak memory does not grow with the file. The built
// CLI replays 1M and 5M rows in child processes that report their peak RSS on exit; 5M rows,
// in order or shuffled (sorted through temp runs), must stay within a small margin of 1M rows
// read the same way.
// Holding the times in memory (8 bytes a row, as before) put 5M rows 31 MB above 1M.
import { execFile } from 'node:child_process';
import {
  closeSync,
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { cliPath } from '../helpers/pty.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'faas-arrivals-memory-'));
const preload = join(dir, 'peak.cjs');
writeFileSync(
  preload,
  // Written to stderr at exit: resourceUsage().maxRSS is the process's peak resident size in KB.
  "process.on('exit', () => require('node:fs').writeSync(2, '\\npeak-rss-kb=' + process.resourceUsage().maxRSS + '\\n'));\n",
);

/** Rows 10 ms apart from an epoch second; `shuffled` writes them in a scrambled order. */
function arrivalsFile(name: string, rows: number, shuffled: boolean): string {
  const file = join(dir, name);
  const fd = openSync(file, 'w');
  writeSync(fd, 'timestamp,route\n');
  const batch: string[] = [];
  for (let i = 0; i < rows; i++) {
    // 7919 is prime and does not divide `rows`: i ↦ 7919·i mod rows is a permutation.
    const k = shuffled ? (i * 7919) % rows : i;
    batch.push(`${(1_700_000_000 + k * 0.01).toFixed(2)},/api`);
    if (batch.length === 100_000) writeSync(fd, `${batch.splice(0).join('\n')}\n`);
  }
  if (batch.length > 0) writeSync(fd, `${batch.join('\n')}\n`);
  closeSync(fd);
  return file;
}

async function replay(file: string, temp: string): Promise<{ json: string; peakKb: number }> {
  const args = ['--require', preload, cliPath, 'sim', 'cold-start'];
  const { stdout, stderr } = await run(
    process.execPath,
    [...args, '--duration-ms', '100', '--arrivals', file, '--json'],
    { env: { ...process.env, FAAS_PREP_CACHE: temp, TMPDIR: temp }, maxBuffer: 1 << 20 },
  );
  const peak = /peak-rss-kb=(\d+)/.exec(stderr);
  expect(peak).not.toBeNull();
  return { json: stdout, peakKb: Number(peak?.[1]) };
}

describe('--arrivals memory (issue 16 §7)', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('5M rows peak within a few MB of 1M rows, in order or not; temp runs are cleaned up', async () => {
    const temp = mkdtempSync(join(dir, 'cache-'));
    const small = await replay(arrivalsFile('1m.csv', 1_000_000, false), temp);
    const big = await replay(arrivalsFile('5m.csv', 5_000_000, false), temp);
    const smallShuffled = await replay(arrivalsFile('1m-shuffled.csv', 1_000_000, true), temp);
    const shuffled = await replay(arrivalsFile('5m-shuffled.csv', 5_000_000, true), temp);
    const margin = 12 * 1024;
    expect(big.peakKb - small.peakKb).toBeLessThan(margin);
    // Sorting holds one run of times (8 MB) whatever the size: compared with 1M rows sorted
    // the same way, so the margin measures growth with the file, not the run buffer.
    expect(shuffled.peakKb - smallShuffled.peakKb).toBeLessThan(margin);
    // The same times in another order replay the same: the merge of sorted runs is exact.
    expect(JSON.parse(big.json).requests).toBe(5_000_000);
    expect(shuffled.json).toBe(big.json);
    expect(readdirSync(temp).filter((f) => f.startsWith('arrivals-sort-'))).toEqual([]);
  }, 120_000);
});
