// Replaying the progress log from a snapshot (snapshot.ts): the memory fold, and the snapshot's
// file in the cache folder. The file only saves time: when it is missing, unreadable or cannot
// be written, the whole log is replayed as before.
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { crc32 } from 'node:zlib';
import { writeCacheFile } from '../cache-file.js';
import { fileStamp, nameHash, nowNs } from '../file-stamp.js';
import type { LogEvent } from '../store/log.js';
import { decodeMarks, encodeMarks } from './card-marks.js';
import type { Grade } from './events.js';
import {
  type ItemMemory,
  type ReplayOptions,
  type ResumableMemory,
  resumeReplay,
} from './replay.js';
import { DEFAULT_RETENTION, State } from './scheduler.js';
import { bytesSource, type Folded, foldLog, type LogFold, type LogSource } from './snapshot.js';

/** Bump when replay's rules or ItemMemory's shape change: older snapshots are then ignored. */
const MEMORY_FOLD_VERSION = 3;

interface EncodedMemory extends Omit<ItemMemory, 'card'> {
  card: Omit<ItemMemory['card'], 'due' | 'last_review'> & { due: number; last_review?: number };
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const states = new Set<unknown>([State.New, State.Learning, State.Review, State.Relearning]);

function decodeMemory(raw: unknown): ItemMemory | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const m = raw as Partial<EncodedMemory>;
  const c = m.card;
  const fine =
    typeof m.itemId === 'string' &&
    isNum(m.reps) &&
    isNum(m.lapses) &&
    isNum(m.firstReview) &&
    isNum(m.lastReview) &&
    (m.lastRating === 1 || m.lastRating === 2 || m.lastRating === 3 || m.lastRating === 4) &&
    typeof m.leech === 'boolean' &&
    typeof c === 'object' &&
    c !== null &&
    [c.due, c.stability, c.difficulty, c.elapsed_days, c.scheduled_days].every(isNum) &&
    [c.learning_steps, c.reps, c.lapses].every(isNum) &&
    states.has(c.state) &&
    (c.last_review === undefined || isNum(c.last_review));
  if (!fine || !c || m.itemId === undefined) return undefined;
  const { due, last_review, ...rest } = c;
  return {
    itemId: m.itemId,
    card: {
      ...rest,
      due: new Date(due),
      ...(last_review === undefined ? {} : { last_review: new Date(last_review) }),
    },
    reps: m.reps as number,
    lapses: m.lapses as number,
    firstReview: m.firstReview as number,
    lastReview: m.lastReview as number,
    lastRating: m.lastRating as Grade,
    leech: m.leech as boolean,
  };
}

/** Item memory as a snapshot-able fold of the log (see resumeReplay). */
export function memoryFold(options: ReplayOptions = {}): LogFold<ResumableMemory> {
  const retention = options.desiredRetention ?? DEFAULT_RETENTION;
  return {
    key: `item-memory/${MEMORY_FOLD_VERSION} retention=${retention}`,
    resume: (state, events, now) => resumeReplay(state, events, now, options),
    encode: ({ memory, queued, marks, undone }) => ({
      memory: [...memory.values()].map((m): EncodedMemory => {
        const { due, last_review, ...card } = m.card;
        return {
          ...m,
          card: {
            ...card,
            due: due.getTime(),
            ...(last_review ? { last_review: last_review.getTime() } : {}),
          },
        };
      }),
      queued,
      marks: encodeMarks(marks),
      undone: [...undone],
    }),
    decode: (data) => {
      if (typeof data !== 'object' || data === null) return undefined;
      const { memory, queued, undone } = data as {
        memory?: unknown;
        queued?: unknown;
        undone?: unknown;
      };
      const marks = decodeMarks((data as { marks?: unknown }).marks);
      if (!marks) return undefined;
      if (!Array.isArray(memory) || !Array.isArray(queued) || !Array.isArray(undone))
        return undefined;
      if (![...queued, ...undone].every((id) => typeof id === 'string')) return undefined;
      const out = new Map<string, ItemMemory>();
      for (const raw of memory) {
        const m = decodeMemory(raw);
        if (!m || out.has(m.itemId)) return undefined;
        out.set(m.itemId, m);
      }
      return {
        memory: out,
        queued: queued as string[],
        marks,
        undone: new Set(undone as string[]),
      };
    },
  };
}

/** The snapshot file of one progress log, in the cache folder (one file per log). */
export function snapshotFile(cacheDir: string, logFile: string): string {
  const id = nameHash(resolve(logFile));
  return join(cacheDir, `replay-${id}.json`);
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Pieces the covered part of a log is read in to check it: memory stays bounded. */
const PIECE = 1 << 20;

/**
 * The open log file as a LogSource, its length fixed when opened (lines appended by another
 * instance meanwhile are left for the next start).
 */
function fileSource(fd: number): LogSource {
  const stat = fstatSync(fd, { bigint: true });
  const length = Number(stat.size);
  const readInto = (buffer: Uint8Array, start: number, count: number) => {
    let done = 0;
    while (done < count) {
      const n = readSync(fd, buffer, done, count - done, start + done);
      if (n === 0) throw new Error('the progress log got shorter while it was read');
      done += n;
    }
  };
  return {
    length,
    stamp: fileStamp(stat, nowNs()),
    read(start, end) {
      const bytes = Buffer.allocUnsafe(end - start);
      readInto(bytes, start, end - start);
      return bytes;
    },
    crc(start, end, crc) {
      const piece = Buffer.allocUnsafe(Math.min(PIECE, end - start));
      let value = crc;
      for (let at = start; at < end; at += piece.length) {
        const count = Math.min(piece.length, end - at);
        readInto(piece, at, count);
        value = crc32(piece.subarray(0, count), value);
      }
      return value;
    },
  };
}

/** Folds the log file (none: an empty log) through `fold`, continuing from `saved`. */
function foldLogFile<S>(
  logFile: string,
  fold: LogFold<S>,
  now: number,
  saved: string | undefined,
  unsaved: readonly LogEvent[],
): Folded<S> {
  let fd: number;
  try {
    fd = openSync(logFile, 'r');
  } catch {
    return foldLog(bytesSource(Buffer.alloc(0)), fold, now, saved, unsaved);
  }
  try {
    return foldLog(fileSource(fd), fold, now, saved, unsaved);
  } catch {
    // Not readable in place (a folder, an I/O error): as the store reads it, in one go.
    return foldLog(readOrUndefined(logFile) ?? Buffer.alloc(0), fold, now, saved, unsaved);
  } finally {
    closeSync(fd);
  }
}

/**
 * Item id → memory state from the log file as of `now` (the same as `replay` of its events,
 * then of `unsaved` ones the store holds in memory), continuing from the log's snapshot in
 * `cacheDir` when usable and leaving a fresh one there. No cache folder (caching turned off):
 * the whole log is replayed.
 */
export function replayLogFile(
  logFile: string,
  now: number,
  options: ReplayOptions = {},
  cacheDir?: string,
  unsaved: readonly LogEvent[] = [],
): Folded<ResumableMemory> {
  const snapshot = cacheDir === undefined ? undefined : snapshotFile(cacheDir, logFile);
  const saved = snapshot ? readOrUndefined(snapshot)?.toString('utf8') : undefined;
  const folded = foldLogFile(logFile, memoryFold(options), now, saved, unsaved);
  if (snapshot && folded.snapshot) writeCacheFile(snapshot, folded.snapshot);
  return folded;
}
