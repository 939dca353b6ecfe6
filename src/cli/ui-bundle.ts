// Loads the built app's dist/ui.cjs (the whole interactive app; see scripts/ui-bundle.mjs)
// through its code cache.
import { pathToFileURL } from 'node:url';
import type { runApp } from '../ui/run.js';
import { codeCacheDir, runWithCodeCache } from './code-cache.js';

interface UiBundle {
  runApp: typeof runApp;
  initYoga: () => Promise<void>;
}

/**
 * Resolves once Ink can render, to the app's entry and the function that saves the code cache
 * (call it after the first frame: the cache holds what was compiled by then).
 */
export async function loadUiBundle(
  file: string,
  buildHash: string,
  env: NodeJS.ProcessEnv,
): Promise<{ runApp: typeof runApp; saveCache: () => void }> {
  const run = runWithCodeCache(file, codeCacheDir(env), buildHash, {
    __faasModuleUrl: pathToFileURL(file).href,
  });
  const ui = run.exports as UiBundle;
  await ui.initYoga();
  return { runApp: ui.runApp, saveCache: run.saveCache };
}
