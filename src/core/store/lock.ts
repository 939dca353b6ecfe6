import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DIR_MODE, FILE_MODE, realFs, type StoreFs } from './fs.js';

export class StoreLockedError extends Error {
  constructor(readonly holderPid: number | undefined) {
    super(
      `the progress store is busy: another faas-prep${holderPid ? ` (pid ${holderPid})` : ''} is writing to it`,
    );
    this.name = 'StoreLockedError';
  }
}

const STALE_MS = 30_000;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** How waiting for the lock tells time and pauses (tests inject a virtual clock). */
export interface LockWait {
  now(): number;
  sleep(ms: number): void;
}

const realWait: LockWait = {
  now: () => Date.now(),
  sleep: (ms) => {
    Atomics.wait(sleeper, 0, 0, ms);
  },
};

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holder(lockPath: string): { pid?: number; stale: boolean } {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
    const age = Date.now() - statSync(lockPath).mtimeMs;
    // An empty file is a lock whose holder has created it but not yet written its pid:
    // taking it over then would let two writers in at once.
    if (!Number.isFinite(pid)) return { stale: age > STALE_MS };
    return { pid, stale: !isAlive(pid) || age > STALE_MS };
  } catch {
    // Vanished between our open and read: the holder released it, try again.
    return { stale: false };
  }
}

/**
 * Runs `fn` while holding `dir/store.lock`, so that read-modify-write cycles of two running
 * instances never interleave (conf rewrites the whole file: without this, the last writer
 * would roll back the other's updates). Locks are held for milliseconds; a second instance
 * waits. A lock left by a dead process is taken over.
 */
export function withLock<T>(
  dir: string,
  fn: () => T,
  timeoutMs = 5_000,
  fs = realFs,
  wait = realWait,
): T {
  fs.mkdirSync(dir, { recursive: true, mode: DIR_MODE });
  const lockPath = join(dir, 'store.lock');
  const deadline = wait.now() + timeoutMs;
  let fd: number | undefined;
  while (fd === undefined) {
    try {
      fd = take(fs, lockPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const current = holder(lockPath);
      if (current.stale) {
        fs.rmSync(lockPath, { force: true });
        continue;
      }
      // `>=`: a timeout of 0 is one attempt, no wait.
      if (wait.now() >= deadline) throw new StoreLockedError(current.pid);
      wait.sleep(5 + Math.floor(Math.random() * 10));
    }
  }
  try {
    return fn();
  } finally {
    fs.closeSync(fd);
    fs.rmSync(lockPath, { force: true });
  }
}

/**
 * Creates the lock file with our pid in it. When the pid cannot be written (a full disk),
 * the empty file is removed again: left behind, it would block every later run for 30 s.
 */
function take(fs: StoreFs, lockPath: string): number {
  const fd = fs.openSync(lockPath, 'wx', FILE_MODE);
  try {
    fs.writeSync(fd, String(process.pid));
    return fd;
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(lockPath, { force: true });
    throw error;
  }
}
