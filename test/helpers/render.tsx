// Renders the App (or any screen through it) with ink-testing-library and injected services:
// a temp store, a fake clock, a fixed seed and terminal size. Waits for frames, never sleeps.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import type { ParsedCommand } from '../../src/cli/commands.js';
import type { StoreFs } from '../../src/core/store/fs.js';
import { ProgressStore } from '../../src/core/store/store.js';
import { App } from '../../src/ui/app.js';
import type { Services } from '../../src/ui/services.js';

export { keys } from './keys.js';

export interface FakeClock {
  now: () => number;
  advance: (ms: number) => void;
  set: (ms: number) => void;
}

export function fakeClock(start = Date.UTC(2026, 10, 26, 9, 0, 0)): FakeClock {
  let t = start;
  return { now: () => t, advance: (ms) => (t += ms), set: (ms) => (t = ms) };
}

export interface RenderOptions {
  screen?: string;
  cmd?: Partial<ParsedCommand>;
  clock?: FakeClock;
  seed?: number;
  columns?: number;
  rows?: number;
  dir?: string;
  env?: NodeJS.ProcessEnv;
  /** File operations for the store (tests inject a failing disk). */
  storeFs?: StoreFs;
}

export function renderApp(options: RenderOptions = {}) {
  const clock = options.clock ?? fakeClock();
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'faas-prep-ui-'));
  let store: ProgressStore | undefined;
  const services: Services = {
    now: clock.now,
    seed: options.seed ?? 42,
    env: options.env ?? {},
    store: () => {
      store ??= new ProgressStore({ dir, now: clock.now, fs: options.storeFs });
      return store;
    },
    storeReady: () => Promise.resolve(),
    opened: () => store,
    size: { columns: options.columns ?? 100, rows: options.rows ?? 30 },
  };
  const exits: number[] = [];
  const cmd: ParsedCommand = { positionals: [], values: {}, ...options.cmd };
  const app = render(
    <App
      initial={{ screen: options.screen ?? 'home', cmd }}
      services={services}
      onExit={(c) => exits.push(c)}
    />,
  );
  const frame = () => app.lastFrame() ?? '';
  const settle = () => new Promise((r) => setImmediate(r));
  return {
    ...app,
    clock,
    dir,
    services,
    exits,
    frame,
    /** Polls until the frame matches, then yields once more so input handlers are re-subscribed. */
    async waitFor(what: string | RegExp | ((frame: string) => boolean), timeoutMs = 3_000) {
      const test =
        typeof what === 'function'
          ? what
          : (f: string) => (typeof what === 'string' ? f.includes(what) : what.test(f));
      const deadline = Date.now() + timeoutMs;
      while (!test(frame())) {
        if (Date.now() > deadline)
          throw new Error(`waited for ${String(what)}; the frame is:\n${frame()}`);
        await new Promise((r) => setTimeout(r, 5));
      }
      await settle();
      await settle();
    },
    /** Writes keys one at a time, letting the app re-render between them. */
    async press(...input: string[]) {
      for (const k of input) {
        app.stdin.write(k);
        await new Promise((r) => setTimeout(r, 15));
      }
    },
  };
}
