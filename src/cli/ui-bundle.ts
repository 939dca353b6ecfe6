// Loads the built app's dist/ui.cjs (the interactive app; see scripts/ui-bundle.mjs) through
// its code cache.
import { pathToFileURL } from 'node:url';
import { codeCacheDir, runWithCodeCache } from './code-cache.js';
import type { interactiveMain, openScreen } from './interactive.js';

export interface UiApp {
  interactiveMain: typeof interactiveMain;
  openScreen: typeof openScreen;
  /** Saves the code cache; call it after the first frame (the cache holds what was compiled by then). */
  saveCache?: () => void;
}

type UiBundle = Omit<UiApp, 'saveCache'> & { initYoga: () => Promise<void> };

/** Resolves once Ink can render. */
export async function loadUiBundle(
  file: string,
  buildHash: string,
  env: NodeJS.ProcessEnv,
): Promise<UiApp> {
  const run = runWithCodeCache(file, codeCacheDir(env), buildHash, {
    __faasModuleUrl: pathToFileURL(file).href,
  });
  const ui = run.exports as UiBundle;
  await ui.initYoga();
  return {
    interactiveMain: ui.interactiveMain,
    openScreen: ui.openScreen,
    saveCache: run.saveCache,
  };
}
