// npm run bench:first-card — median time from spawn to the first card of `faas-prep study`
// (its "show the answer" line) in a real PTY (80x24), with an empty history and with 100,000
// reviews in the log (two years of heavy use), against bare `node` printing the same line in
// the same harness. Caches (code cache, replay snapshot) live in a fresh folder that the
// warm-up runs fill, as a user's first start does. Prints numbers; asserts nothing.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { measure as measureRuns } from './bench-pty.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const REVIEWS = 100_000;
const cli = resolve(process.env.FAAS_PREP_DIST || 'dist', 'cli.js');
// The study screen's hint under a card's question: the card is complete when this shows.
const MARK = 'show the answer';
const baseline = `process.stdout.write(${JSON.stringify(`Study\nSpace: ${MARK}\n`)})`;

const measure = (label, args, env) =>
  measureRuns({ label, args, env, mark: MARK, runs: RUNS, width: 30 });

/** A log of `count` reviews over the bank's items, spread over two years up to now, seeded. */
function heavyLog(itemIds, count, now) {
  let seed = 0x9e3779b9;
  const rand = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const span = 730 * 86_400_000;
  const lines = [];
  for (let i = 0; i < count; i++) {
    const r = rand();
    const rating = r < 0.07 ? 1 : r < 0.17 ? 2 : r < 0.97 ? 3 : 4;
    const event = {
      id: `bench${i.toString(16).padStart(8, '0')}`,
      t: Math.round(now - span + (span * i) / count),
      type: 'review',
      itemId: itemIds[Math.floor(rand() * itemIds.length)],
      rating,
      source: 'study',
      ms: 2000 + Math.floor(rand() * 8000),
    };
    lines.push(JSON.stringify(event));
  }
  return `${lines.join('\n')}\n`;
}

const work = mkdtempSync(join(tmpdir(), 'faas-prep-bench-first-card-'));
const env = { ...process.env, CI: 'false', TERM: 'xterm-256color' };
delete env.FAAS_PREP_CONTENT;
const exported = JSON.parse(execFileSync(process.execPath, [cli, 'export', '--format', 'json']));
const ids = exported.items.map((item) => item.id);

const emptyHome = join(work, 'empty');
const heavyHome = join(work, 'heavy');
mkdirSync(emptyHome);
mkdirSync(heavyHome);
writeFileSync(join(heavyHome, 'progress.jsonl'), heavyLog(ids, REVIEWS, Date.now()));

try {
  const study = [cli, 'study'];
  const empty = await measure('first card, empty history', study, {
    ...env,
    FAAS_PREP_HOME: emptyHome,
    FAAS_PREP_CACHE: join(work, 'cache-empty'),
  });
  const heavy = await measure(`first card, ${REVIEWS.toLocaleString('en')} reviews`, study, {
    ...env,
    FAAS_PREP_HOME: heavyHome,
    FAAS_PREP_CACHE: join(work, 'cache-heavy'),
  });
  const bare = await measure('bare node, same line', ['-e', baseline], env);
  console.log(
    `ratio empty ${(empty / bare).toFixed(2)}x, ${REVIEWS.toLocaleString('en')} reviews ${(heavy / bare).toFixed(2)}x bare node (goal: both within 2.5x)`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
