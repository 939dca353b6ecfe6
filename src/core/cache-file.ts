// Files in the per-user cache folder only save time: writing one may fail, and then the next
// start does the work again.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Writes whole or not at all (a crash mid-write must not leave half a file to read). */
export function writeCacheFile(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch {
    // A cache that cannot be written costs time next start, nothing else.
  }
}
