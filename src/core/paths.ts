import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | undefined;

/** The package root (where package.json names faas-prep), found from this module upward: works from src/ and from dist/. */
function packageRoot(): string {
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

/** The package's own content/ (the YAML question bank). Which directory a run uses is decided by the CLI. */
export function packageContentDir(): string {
  return join(packageRoot(), 'content');
}
