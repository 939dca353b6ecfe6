import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { withLock } from './lock.js';
import { appendEvent, type LogEvent, type ReadLog, readLog } from './log.js';
import { openSettings, type Settings } from './settings.js';

export const LOG_FILE = 'progress.jsonl';

export interface StoreOptions {
  dir: string;
  now: () => number;
  lockTimeoutMs?: number;
}

export type NewEvent = { type: string } & Record<string, unknown>;

/**
 * The progress store: settings in a conf-managed JSON file, progress in an append-only log
 * beside it. Every write happens under the store lock, re-reading first, so two running
 * instances never roll back each other's writes.
 */
export class ProgressStore {
  readonly dir: string;
  readonly logFile: string;
  /** Things the user must be told (a corrupt file moved aside, skipped log lines). */
  readonly notices: string[] = [];
  private readonly now: () => number;
  private readonly lockTimeoutMs: number;
  private conf: ReturnType<typeof openSettings>['conf'];

  constructor(options: StoreOptions) {
    this.dir = options.dir;
    this.now = options.now;
    this.lockTimeoutMs = options.lockTimeoutMs ?? 5_000;
    this.logFile = join(this.dir, LOG_FILE);
    mkdirSync(this.dir, { recursive: true });
    const opened = this.locked(() => openSettings(this.dir, this.now()));
    this.conf = opened.conf;
    if (opened.recoveredFrom) {
      this.notices.push(
        `Your settings file could not be read (${opened.recoveredFrom.reason}). A copy is kept at ${opened.recoveredFrom.backup}; started with default settings. Your study history is unaffected.`,
      );
    }
    const { skipped } = this.read();
    if (skipped > 0) {
      this.notices.push(
        `${skipped} unreadable line${skipped === 1 ? '' : 's'} in ${this.logFile} ${skipped === 1 ? 'was' : 'were'} skipped (the file is left as it is).`,
      );
    }
  }

  locked<T>(fn: () => T): T {
    return withLock(this.dir, fn, this.lockTimeoutMs);
  }

  settings(): Settings {
    const { desiredRetention, newPerDay, interviewDate, createdAt } = this.conf.store;
    return { desiredRetention, newPerDay, interviewDate, createdAt };
  }

  updateSettings(patch: Partial<Settings> | ((current: Settings) => Partial<Settings>)): Settings {
    return this.locked(() => {
      // conf re-reads the file here, so a change another instance made is kept.
      const current = this.settings();
      const next = { ...current, ...(typeof patch === 'function' ? patch(current) : patch) };
      this.conf.store = { ...this.conf.store, ...next };
      return next;
    });
  }

  /** Appends an event to the log at once (under the lock) and returns it with its id and time. */
  append(event: NewEvent): LogEvent {
    const full: LogEvent = { id: newEventId(), t: this.now(), ...event };
    this.locked(() => appendEvent(this.logFile, full));
    return full;
  }

  /** All events in log order, read afresh (another instance may have appended). */
  read(): ReadLog {
    return readLog(this.logFile);
  }

  events(): LogEvent[] {
    return this.read().events;
  }

  /** Re-opens the settings file after it was replaced (import, reset). */
  reopen(): void {
    this.conf = this.locked(() => openSettings(this.dir, this.now())).conf;
  }
}

export function newEventId(): string {
  return randomBytes(8).toString('hex');
}
