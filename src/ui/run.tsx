import { render } from 'ink';
import type { ContentSource } from '../core/content/compiled.js';
import { compiledNotice } from '../core/content/compiled.js';
import type { ProgressStore } from '../core/store/store.js';
import { App } from './app.js';
import { asciiFrames } from './ascii-output.js';
import { keyByKeyStdin, PASTE_OFF, PASTE_ON } from './key-by-key-stdin.js';
import { dumbTerminal, plainFrames } from './plain-output.js';
import { type Route, seedOf } from './routes.js';
import { preloadScreen } from './screens/registry.js';
import type { Services } from './services.js';
import { utf8 } from './theme.js';

/**
 * The store's code (conf, ajv: a third of the startup bundle) loads on the first call to
 * `storeReady`: just after the home screen's first frame is on the terminal, or before any
 * other screen renders.
 */
/** What the app takes from the process (the CLI's Io provides it). */
interface AppIo {
  /** Epoch milliseconds. */
  now: () => number;
  env: NodeJS.ProcessEnv;
  stderr: { write: (text: string) => unknown };
  /** The question bank the CLI chose ($FAAS_PREP_CONTENT, else the package's and its compiled copy). */
  content: ContentSource;
  /** The per-user cache folder (replay snapshots); undefined when caching is off. */
  cacheDir?: string;
}

function createServices(io: AppIo, seed?: number): Services {
  let open: typeof import('../core/store/open.js').openStore | undefined;
  let store: ProgressStore | undefined;
  let loading: Promise<void> | undefined;
  return {
    now: io.now,
    seed: seed ?? Math.floor(Math.random() * 2 ** 31),
    env: io.env,
    content: io.content,
    cacheDir: io.cacheDir,
    storeReady: () => {
      loading ??= import('../core/store/open.js').then((m) => {
        open = m.openStore;
      });
      return loading;
    },
    storeLoaded: () => open !== undefined,
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
  route: Route,
  io: AppIo,
  afterFirstFrame?: () => void,
): Promise<number> {
  const services = createServices(io, seedOf(route));
  if (route.screen !== 'home') {
    // Both before the first frame, so it shows the screen itself (see registry.ts).
    await Promise.all([services.storeReady(), preloadScreen(route.screen)]);
    // Edited content/ after a build still works, only slower: say so once, above the app.
    const notice = compiledNotice(services.content);
    if (notice) io.stderr.write(`faas-prep: ${notice}\n`);
  }
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
  const input = keyByKeyStdin(process.stdin);
  // Bracketed paste: the terminal marks a paste, so keys typed fast are never taken for one.
  // TERM=dumb: whole frames as plain lines, no cursor movement nor terminal modes.
  const dumb = dumbTerminal(process.env);
  if (!dumb) process.stdout.write(PASTE_ON);
  const instance = render(
    <App initial={route} services={services} onExit={leave} input={input} />,
    {
      exitOnCtrlC: false,
      patchConsole: false,
      stdin: input.stream,
      ...(dumb ? { debug: true } : {}),
      ...(dumb || !utf8 ? { stdout: terminalOut(dumb) } : {}),
    },
  );
  // Ink wrote the first frame synchronously inside render(); the store's code loads after it.
  setImmediate(() => {
    afterFirstFrame?.();
    void services.storeReady();
  });
  try {
    await instance.waitUntilExit();
  } finally {
    if (!dumb) process.stdout.write(PASTE_OFF);
  }
  const unsaved = services.opened?.() ? flushBeforeExit(services.opened() as ProgressStore, io) : 0;
  return unsaved > 0 && exitCode === 0 ? 1 : exitCode;
}

/** Ink's stdout: whole plain frames under TERM=dumb, only ASCII where the locale has no UTF-8. */
function terminalOut(dumb: boolean): NodeJS.WriteStream {
  const out = dumb ? plainFrames(process.stdout) : process.stdout;
  return utf8 ? out : asciiFrames(out);
}

/**
 * A last try to write what a failed save left queued. What still cannot be written is
 * printed on stderr, events as JSON lines (the log's own format, so appending them to
 * progress.jsonl later restores them), so nothing is lost silently. Returns how many
 * things were left unsaved.
 */
export function flushBeforeExit(store: ProgressStore, io: Pick<AppIo, 'stderr'>): number {
  if (store.retry({ waitForLock: true })) return 0;
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
