import { render } from 'ink';
import type { ScreenRequest } from '../cli/commands.js';
import type { Io } from '../cli/io.js';
import type { ProgressStore } from '../core/store/store.js';
import { App } from './app.js';
import { keyByKeyStdin } from './key-by-key-stdin.js';
import type { Services } from './services.js';

/**
 * The store's code (conf, ajv: a third of the startup bundle) loads on the first call to
 * `storeReady`: just after the home screen's first frame is on the terminal, or before any
 * other screen renders.
 */
export function createServices(io: Io, seed?: number): Services {
  let open: typeof import('../core/store/open.js').openStore | undefined;
  let store: ProgressStore | undefined;
  let loading: Promise<void> | undefined;
  return {
    now: io.now,
    seed: seed ?? Math.floor(Math.random() * 2 ** 31),
    env: io.env,
    storeReady: () => {
      loading ??= import('../core/store/open.js').then((m) => {
        open = m.openStore;
      });
      return loading;
    },
    store: () => {
      if (!open) throw new Error('the progress store is still loading; try again');
      store ??= open(io.env, io.now);
      return store;
    },
    opened: () => store,
  };
}

/**
 * Renders the app full-screen until the user leaves; resolves to the exit status.
 * `afterFirstFrame` runs once the first frame is on the terminal.
 */
export async function runApp(
  request: ScreenRequest,
  io: Io,
  afterFirstFrame?: () => void,
): Promise<number> {
  const seedFlag = request.cmd.values.seed;
  const services = createServices(io, typeof seedFlag === 'string' ? Number(seedFlag) : undefined);
  if (request.screen !== 'home') await services.storeReady();
  let exitCode = 0;
  let leaving = false;
  const leave = (code: number) => {
    if (leaving) return;
    leaving = true;
    exitCode = code;
    instance.unmount();
  };
  // Ctrl+C in raw mode arrives as a key (handled in the App); these cover signals: from
  // outside, or Ctrl+C pressed before Ink has switched the terminal to raw mode. They stay
  // installed until the process ends: Ink's signal-exit re-raises a signal (killing us
  // without our exit status) when its own listeners are the only ones left.
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    process.on(signal, () => leave(code));
  }
  const instance = render(<App initial={request} services={services} onExit={leave} />, {
    exitOnCtrlC: false,
    patchConsole: false,
    stdin: keyByKeyStdin(process.stdin),
  });
  // Ink wrote the first frame synchronously inside render(); the store's code loads after it.
  setImmediate(() => {
    afterFirstFrame?.();
    void services.storeReady();
  });
  await instance.waitUntilExit();
  const unsaved = services.opened?.() ? flushBeforeExit(services.opened() as ProgressStore, io) : 0;
  return unsaved > 0 && exitCode === 0 ? 1 : exitCode;
}

/**
 * A last try to write what a failed save left queued. What still cannot be written is
 * printed on stderr, events as JSON lines (the log's own format, so appending them to
 * progress.jsonl later restores them), so nothing is lost silently. Returns how many
 * things were left unsaved.
 */
export function flushBeforeExit(store: ProgressStore, io: Pick<Io, 'stderr'>): number {
  if (store.retry()) return 0;
  const events = store.unsaved();
  const settings = store.unsavedSettings();
  const { problem } = store.status();
  const what = [
    events.length ? `${events.length} answer${events.length === 1 ? '' : 's'}` : '',
    settings ? 'a settings change' : '',
  ]
    .filter(Boolean)
    .join(' and ');
  io.stderr.write(`faas-prep: could not save ${what} (${problem}).`);
  if (events.length) {
    io.stderr.write(
      ` Here ${events.length === 1 ? 'it is' : 'they are'} as lines for ${store.logFile}:\n`,
    );
    for (const event of events) io.stderr.write(`${JSON.stringify(event)}\n`);
  } else {
    io.stderr.write('\n');
  }
  if (settings) io.stderr.write(`faas-prep: the settings to keep: ${JSON.stringify(settings)}\n`);
  return events.length + (settings ? 1 : 0);
}
