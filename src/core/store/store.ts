import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { DIR_MODE, failureReason, isStorageFailure, realFs, type StoreFs } from './fs.js';
import { type LockWait, StoreLockedError, withLock } from './lock.js';
import { appendEvents, type LogEvent, type ReadLog, readLog } from './log.js';
import {
  openSettings,
  pickSettings,
  type Recovery,
  readCurrentSettings,
  readSettings,
  type Settings,
} from './settings.js';

export const LOG_FILE = 'progress.jsonl';

export interface StoreOptions {
  dir: string;
  now: () => number;
  lockTimeoutMs?: number;
  /**
   * Open for reading only: no lock, no folder or settings file created, nothing rewritten.
   * For commands that only read (export, stats, history), so that they work on a read-only
   * store and leave no trace.
   */
  readOnly?: boolean;
  /** The file operations writes go through (tests inject failures). */
  fs?: StoreFs;
  /** How waiting for the lock tells time and pauses (tests inject a virtual clock). */
  lockWait?: LockWait;
  /**
   * Runs the background retry `ms` from now; returns its cancel. Default: an unref'd timer
   * (it never keeps the process alive). Tests run it by hand.
   */
  schedule?: (retry: () => void, ms: number) => () => void;
}

/** How often queued writes are tried again while another copy holds the lock. */
export const LOCK_RETRY_MS = 1_000;

function scheduleTimer(retry: () => void, ms: number): () => void {
  const timer = setTimeout(retry, ms);
  timer.unref?.();
  return () => clearTimeout(timer);
}

export type NewEvent = { type: string } & Record<string, unknown>;

/** Whether everything answered is on disk; when not, why not. */
export interface SaveStatus {
  /** Events kept in memory because writing them failed. */
  unsaved: number;
  /** Why the last write failed, in a few words ("disk full"); undefined when all is saved. */
  problem?: string;
}

/** Raised when a store opened read-only is asked to write. */
class ReadOnlyStoreError extends Error {
  constructor() {
    super('the progress store was opened read-only');
    this.name = 'ReadOnlyStoreError';
  }
}

/**
 * The progress store: settings in a conf-managed JSON file, progress in an append-only log
 * beside it. Every write happens under the store lock, re-reading first, so two running
 * instances never roll back each other's writes.
 *
 * An event whose write fails (full disk, read-only folder, lock held too long) is not lost:
 * it stays queued in memory, is part of what `events()` returns, and is written with the next
 * event, on `retry()`, or at exit; listeners hear of every change in `status()`.
 *
 * A lock held past its timeout (a stuck copy) costs that wait once: until a write gets through,
 * later writes try the lock once and queue at once, and a background retry every
 * LOCK_RETRY_MS writes the queue as soon as the lock frees.
 */
export class ProgressStore {
  readonly dir: string;
  readonly logFile: string;
  readonly readOnly: boolean;
  /** What opening found that the user must be told (a corrupt settings file moved aside). */
  private readonly openNotices: string[] = [];
  /** Unreadable lines in the log as last read; undefined until something read the whole log. */
  private skipped: number | undefined;
  private readonly now: () => number;
  private readonly lockTimeoutMs: number;
  private readonly fs: StoreFs;
  private conf: ReturnType<typeof openSettings>['conf'] | undefined;
  private readOnlySettings: Settings | undefined;
  /** Without conf (see readCurrentSettings): the settings as the file last held them. */
  private fileSettings: Settings | undefined;
  private readonly pending: LogEvent[] = [];
  private readonly pendingSettings: SettingsPatch[] = [];
  private problem: string | undefined;
  /** The last write found the lock held past its timeout: later ones do not wait for it. */
  private lockStuck = false;
  private readonly lockWait: LockWait | undefined;
  private readonly schedule: NonNullable<StoreOptions['schedule']>;
  private cancelRetry: (() => void) | undefined;
  private readonly listeners = new Set<(status: SaveStatus) => void>();

