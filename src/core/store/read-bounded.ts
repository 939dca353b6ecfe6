import { closeSync, openSync, readSync } from 'node:fs';

/** Raised when a file holds more than the caller is willing to read. */
export class TooLargeError extends Error {
  constructor(
    readonly file: string,
    readonly limitBytes: number,
  ) {
    super(`${file} is larger than ${formatBytes(limitBytes)}`);
    this.name = 'TooLargeError';
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} bytes`;
}

const CHUNK = 1 << 16;

/**
 * Reads a file as UTF-8, giving up past `limitBytes`. The size is counted while reading, not
 * taken from stat: a pipe or a device such as /dev/zero has no size and may never end.
 */
export function readBounded(file: string, limitBytes: number): string {
  const fd = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, limitBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > limitBytes) throw new TooLargeError(file, limitBytes);
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
