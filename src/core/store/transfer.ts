import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { type LogEvent, parseLog, serializeEvents } from './log.js';
import { SETTINGS_FILE, type Settings } from './settings.js';
import { LOG_FILE, type ProgressStore } from './store.js';

export const EXPORT_FORMAT = 'faas-prep-progress';
export const EXPORT_VERSION = 1;

export interface ProgressExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
  events: LogEvent[];
}

export function exportProgress(store: ProgressStore, now: number): ProgressExport {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings: store.settings(),
    events: store.events(),
  };
}

/** Validates an export file's text completely before anything is touched; throws with one line. */
export function parseExport(text: string): ProgressExport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`not valid JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null) throw new Error('not a faas-prep export');
  const v = value as Record<string, unknown>;
  if (v.format !== EXPORT_FORMAT)
    throw new Error(`not a faas-prep export (format is ${JSON.stringify(v.format)})`);
  if (v.version !== EXPORT_VERSION)
    throw new Error(
      `export version ${String(v.version)} is not supported (expected ${EXPORT_VERSION})`,
    );
  const s = v.settings as Record<string, unknown> | undefined;
  if (
    !s ||
    typeof s.desiredRetention !== 'number' ||
    s.desiredRetention < 0.7 ||
    s.desiredRetention > 0.99 ||
    !Number.isInteger(s.newPerDay) ||
    (s.newPerDay as number) < 0 ||
    typeof s.interviewDate !== 'string' ||
    !/^(\d{4}-\d{2}-\d{2})?$/.test(s.interviewDate) ||
    typeof s.createdAt !== 'number'
  ) {
    throw new Error('its settings are missing or invalid');
  }
  if (!Array.isArray(v.events)) throw new Error('it has no events list');
  const { events, skipped } = parseLog(serializeEvents(v.events as LogEvent[]));
  if (skipped > 0) throw new Error(`${skipped} of its events are invalid`);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: String(v.exportedAt ?? ''),
    settings: {
      desiredRetention: s.desiredRetention,
      newPerDay: s.newPerDay as number,
      interviewDate: s.interviewDate,
      createdAt: s.createdAt,
    },
    events,
  };
}

/** Copies the current files to backups/<stamp>/ and returns that folder (nothing to copy: undefined). */
export function backupStore(store: ProgressStore, now: number, reason: string): string | undefined {
  const files = [SETTINGS_FILE, LOG_FILE].filter((f) => existsSync(join(store.dir, f)));
  if (files.length === 0) return undefined;
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  const folder = join(store.dir, 'backups', `${stamp}-${reason}`);
  mkdirSync(folder, { recursive: true });
  for (const f of files) copyFileSync(join(store.dir, f), join(folder, f));
  return folder;
}

function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/** Replaces the store's contents with an already-validated export, after a backup. */
export function importProgress(
  store: ProgressStore,
  data: ProgressExport,
  now: number,
): string | undefined {
  const backup = backupStore(store, now, 'before-import');
  store.locked(() => {
    writeAtomic(join(store.dir, LOG_FILE), serializeEvents(data.events));
  });
  store.updateSettings(data.settings);
  return backup;
}

/** Empties the store after a backup; returns the backup folder. */
export function resetProgress(store: ProgressStore, now: number): string | undefined {
  const backup = backupStore(store, now, 'before-reset');
  store.locked(() => {
    rmSync(join(store.dir, LOG_FILE), { force: true });
    rmSync(join(store.dir, SETTINGS_FILE), { force: true });
  });
  store.reopen();
  return backup;
}

export function readExportFile(file: string): ProgressExport {
  return parseExport(readFileSync(file, 'utf8'));
}