  constructor(options: StoreOptions) {
    this.dir = options.dir;
    this.now = options.now;
    this.lockTimeoutMs = options.lockTimeoutMs ?? 5_000;
    this.readOnly = options.readOnly ?? false;
    this.fs = options.fs ?? realFs;
    this.lockWait = options.lockWait;
    this.schedule = options.schedule ?? scheduleTimer;
    this.logFile = join(this.dir, LOG_FILE);
    let recovered: Recovery | undefined;
    if (this.readOnly) {
      const read = readSettings(this.dir, this.now());
      this.readOnlySettings = read.settings;
      recovered = read.recoveredFrom;
    } else {
      try {
        this.fs.mkdirSync(this.dir, { recursive: true, mode: DIR_MODE });
        // Under the lock as before: a folder that cannot be written is found out here.
        const opened = this.locked(() => {
          const current = readCurrentSettings(this.dir);
          return current ? { current } : openSettings(this.dir, this.now());
        });
        if ('current' in opened) this.fileSettings = opened.current;
        else {
          this.conf = opened.conf;
          recovered = opened.recoveredFrom;
        }
      } catch (error) {
        this.lockStuck = error instanceof StoreLockedError;
        if (!isStorageFailure(error) && !this.lockStuck) throw error;
        // A folder that cannot be written (full, read-only, locked by a stuck copy) can still
        // be studied from: the settings are read as they are, and answers queue in memory
        // until a write works.
        const read = readSettings(this.dir, this.now());
        this.readOnlySettings = read.settings;
        recovered = read.recoveredFrom;
        this.problem = failureReason(error);
      }
    }
    if (recovered) this.openNotices.push(settingsResetNotice(recovered));
  }

  /**
   * Things the user must be told (a corrupt file moved aside, skipped log lines). The log's
   * unreadable lines are counted by the first reader of the whole log, not at open: parsing
   * 100,000 lines only to count the bad ones cost the first card about 100 ms.
   */
  get notices(): string[] {
    if (this.skipped === undefined) this.read();
    return this.knownNotices();
  }

  /** The notices known without reading the log: its unreadable lines once a reader counted them. */
  knownNotices(): string[] {
    const skipped = this.skipped ?? 0;
    if (skipped === 0) return [...this.openNotices];
    return [
      ...this.openNotices,
      `${skipped} unreadable line${skipped === 1 ? '' : 's'} in ${this.logFile} ${skipped === 1 ? 'was' : 'were'} skipped (the file is left as it is).`,
    ];
  }

  /**
   * Tells the store how many unreadable lines another reader of its log file found (the study
   * screen's replay reads it anyway), sparing `notices` a read of its own.
   */
  noteSkipped(count: number): void {
    this.skipped = count;
  }

  locked<T>(fn: () => T, timeoutMs = this.lockTimeoutMs): T {
    if (this.readOnly) throw new ReadOnlyStoreError();
    return withLock(this.dir, fn, timeoutMs, this.fs, this.lockWait);
  }

  /** The settings, with any change that could not be written yet applied on top. */
  settings(): Settings {
    let current: Settings;
    if (this.conf) {
      current = pickSettings(this.conf.store);
    } else if (this.fileSettings) {
      // Read afresh like conf does (another instance may have changed them); a file that is
      // no longer fit to use as it is (a hand edit) leaves the last good settings in place.
      this.fileSettings = readCurrentSettings(this.dir) ?? this.fileSettings;
      current = { ...this.fileSettings };
    } else {
      current = { ...(this.readOnlySettings as Settings) };
    }
    for (const patch of this.pendingSettings) current = { ...current, ...resolve(patch, current) };
    return current;
  }

  /**
   * Changes settings under the lock, re-reading first (so a change another instance made is
   * kept). Like an event, a change whose write fails is kept in memory, shown by `settings()`
   * and written by the next successful write; `status()` says why.
   */
  updateSettings(patch: SettingsPatch): Settings {
    if (this.readOnly) throw new ReadOnlyStoreError();
    const next = { ...this.settings(), ...resolve(patch, this.settings()) };
    this.pendingSettings.push(patch);
    this.flush();
    return next;
  }

  /**
   * Records an event and returns it with its id and time. It is written at once (under the
   * lock) together with any earlier events whose write failed; if this write fails too, the
   * event stays queued in memory and `status()` says why. Never throws for a failed write.
   */
  append(event: NewEvent): LogEvent {
    if (this.readOnly) throw new ReadOnlyStoreError();
    const full: LogEvent = { id: newEventId(), t: this.now(), ...event };
    this.pending.push(full);
    this.flush();
    return full;
  }

