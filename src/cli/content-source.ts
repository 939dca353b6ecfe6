// Which question bank a run uses: the directory named by $FAAS_PREP_CONTENT (authors, tests),
// else the package's content/ together with the compiled copy the build wrote beside the bundle
// (and, in the cache folder, the stamps of the YAML it was last found to match).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentSource } from '../core/content/compiled.js';
import { nameHash } from '../core/file-stamp.js';
import { packageContentDir } from '../core/paths.js';
import { codeCacheDir } from './code-cache.js';

/** The file scripts/build.mjs writes into dist/. */
export const COMPILED_BANK_FILE = 'bank.json';

/**
 * dist/bank.json when running from the bundle (this code lands in dist/ or dist/chunks/);
 * undefined when running from src/ (tests), where the YAML is always read.
 */
function compiledBankFile(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, dirname(here)]) {
    const file = join(dir, COMPILED_BANK_FILE);
    if (existsSync(file)) return file;
  }
  return undefined;
}

export function contentSource(env: NodeJS.ProcessEnv): ContentSource {
  const override = env.FAAS_PREP_CONTENT;
  if (override) return { dir: resolve(override) };
  const dir = packageContentDir();
  const compiled = compiledBankFile();
  const cache = compiled && codeCacheDir(env);
  const checked = cache ? join(cache, `content-${nameHash(dir)}.json`) : undefined;
  return { dir, compiled, ...(checked ? { checked } : {}) };
}
