// npm run bench:startup — median time from spawn to the full home screen in a real PTY (80x24),
// against bare `node` printing the same words in the same harness, with the UI's code cache
// (as every start after the first) and without it. Prints numbers; asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { measure as measureRuns } from './bench-pty.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const cli = resolve(process.env.FAAS_PREP_DIST || 'dist', 'cli.js');
// The last line of the home screen's first frame: it is complete when this shows.
const MARK = 'q quit';
const HOME_WORDS = [
  'faas-prep',
  'Practice for serverless system-design interviews.',
  '❯ Progress',
  MARK,
];
const baseline = `process.stdout.write(${JSON.stringify(`${HOME_WORDS.join('\n')}\n`)})`;

const measure = (label, args, env) => measureRuns({ label, args, env, mark: MARK, runs: RUNS });

const env = {
  ...process.env,
  CI: 'false',
  TERM: 'xterm-256color',
  FAAS_PREP_HOME: resolve('node_modules/.cache/bench-home'),
};
// A fresh code cache folder: the first warm-up run writes the cache, as a user's first start does.
const cacheDir = mkdtempSync(join(tmpdir(), 'faas-prep-bench-cache-'));
const app = await measure('faas-prep home screen', [cli], { ...env, FAAS_PREP_CACHE: cacheDir });
const cold = await measure('  the same, no code cache', [cli], { ...env, FAAS_PREP_CACHE: 'off' });
const bare = await measure('bare node, same words', ['-e', baseline], env);
rmSync(cacheDir, { recursive: true, force: true });
console.log(`ratio ${(app / bare).toFixed(2)}x bare node (goal: within 2.5x)`);
console.log(`first start (no code cache yet) ${(cold / bare).toFixed(2)}x bare node`);
