// Loads the built app's dist/ui-vendor.cjs (React and Ink; see scripts/ui-vendor.mjs) through
// its code cache and publishes its exports for the UI modules' import shims.
import { codeCacheDir, runWithCodeCache } from './code-cache.js';

interface UiVendor {
  packages: Record<string, unknown>;
  initYoga: () => Promise<void>;
}

/** Resolves once Ink can render, to the function that saves the code cache (call it after the first frame). */
export async function loadUiVendor(
  file: string,
  buildHash: string,
  env: NodeJS.ProcessEnv,
): Promise<() => void> {
  const run = runWithCodeCache(file, codeCacheDir(env), buildHash);
  const vendor = run.exports as UiVendor;
  (globalThis as Record<symbol, unknown>)[Symbol.for('faas-prep.ui-vendor')] = vendor;
  await vendor.initYoga();
  return run.saveCache;
}
