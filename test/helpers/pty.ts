// Runs the built CLI in a real pseudo-terminal and reads the screen as a person would see it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import xterm from '@xterm/headless';
import * as pty from 'node-pty';
import { afterEach } from 'vitest';

// FAAS_PREP_DIST lets parallel work build and test its own bundle (e.g. dist-study/).
const CLI = resolve(process.env.FAAS_PREP_DIST || 'dist', 'cli.js');

export { keys } from './keys.js';

export interface Session {
  /** The visible screen, one string per row (trailing spaces trimmed). */
  screen(): string[];
  text(): string;
  /** Everything the app wrote, escape codes included. */
  raw(): string;
  press(data: string): void;
  /** Waits until the visible screen contains the text (or matches the regex). */
  waitFor(what: string | RegExp, timeoutMs?: number): Promise<void>;
  waitForExit(timeoutMs?: number): Promise<number>;
  resize(columns: number, rows: number): void;
  /** Sends a signal to the app (default SIGHUP, as when a terminal closes); SIGKILL simulates a crash. */
  kill(signal?: string): void;
  pid: number;
  home: string;
}

export interface StartOptions {
  args?: string[];
  columns?: number;
  rows?: number;
  env?: Record<string, string>;
  home?: string;
}

export function tempHome(): string {
  return mkdtempSync(join(tmpdir(), 'faas-prep-e2e-'));
}

export function start(options: StartOptions = {}): Session {
  const columns = options.columns ?? 80;
  const rows = options.rows ?? 24;
  const home = options.home ?? tempHome();
  const term = new xterm.Terminal({ cols: columns, rows, allowProposedApi: true });
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  // Ink draws nothing until exit when CI is set; the harness runs under CI=true.
  Object.assign(env, {
    CI: 'false',
    CONTINUOUS_INTEGRATION: 'false',
    TERM: 'xterm-256color',
    FAAS_PREP_HOME: home,
  });
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  Object.assign(env, options.env ?? {});
  const child = pty.spawn(process.execPath, [CLI, ...(options.args ?? [])], {
    // node-pty sets TERM to this name, so a test's own TERM (e.g. dumb) must be passed here.
    name: env.TERM ?? 'xterm-256color',
    cols: columns,
    rows,
    cwd: process.cwd(),
    env,
  });
  let raw = '';
  let pending = Promise.resolve();
  child.onData((data) => {
    raw += data;
    pending = pending.then(() => new Promise<void>((done) => term.write(data, done)));
  });
  let exitCode: number | undefined;
  const exited = new Promise<number>((done) => {
    child.onExit(({ exitCode: code, signal }) => {
      // Death by a signal (the app did not handle it) is reported as minus its number.
      exitCode = signal ? -signal : code;
      done(exitCode);
    });
  });
  const screen = () => {
    const buffer = term.buffer.active;
    const lines: string[] = [];
    for (let i = 0; i < term.rows; i++) {
      lines.push(buffer.getLine(buffer.viewportY + i)?.translateToString(true) ?? '');
    }
    return lines;
  };
  const matches = (what: string | RegExp) => {
    const text = screen().join('\n');
    return typeof what === 'string' ? text.includes(what) : what.test(text);
  };
  return {
    home,
    screen,
    text: () => screen().join('\n'),
    raw: () => raw,
    press: (data) => child.write(data),
    async waitFor(what, timeoutMs = 8_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        await pending;
        if (matches(what)) return;
        if (exitCode !== undefined || Date.now() > deadline) {
          throw new Error(
            `waited for ${String(what)}${exitCode !== undefined ? ` but the app exited with ${exitCode}` : ''}; the screen shows:\n${screen().join('\n')}`,
          );
        }
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async waitForExit(timeoutMs = 8_000) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(new Error(`no exit within ${timeoutMs} ms; screen:\n${screen().join('\n')}`)),
          timeoutMs,
        );
      });
      try {
        const code = await Promise.race([exited, timeout]);
        // The exit can be reported before the last output has been read: drain it, so the
        // screen shows everything the app wrote (e.g. a one-line error before exiting).
        for (let seen = -1; seen !== raw.length; ) {
          seen = raw.length;
          await new Promise((r) => setTimeout(r, 30));
          await pending;
        }
        return code;
      } finally {
        clearTimeout(timer);
      }
    },
    resize(c, r) {
      child.resize(c, r);
      term.resize(c, r);
    },
    kill: (signal) => {
      if (exitCode === undefined) child.kill(signal);
    },
    pid: child.pid,
  };
}

/** The built CLI the end-to-end tests run. */
export const cliPath = CLI;

/** `start` for one test file: every session it opens is killed after each test. */
export function sessionsForEachTest(): (options?: StartOptions) => Session {
  const sessions: Session[] = [];
  afterEach(() => {
    for (const s of sessions.splice(0)) s.kill();
  });
  return (options) => {
    const s = start(options);
    sessions.push(s);
    return s;
  };
}

/** `faas-prep stats --json` run as a script would (no terminal) against a data folder. */
export function statsJson(
  home: string,
): Record<string, unknown> & { reviews: number; topics: Record<string, number> } {
  const out = execFileSync(process.execPath, [CLI, 'stats', '--json'], {
    env: { ...process.env, FAAS_PREP_HOME: home },
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

/** The review events in a data folder's progress log, read straight from the file. */
export function logReviews(home: string): Array<Record<string, unknown>> {
  const file = join(home, 'progress.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
    .filter((e) => e.type === 'review');
}
