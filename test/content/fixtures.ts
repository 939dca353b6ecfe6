// Helpers for the content tests: fixture directories, and temporary copies with extra files.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const realContent = join(repoRoot, 'content');

export function fixture(name: string): string {
  return join(repoRoot, 'test', 'fixtures', name);
}

/**
 * A temporary copy of a fixture directory named `content-<name>` (messages show it), with the
 * real prices.yaml and any extra files.
 */
export function fixtureCopy(name: string, extra: Record<string, string> = {}): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'faas-prep-content-')), `content-${name}`);
  cpSync(fixture(`content-${name}`), dir, { recursive: true });
  cpSync(join(realContent, 'prices.yaml'), join(dir, 'prices.yaml'));
  for (const [file, text] of Object.entries(extra)) writeFileSync(join(dir, file), text);
  return dir;
}
