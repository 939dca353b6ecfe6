// A snapshot of state folded from the progress log, so that a start folds only the lines
// appended since (replaying 100,000 reviews through FSRS takes about a second). The log stays
// the only source of truth: a snapshot names the exact bytes of the log it covers (length and
// hash) and the hash of its own state, and anything that does not match (another log, a log
// replaced by an import, a damaged or hand-edited file, another app version, a clock that went
// back) is ignored and the whole log is folded again. Generic over what is folded.
import { createHash, type Hash } from 'node:crypto';
import { type LogEvent, parseLog, type ReadLog } from '../store/log.js';

/** State folded from log events, that a snapshot can store and a later start continue. */
export interface LogFold<S> {
  /** Names the fold, its version and its options: a snapshot made under another key is ignored. */
  key: string;
  /**
   * Folds `events` (the log after the point `state` covers; `state` undefined: from the start)
   * as of `now`. Undefined when `state` cannot be continued with them (they undo something
   * before, say); from the start it must always give a state.
   */
  resume(state: S | undefined, events: readonly LogEvent[], now: number): S | undefined;
  /** JSON-safe form of a state, and back; decode gives undefined for anything malformed. */
  encode(state: S): unknown;
  decode(data: unknown): S | undefined;
}

/** 2: a snapshot also counts the unreadable lines among the bytes it covers. */
const SNAPSHOT_FORMAT = 2;

interface SnapshotFile {
  format: number;
  key: string;
  /** The log's first `bytes` bytes (whole lines) are folded into `state`. */
  bytes: number;
  /** sha256 of those bytes. */
  logHash: string;
  /** Unreadable lines among them (a start that resumes still reports them). */
  skipped: number;
  /** The latest event time among them: a clock now earlier than this cannot use the snapshot. */
  maxT: number;
  /** The encoded state as JSON text, and its sha256. */
  state: string;
  stateHash: string;
}

export interface Folded<S> {
  state: S;
  /** Bytes of the log taken from the snapshot instead of folded (0: the whole log was folded). */
  resumedAt: number;
  /** Unreadable lines in the whole log (those the snapshot covers included). */
  skipped: number;
  /** Snapshot text to save for next time; undefined when the one read still covers the log. */
  snapshot?: string;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

function linesOf(bytes: Uint8Array): ReadLog {
  return bytes.length ? parseLog(Buffer.from(bytes).toString('utf8')) : { events: [], skipped: 0 };
}

function maxTime(events: readonly LogEvent[], start: number): number {
  let max = start;
  for (const e of events) if (e.t > max) max = e.t;
  return max;
}

/** The snapshot in `text`, when it is sound and covers a prefix of exactly this `log`. */
function usable<S>(
  text: string | undefined,
  log: Uint8Array,
  fold: LogFold<S>,
  now: number,
): { file: SnapshotFile; state: S; hash: Hash } | undefined {
  if (!text) return undefined;
  let file: SnapshotFile;
  try {
    file = JSON.parse(text) as SnapshotFile;
  } catch {
    return undefined;
  }
  if (
    typeof file !== 'object' ||
    file === null ||
    file.format !== SNAPSHOT_FORMAT ||
    file.key !== fold.key ||
    !Number.isSafeInteger(file.bytes) ||
    file.bytes <= 0 ||
    file.bytes > log.length ||
    log[file.bytes - 1] !== 0x0a ||
    typeof file.maxT !== 'number' ||
    !Number.isSafeInteger(file.skipped) ||
    file.skipped < 0 ||
    file.maxT > now ||
    typeof file.state !== 'string' ||
    sha256(file.state) !== file.stateHash
  ) {
    return undefined;
  }
  // Kept running: the next snapshot's hash continues from here instead of reading it all again.
  const hash = createHash('sha256').update(log.subarray(0, file.bytes));
  if (hash.copy().digest('hex') !== file.logHash) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(file.state);
  } catch {
    return undefined;
  }
  const state = fold.decode(data);
  return state === undefined ? undefined : { file, state, hash };
}

/**
 * Folds the log (its raw bytes) as of `now`, continuing from the snapshot in `saved` when that
 * is usable. Returns the state for the whole log, and a new snapshot to save when the log grew.
 * Only whole lines go into a snapshot, and only when no event in them is stamped after `now`
 * (such events are not folded yet, so a later start must see them again). `unsaved` events
 * (kept in memory because a write failed) come after the log and are never snapshotted.
 */
export function foldLog<S>(
  log: Uint8Array,
  fold: LogFold<S>,
  now: number,
  saved?: string,
  unsaved: readonly LogEvent[] = [],
): Folded<S> {
  const whole = log.lastIndexOf(0x0a) + 1;
  const tail = linesOf(log.subarray(whole));
  const rest = [...tail.events, ...unsaved];
  const from = usable(saved, log, fold, now);
  if (from) {
    const head = linesOf(log.subarray(from.file.bytes, whole));
    const state = fold.resume(from.state, head.events, now);
    const final = state && fold.resume(state, rest, now);
    if (state && final) {
      const headSkipped = from.file.skipped + head.skipped;
      const skipped = headSkipped + tail.skipped;
      if (whole === from.file.bytes) return { state: final, resumedAt: from.file.bytes, skipped };
      const maxT = maxTime(head.events, from.file.maxT);
      return {
        state: final,
        resumedAt: from.file.bytes,
        skipped,
        snapshot:
          maxT <= now
            ? encode(fold, state, {
                bytes: whole,
                logHash: from.hash.update(log.subarray(from.file.bytes, whole)),
                maxT,
                skipped: headSkipped,
              })
            : undefined,
      };
    }
  }
  const head = linesOf(log.subarray(0, whole));
  const state = mustResume(fold, undefined, head.events, now);
  const final =
    fold.resume(state, rest, now) ?? mustResume(fold, undefined, [...head.events, ...rest], now);
  const maxT = maxTime(head.events, 0);
  const snapshot =
    whole > 0 && maxT <= now
      ? encode(fold, state, {
          bytes: whole,
          logHash: createHash('sha256').update(log.subarray(0, whole)),
          maxT,
          skipped: head.skipped,
        })
      : undefined;
  return { state: final, resumedAt: 0, skipped: head.skipped + tail.skipped, snapshot };
}

function mustResume<S>(
  fold: LogFold<S>,
  state: S | undefined,
  events: readonly LogEvent[],
  now: number,
): S {
  const next = fold.resume(state, events, now);
  if (next === undefined) throw new Error(`${fold.key}: a fold from the start gave no state`);
  return next;
}

interface Covered {
  bytes: number;
  logHash: Hash;
  maxT: number;
  skipped: number;
}

function encode<S>(fold: LogFold<S>, state: S, { bytes, logHash, maxT, skipped }: Covered): string {
  const text = JSON.stringify(fold.encode(state));
  const file: SnapshotFile = {
    format: SNAPSHOT_FORMAT,
    key: fold.key,
    bytes,
    logHash: logHash.digest('hex'),
    maxT,
    skipped,
    state: text,
    stateHash: sha256(text),
  };
  return JSON.stringify(file);
}
