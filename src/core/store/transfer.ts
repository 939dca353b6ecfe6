import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { DIR_MODE, FILE_MODE, failureReason, realFs, type StoreFs } from './fs.js';
import { EXPORT_FORMAT, EXPORT_VERSION, type ProgressExport, parseExport } from './import-check.js';
import { serializeEvents } from './log.js';
import { readBounded } from './read-bounded.js';
import { SETTINGS_FILE, SETTINGS_VERSION, type Settings } from './settings.js';
import { LOG_FILE, type ProgressStore } from './store.js';

export { EXPORT_FORMAT, EXPORT_VERSION, type ProgressExport, parseExport };

/**
 * The largest progress file `progress import` reads. A year of heavy daily study is a few
 * hundred thousand events of ~200 bytes (~20 MB), well under this; anything bigger is not ours.
 */
export const IMPORT_LIMIT_BYTES = 64 * 1024 * 1024;

export function exportProgress(store: ProgressStore, now: number): ProgressExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings: store.settings(),
    events: store.events(),
  };
}

/** Copies the current files to backups/<stamp>/ and returns that folder (nothing to copy: undefined). */
function backupStore(store: ProgressStore, now: number, reason: string): string | undefined {
  const files = [SETTINGS_FILE, LOG_FILE].filter((f) => existsSync(join(store.dir, f)));
  if (files.length === 0) return undefined;
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  const folder = join(store.dir, 'backups', `${stamp}-${reason}`);
  try {
    mkdirOnce(join(store.dir, 'backups'));
    mkdirOnce(folder);
    for (const f of files) copyFileSync(join(store.dir, f), join(folder, f));
  } catch (error) {
    // Half a backup is worse than none: it looks like one.
    rmSync(folder, { recursive: true, force: true });
    throw new Error(`could not make a backup in ${folder} (${failureReason(error)})`);
  }
  return folder;
}

/** Not `recursive`: Node then reports a read-only disk as ENOENT, not EROFS. */
function mkdirOnce(dir: string): void {
  try {
    mkdirSync(dir, { mode: DIR_MODE });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/** The file a path names, through a symlink: replacing the link itself would cut it loose. */
function throughLinks(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/** Writes `text` to a temporary file beside `target` and syncs it; returns the temporary's path. */
function stage(fs: StoreFs, target: string, text: string): string {
  const tmp = `${target}.tmp-${process.pid}`;
  try {
    const fd = fs.openSync(tmp, 'w', FILE_MODE);
    try {
      const bytes = Buffer.from(text);
      let written = 0;
      while (written < bytes.length) written += fs.writeSync(fd, bytes, written);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  }
  return tmp;
}

/** The settings file as conf writes it, so conf opens it without migrating. */
function settingsText(settings: Settings): string {
  return JSON.stringify(
    { ...settings, __internal__: { migrations: { version: SETTINGS_VERSION } } },
    undefined,
    '\t',
  );
}

/**
 * Replaces the log and the settings together: both are staged (written and synced beside
 * their targets) before either is renamed in, so a failure part-way leaves both as they were.
 * Should a rename fail after another succeeded, the one already swapped is put back.
 */
function swapIn(store: ProgressStore, files: { name: string; text: string }[], fs: StoreFs): void {
  const staged: { tmp: string; target: string; before: Buffer | undefined }[] = [];
  const swapped: typeof staged = [];
  try {
    for (const f of files) {
      const target = throughLinks(join(store.dir, f.name));
      const before = existsSync(target) ? readFileSync(target) : undefined;
      staged.push({ tmp: stage(fs, target, f.text), target, before });
    }
    for (const s of staged) {
      fs.renameSync(s.tmp, s.target);
      swapped.push(s);
    }
  } catch (error) {
    for (const s of swapped) {
      if (s.before === undefined) fs.rmSync(s.target, { force: true });
      else writeFileSync(s.target, s.before);
    }
    throw error;
  } finally {
    for (const s of staged) fs.rmSync(s.tmp, { force: true });
  }
}

/**
 * Replaces the store's contents with an already-validated export, after a backup; returns the
 * backup folder. Throws (leaving the store as it was) with the backup's place in the message.
 */
export function importProgress(
  store: ProgressStore,
  data: ProgressExport,
  now: number,
  fs: StoreFs = realFs,
): string | undefined {
  let backup: string | undefined;
  try {
    backup = backupStore(store, now, 'before-import');
  } catch (error) {
    throw new Error(`${(error as Error).message}; your progress is unchanged.`);
  }
  try {
    store.locked(() =>
      swapIn(
        store,
        [
          { name: LOG_FILE, text: serializeEvents(data.events) },
          { name: SETTINGS_FILE, text: settingsText(data.settings) },
        ],
        fs,
      ),
    );
  } catch (error) {
    const kept = backup ? ` A backup of it is in ${backup}.` : '';
    throw new Error(
      `could not write the imported progress (${failureReason(error)}); your progress is unchanged.${kept}`,
    );
  }
  store.reopen();
  return backup;
}

/** Empties the store after a backup; returns the backup folder. */
export function resetProgress(store: ProgressStore, now: number): string | undefined {
  const backup = backupStore(store, now, 'before-reset');
  store.locked(() => {
    // Emptied, not deleted: a symlinked log stays linked.
    if (existsSync(join(store.dir, LOG_FILE)))
      swapIn(store, [{ name: LOG_FILE, text: '' }], realFs);
    rmSync(join(store.dir, SETTINGS_FILE), { force: true });
  });
  store.reopen();
  return backup;
}

export function readExportFile(file: string, now: number): ProgressExport {
  return parseExport(readBounded(file, IMPORT_LIMIT_BYTES), now);
}
