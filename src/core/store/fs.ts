import * as nodeFs from 'node:fs';

/**
 * The file operations the store writes with. Injected so tests can make them fail the way a
 * full disk, a read-only folder or a yanked USB stick does, without needing any of those.
 */
export type StoreFs = Pick<
  typeof nodeFs,
  | 'openSync'
  | 'writeSync'
  | 'readSync'
  | 'fstatSync'
  | 'ftruncateSync'
  | 'fsyncSync'
  | 'closeSync'
  | 'rmSync'
  | 'mkdirSync'
  | 'renameSync'
>;

export const realFs: StoreFs = nodeFs;

/** Store files hold personal study data: readable by the user only. */
export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

const reasons: Record<string, string> = {
  ENOSPC: 'disk full',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'the folder is read-only',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EIO: 'input/output error',
  ENOENT: 'the folder is gone',
  ENOTDIR: 'the folder is gone',
};

/** A few words a person understands for why a write failed ("disk full"). */
export function failureReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && reasons[code]) return reasons[code];
  if (error instanceof Error && error.name === 'StoreLockedError') return error.message;
  if (code) return code;
  return error instanceof Error ? (error.message.split('\n')[0] ?? 'unknown error') : String(error);
}

/** True for the errors of storage that cannot take a write now (as opposed to a bug). */
export function isStorageFailure(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code !== undefined && code in reasons && code !== 'ENOENT' && code !== 'ENOTDIR';
}
