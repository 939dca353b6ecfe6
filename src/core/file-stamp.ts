// Telling that a file was not written since it was last read, without reading it again: the
// replay snapshot (memory/snapshot.ts) and the compiled bank's content check use it to skip
// re-reading bytes a start already checked.
import { statSync } from 'node:fs';

/** A change within this long of reading the stamp could hide in the file system's clock tick. */
const SETTLED_NS = 2_000_000_000n;

/** The real clock in nanoseconds: file times are the file system's, not the app's clock. */
export const nowNs = (): bigint => BigInt(Date.now()) * 1_000_000n;

/**
 * The stamp of a file's current version (see LogSource.stamp in memory/snapshot.ts): device,
 * inode, size and the modification and change times in nanoseconds. The change time moves on every write and
 * cannot be set back, so an equal stamp means the bytes were not written in between. A file
 * changed less than two seconds before `nowNs` gets none: a write in the same tick of the file
 * system's clock would leave the times as they are.
 */
export function fileStamp(
  stat: { dev: bigint; ino: bigint; size: bigint; mtimeNs: bigint; ctimeNs: bigint },
  nowNs: bigint,
): string | undefined {
  if (nowNs - stat.ctimeNs < SETTLED_NS || nowNs - stat.mtimeNs < SETTLED_NS) return undefined;
  return [stat.dev, stat.ino, stat.size, stat.mtimeNs, stat.ctimeNs].join(':');
}

/** The stamp of the file at `path` now; undefined when it has none or cannot be read. */
export function stampOf(path: string, at: bigint = nowNs()): string | undefined {
  try {
    return fileStamp(statSync(path, { bigint: true }), at);
  } catch {
    return undefined;
  }
}

/**
 * 16 hex digits from a short text (a path), for naming cache files: two 32-bit FNV-1a hashes
 * with different offsets. Not for checking contents, and needs no crypto module at start.
 */
export function nameHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
