// The interactive half of the CLI, bundled with the UI into dist/ui.cjs (scripts/ui-bundle.mjs):
// a start that opens a screen parses its arguments and draws its first frame from one
// code-cached script, without the ES module loader's per-file work (10-15 ms of a start).

import type { Route } from '../ui/routes.js';
import { runApp } from '../ui/run.js';
import { codeCacheDir } from './code-cache.js';
import { contentSource } from './content-source.js';
import type { Io } from './io.js';
import { main } from './main.js';

/** Opens `route`'s screen; `saveCache` (the bundle's code cache) is called after the first frame. */
export function openScreen(route: Route, io: Io, saveCache?: () => void): Promise<number> {
  return runApp(
    route,
    { ...io, content: contentSource(io.env), cacheDir: codeCacheDir(io.env) },
    saveCache,
  );
}

/** The whole command line, for a start that is expected to open a screen (see opensScreen). */
export function interactiveMain(argv: string[], io: Io, saveCache?: () => void): Promise<number> {
  return main(argv, io, (route, screenIo) => openScreen(route, screenIo, saveCache));
}
