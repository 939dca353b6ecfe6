// Helpers for the store tests: temp folders, a fixed clock, and a file system that fails.
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoreFs } from '../../src/core/store/fs.js';

export const tmp = () => fs.mkdtempSync(join(tmpdir(), 'faas-prep-store-'));
export const NOW = Date.UTC(2026, 10, 26, 9);
export const clock = () => NOW;

export function errno(code: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: simulated`);
  error.code = code;
  return error;
}

export type FailingFs = StoreFs & {
  /** An errno code: while set, writes and renames fail with it. */
  failing?: string;
  /** Bytes of a failing buffer write that reach the file first (a disk filling up mid-write). */
  partialBytes: number;
  /** Let string writes (the lock's pid) through, so that only the log's write fails. */
  spareLock: boolean;
};

/** The real file system, with failures switched on and off by the test. */
export function failingFs(): FailingFs {
  const control: FailingFs = {
    ...fs,
    partialBytes: 0,
    spareLock: false,
    writeSync: ((fd: number, data: string | NodeJS.ArrayBufferView, ...rest: unknown[]) => {
      const spared = control.spareLock && typeof data === 'string';
      if (!control.failing || spared)
        return (fs.writeSync as (...a: unknown[]) => number)(fd, data, ...rest);
      if (control.partialBytes > 0 && typeof data !== 'string') {
        const offset = typeof rest[0] === 'number' ? rest[0] : 0;
        const view = Buffer.from(data.buffer, data.byteOffset + offset, control.partialBytes);
        fs.writeSync(fd, view);
      }
      throw errno(control.failing);
    }) as StoreFs['writeSync'],
    renameSync: (from, to) => {
      if (control.failing) throw errno(control.failing);
      fs.renameSync(from, to);
    },
  };
  return control;
}

/** A virtual clock for the lock: waiting advances it instead of sleeping. */
export function virtualLockWait() {
  let ms = 0;
  const lockWait = {
    now: () => ms,
    sleep: (pause: number) => {
      ms += pause;
    },
  };
  /** The virtual milliseconds `fn` spent waiting for the lock. */
  const waited = (fn: () => unknown): number => {
    const start = ms;
    fn();
    return ms - start;
  };
  return { lockWait, waited };
}
