// The executable's entry. Kept tiny: --help, --version and argument errors answer without
// loading Ink, React or the content; screens are imported only when one is opened.

import { writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { processIo } from './cli/io.js';
import { main } from './cli/main.js';
import { loadUiBundle } from './cli/ui-bundle.js';
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

const code = await main(process.argv.slice(2), processIo(), async (route, io) => {
  // Raw mode now, not when Ink gets to it: keys pressed while the UI loads then reach the
  // app as keys (Enter stays \r) instead of being echoed or turned into line input.
  process.stdin.setRawMode?.(true);
  // The built app runs the UI from one bundle with a code cache (scripts/ui-bundle.mjs).
  const { runApp, saveCache } = await withoutFetch(async () =>
    typeof __FAAS_PREP_UI__ === 'string'
      ? loadUiBundle(fileURLToPath(new URL('./ui.cjs', import.meta.url)), __FAAS_PREP_UI__, io.env)
      : { ...(await import('./ui/run.js')), saveCache: undefined },
  );
  const { contentSource } = await import('./cli/content-source.js');
  const { codeCacheDir } = await import('./cli/code-cache.js');
  return runApp(
    route,
    { ...io, content: contentSource(io.env), cacheDir: codeCacheDir(io.env) },
    saveCache,
  );
});
process.exitCode = code;

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
