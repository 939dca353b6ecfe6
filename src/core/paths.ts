import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | undefined;

/** The package root (where package.json names faas-prep), found from this module upward: works from src/ and from dist/. */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      try {
        if (JSON.parse(readFileSync(candidate, 'utf8')).name === 'faas-prep') {
          cachedRoot = dir;
          return dir;
        }
      } catch {
        // not ours; keep walking up
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the faas-prep package root');
    dir = parent;
  }
}

/** Where the content YAML lives: $FAAS_PREP_CONTENT when set (tests, authors), else the package's content/. */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.FAAS_PREP_CONTENT;
  return override ? resolve(override) : join(packageRoot(), 'content');
}
