// Renders the App (or any screen through it) with injected services: a temp store, a fake
// clock, a fixed seed and terminal size. Keys go through the same stdin splitting as the app
// (key-by-key-stdin.ts), so a test that writes "\r\r" in one go sees what a fast typist would.
// Waits for frames and for React to settle, never for a fixed time.
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from 'ink';
import type { ParsedCommand } from '../../src/cli/commands.js';
import { contentSource } from '../../src/cli/content-source.js';
import { mockArgs } from '../../src/cli/mock-args.js';
import { quizArgs } from '../../src/cli/quiz-args.js';
import { studyArgs } from '../../src/cli/study-args.js';
import { topicIds } from '../../src/cli/topics.js';
import type { StoreFs } from '../../src/core/store/fs.js';
import { ProgressStore } from '../../src/core/store/store.js';
import { App } from '../../src/ui/app.js';
import { keyByKeyStdin } from '../../src/ui/key-by-key-stdin.js';
import type { Route, ScreenName } from '../../src/ui/routes.js';
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
  /** The screen to open, with command-line flags parsed as the CLI parses them. */
  screen?: ScreenName;
  cmd?: Partial<ParsedCommand>;
  /** Or the route itself (what the CLI would refuse, e.g. a topic the bank lacks). */
  route?: Route;
  clock?: FakeClock;
  seed?: number;
  columns?: number;
  rows?: number;
  dir?: string;
  env?: NodeJS.ProcessEnv;
  /** Resolves the store's code loading (default: at once); a test can keep a screen loading. */
  storeReady?: () => Promise<void>;
  /** File operations for the store (tests inject a failing disk). */
  storeFs?: StoreFs;
  /** Waits between the pieces of long work (see Services.turn). */
  turn?: () => Promise<void>;
}

/** A terminal's stdin as Ink reads it: `write` queues what the terminal sends, `read` takes it. */
class FakeStdin extends EventEmitter {
  isTTY = true;
  private chunks: string[] = [];
  write(data: string) {
    this.chunks.push(data);
    this.emit('readable');
  }
  read(): string | null {
    return this.chunks.shift() ?? null;
  }
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

class FakeStdout extends EventEmitter {
  frames: string[] = [];
  constructor(readonly columns: number) {
    super();
  }
  write = (frame: string) => {
    this.frames.push(frame);
  };
}

/** The route the command line would open for `faas-prep <screen> <flags>`. */
function routeFor(screen: ScreenName, cmd: ParsedCommand, content: string): Route {
  switch (screen) {
    case 'home':
    case 'progress':
    case 'browse':
    case 'settings':
      return { screen };
    case 'study':
      return { screen, args: studyArgs(cmd, topicIds(content)) };
    case 'quiz':
      return { screen, args: quizArgs(cmd, topicIds(content)) };
    case 'mock':
      return { screen, args: mockArgs(cmd) };
    case 'sim':
      return { screen, flags: cmd };
  }
}

const settle = () => new Promise((r) => setImmediate(r));

export function renderApp(options: RenderOptions = {}) {
  const clock = options.clock ?? fakeClock();
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'faas-prep-ui-'));
  let store: ProgressStore | undefined;
  const services: Services = {
    now: clock.now,
    seed: options.seed ?? 42,
    env: options.env ?? {},
    content: contentSource(options.env ?? {}),
    store: () => {
      store ??= new ProgressStore({ dir, now: clock.now, fs: options.storeFs });
      return store;
    },
    storeReady: options.storeReady ?? (() => Promise.resolve()),
    // As in the app once the store's code is in: screens may load in their first render.
    storeLoaded: options.storeReady ? undefined : () => true,
    opened: () => store,
    size: { columns: options.columns ?? 100, rows: options.rows ?? 30 },
    turn: options.turn,
  };
  const exits: number[] = [];
  const cmd: ParsedCommand = { positionals: [], values: {}, ...options.cmd };
  const route = options.route ?? routeFor(options.screen ?? 'home', cmd, services.content.dir);
  const stdin = new FakeStdin();
  const stdout = new FakeStdout(options.columns ?? 100);
  const input = keyByKeyStdin(stdin as unknown as NodeJS.ReadStream);
  const instance = render(
    <App initial={route} services={services} onExit={(c) => exits.push(c)} input={input} />,
    {
      stdout: stdout as unknown as NodeJS.WriteStream,
      stderr: new FakeStdout(100) as unknown as NodeJS.WriteStream,
      stdin: input.stream,
      debug: true,
      exitOnCtrlC: false,
      patchConsole: false,
    },
  );
  const frame = () => stdout.frames[stdout.frames.length - 1] ?? '';
  return {
    rerender: instance.rerender,
    unmount: instance.unmount,
    stdin,
    frames: stdout.frames,
    lastFrame: frame,
    clock,
    dir,
    services,
    exits,
    frame,
    /** Polls until the frame matches, then lets React settle so input handlers are current. */
    // Generous: the first screen of a file loads the bank cold, slow on a loaded machine.
    async waitFor(what: string | RegExp | ((frame: string) => boolean), timeoutMs = 10_000) {
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
    /** Writes each argument as one read from the terminal, letting React settle after each. */
    async press(...input: string[]) {
      for (const k of input) {
        stdin.write(k);
        await settle();
        await settle();
      }
    },
  };
}
