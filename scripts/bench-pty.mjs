// What the PTY benchmarks share: time from spawn until a line shows on an 80x24 screen, and
// the median of repeated runs after a warm-up.
import xterm from '@xterm/headless';
import * as pty from 'node-pty';

const WARMUP = 3;

function screenText(term) {
  const buffer = term.buffer.active;
  const lines = [];
  for (let i = 0; i < term.rows; i++) lines.push(buffer.getLine(i)?.translateToString(true) ?? '');
  return lines.join('\n');
}

/** Milliseconds from spawning `node args` until `mark` is on the screen. */
export function timeToScreen(args, env, mark, timeoutMs = 20_000) {
  return new Promise((done, fail) => {
    const term = new xterm.Terminal({ cols: 80, rows: 24, allowProposedApi: true });
    const started = process.hrtime.bigint();
    const child = pty.spawn(process.execPath, args, { cols: 80, rows: 24, env });
    let finished = false;
    const timer = setTimeout(() => {
      child.kill();
      fail(new Error(`'${mark}' not on screen within ${timeoutMs} ms:\n${screenText(term)}`));
    }, timeoutMs);
    child.onData((data) =>
      term.write(data, () => {
        if (finished || !screenText(term).includes(mark)) return;
        finished = true;
        clearTimeout(timer);
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        child.kill();
        done(ms);
      }),
    );
  });
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs WARMUP + runs starts, prints the median (and range) of the last `runs`, returns it. */
export async function measure({ label, args, env, mark, runs, width = 34 }) {
  const times = [];
  for (let i = 0; i < WARMUP + runs; i++) {
    const ms = await timeToScreen(args, env, mark);
    if (i >= WARMUP) times.push(ms);
  }
  const m = median(times);
  console.log(
    `${label.padEnd(width)} median ${m.toFixed(1)} ms  (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}, ${runs} runs)`,
  );
  return m;
}
