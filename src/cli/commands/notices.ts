import { accessSync, constants } from 'node:fs';
import { failureReason } from '../../core/store/fs.js';
import type { ProgressStore } from '../../core/store/store.js';
import type { Io } from '../io.js';

/**
 * What opening the store found that the user must hear of (settings reset, skipped lines),
 * on stderr so that stdout stays clean for scripts. A store that cannot be written is still
 * read, and a command that only reads says it is read-only.
 */
export function printNotices(store: ProgressStore, io: Io): void {
  for (const notice of store.notices) io.stderr.write(`faas-prep: ${notice}\n`);
  // A command that writes says why its write failed instead; this is for the reading ones.
  if (!store.readOnly) return;
  const problem = unwritable(store.dir);
  if (problem) {
    io.stderr.write(
      `faas-prep: read-only: ${store.dir} cannot be written (${problem}); showing what is saved.\n`,
    );
  }
}

function unwritable(dir: string): string | undefined {
  try {
    accessSync(dir, constants.W_OK);
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : failureReason(error);
  }
}
