// The executable's entry. Kept tiny: a command line that opens a screen goes straight to the
// code-cached UI bundle, which parses it too (src/cli/interactive.ts); anything else (--help,
// --version, plain output for scripts, no terminal) runs the ES module CLI without loading Ink,
// React or the content.

import { writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { processIo } from './cli/io.js';
import { opensScreen } from './cli/opens-screen.js';
import { loadUiBundle, type UiApp } from './cli/ui-bundle.js';
import { failureReason } from './core/store/fs.js';

// Ink (chalk 5) ignores NO_COLOR; map it, and TERM=dumb, before anything loads chalk.
if (process.env.NO_COLOR || process.env.TERM === 'dumb') process.env.FORCE_COLOR = '0';

// `faas-prep export | head` closes the pipe early: that is the reader's choice, not an error.
// Any other failure to write the output (`> /dev/full`) is one line and status 1.
for (const [name, stream] of [
  ['stdout', process.stdout],
  ['stderr', process.stderr],
] as const) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    try {
      writeSync(2, `faas-prep: cannot write to ${name}: ${failureReason(error)}.\n`);
    } catch {
      // stderr is broken too: the exit status is all that is left to say it.
    }
    process.exit(1);
  });
}

const argv = process.argv.slice(2);
const io = processIo();
// No top-level await: the built entry is CommonJS (scripts/build.mjs).
run().then((code) => {
  process.exitCode = code;
});

async function run(): Promise<number> {
  if (opensScreen(argv, io.stdinIsTTY, io.stdoutIsTTY)) {
    rawKeys();
    // A bundle that cannot load is reported by the other way, as one line from main().
    const app = await loadApp(io.env).catch(() => undefined);
    if (app) return app.interactiveMain(argv, io, app.saveCache);
  }
  const { main } = await import('./cli/main.js');
  return main(argv, io, async (route, screenIo) => {
    rawKeys();
    const app = await loadApp(screenIo.env);
    return app.openScreen(route, screenIo, app.saveCache);
  });
}

/**
 * Raw mode now, not when Ink gets to it: keys pressed while the UI loads then reach the app
 * as keys (Enter stays \r) instead of being echoed or turned into line input. Node puts the
 * terminal back as it found it when the process exits, whichever way it ends.
 */
function rawKeys(): void {
  process.stdin.setRawMode?.(true);
}

/** The interactive app: the built one from dist/ui.cjs with its code cache, else from source. */
function loadApp(env: NodeJS.ProcessEnv): Promise<UiApp> {
  return withoutFetch(async () =>
    typeof __FAAS_PREP_UI__ === 'string'
      ? loadUiBundle(fileURLToPath(new URL('./ui.cjs', import.meta.url)), __FAAS_PREP_UI__, env)
      : import('./cli/interactive.js'),
  );
}

/**
 * yoga-layout (Ink's layout engine) checks `typeof fetch` while loading its wasm, which makes
 * Node load its HTTP client (undici) only to fall back to the inlined bytes: 15-25 ms of
 * startup for nothing. The app never uses fetch; the global is hidden while yoga loads and
 * the UI's modules evaluate, and then restored untouched.
 */
async function withoutFetch<T>(load: () => Promise<T>): Promise<T> {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (!descriptor?.configurable) return load();
  Object.defineProperty(globalThis, 'fetch', {
    value: undefined,
    configurable: true,
    writable: true,
  });
  try {
    return await load();
  } finally {
    Object.defineProperty(globalThis, 'fetch', descriptor);
  }
}
