import { render } from 'ink';
import { codeCacheDir } from '../cli/code-cache.js';
import type { ScreenRequest } from '../cli/commands.js';
import { contentSource } from '../cli/content-source.js';
import type { Io } from '../cli/io.js';
import { compiledNotice } from '../core/content/compiled.js';
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
    content: contentSource(io.env),
    cacheDir: codeCacheDir(io.env),
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
  if (request.screen !== 'home') {
    await services.storeReady();
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
  return exitCode;
}
