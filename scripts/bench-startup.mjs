// npm run bench:startup — median time from spawn to the full home screen in a real PTY (80x24),
// against bare `node` printing the same words in the same harness, with the UI's code cache
// (as every start after the first) and without it. Prints numbers; asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import xterm from '@xterm/headless';
import * as pty from 'node-pty';

const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const WARMUP = 3;
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

function timeToScreen(args, env) {
  return new Promise((done, fail) => {
    const term = new xterm.Terminal({ cols: 80, rows: 24, allowProposedApi: true });
    const started = process.hrtime.bigint();
    const child = pty.spawn(process.execPath, args, { cols: 80, rows: 24, env });
    let finished = false;
    const timer = setTimeout(() => fail(new Error('no screen within 10 s')), 10_000);
    child.onData((data) =>
      term.write(data, () => {
        if (finished) return;
        const buffer = term.buffer.active;
        for (let i = 0; i < term.rows; i++) {
          if (buffer.getLine(i)?.translateToString(true).includes(MARK)) {
            finished = true;
            clearTimeout(timer);
            const ms = Number(process.hrtime.bigint() - started) / 1e6;
            child.kill();
            done(ms);
            return;
          }
        }
      }),
    );
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function measure(label, args, env) {
  const times = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const ms = await timeToScreen(args, env);
    if (i >= WARMUP) times.push(ms);
  }
  const m = median(times);
  console.log(
    `${label.padEnd(34)} median ${m.toFixed(1)} ms  (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}, ${RUNS} runs)`,
  );
  return m;
}

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