  /**
   * Tries again to write the queued events; true when nothing is left unsaved. While the lock
   * is stuck this is one quick attempt (the retry key must not freeze the screen) unless
   * `waitForLock` (the last try before exit) asks to wait the full timeout.
   */
  retry(options: { waitForLock?: boolean } = {}): boolean {
    this.flush(options.waitForLock ? this.lockTimeoutMs : undefined);
    return this.unsavedCount() === 0;
  }

  private unsavedCount(): number {
    return this.pending.length + (this.pendingSettings.length > 0 ? 1 : 0);
  }

  status(): SaveStatus {
    return { unsaved: this.unsavedCount(), problem: this.problem };
  }

  /** The settings as they should be, when a change of them is still only in memory. */
  unsavedSettings(): Settings | undefined {
    return this.pendingSettings.length > 0 ? this.settings() : undefined;
  }

  /** The events still only in memory (for the exit message when they could not be written). */
  unsaved(): LogEvent[] {
    return [...this.pending];
  }

  /** Calls `listener` whenever the save status changes; returns the unsubscribe function. */
  onStatus(listener: (status: SaveStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** All events in log order, read afresh (another instance may have appended), then the unsaved ones. */
  read(): ReadLog {
    const log = readLog(this.logFile);
    this.skipped = log.skipped;
    return this.pending.length ? { ...log, events: [...log.events, ...this.pending] } : log;
  }

  events(): LogEvent[] {
    return this.read().events;
  }

  /** Re-opens the settings file after it was replaced (import, reset). */
  reopen(): void {
    this.conf = this.locked(() => openSettings(this.dir, this.now())).conf;
  }

  private flush(timeoutMs = this.lockStuck ? 0 : this.lockTimeoutMs, background = false): void {
    if (this.unsavedCount() === 0) return;
    const before = this.problem;
    const unsavedBefore = this.unsavedCount();
    try {
      this.locked(() => {
        const batch = [...this.pending];
        appendEvents(this.logFile, batch, this.fs);
        this.pending.splice(0, batch.length);
        this.writeSettings();
      }, timeoutMs);
      this.problem = undefined;
      this.lockStuck = false;
    } catch (error) {
      this.problem = failureReason(error);
      // Only a busy lock frees itself: a full disk or read-only folder waits for the user's `r`.
      this.lockStuck = error instanceof StoreLockedError;
    }
    this.cancelRetry?.();
    this.cancelRetry = undefined;
    if (this.lockStuck && this.unsavedCount() > 0) {
      this.cancelRetry = this.schedule(() => {
        this.cancelRetry = undefined;
        this.flush(0, true);
      }, LOCK_RETRY_MS);
    }
    // Listeners hear of every failed write the user made (a new answer queued) and of every
    // change; a background retry that changes nothing stays quiet.
    const changed = this.problem !== before || this.unsavedCount() !== unsavedBefore;
    if (changed || (this.problem && !background)) {
      const status = this.status();
      for (const listener of this.listeners) listener(status);
    }
  }

  /** Applies the queued settings changes to the file as it is now (under the lock). */
  private writeSettings(): void {
    if (this.pendingSettings.length === 0) return;
    this.conf ??= openSettings(this.dir, this.now()).conf;
    const conf = this.conf;
    // conf re-reads the file here, so a change another instance made is kept.
    let next = { ...conf.store };
    for (const patch of this.pendingSettings) next = { ...next, ...resolve(patch, next) };
    conf.store = next;
    this.pendingSettings.length = 0;
  }
}

type SettingsPatch = Partial<Settings> | ((current: Settings) => Partial<Settings>);

function resolve(patch: SettingsPatch, current: Settings): Partial<Settings> {
  return typeof patch === 'function' ? patch(current) : patch;
}

function settingsResetNotice(recovered: Recovery): string {
  const kept = recovered.backup
    ? `A copy is kept at ${recovered.backup}`
    : 'It is left where it is (the folder is read-only)';
  return `Your settings file could not be read (${recovered.reason}). ${kept}; started with default settings. Your study history is unaffected.`;
}

function newEventId(): string {
  return randomBytes(8).toString('hex');
}
