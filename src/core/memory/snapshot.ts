// A snapshot of state folded from the progress log, so that a start folds only the lines
// appended since (replaying 100,000 reviews through FSRS takes about a second). The log stays
// the only source of truth: a snapshot names the exact bytes of the log it covers (length and
// CRC-32) and the hash of its own state, and anything that does not match (another log, a log
// replaced by an import, a damaged or hand-edited file, another app version, a clock that went
// back) is ignored and the whole log is folded again. Generic over what is folded.
//
// Why CRC-32 and not sha256 for the covered bytes: the check guards against accidents (an edit,
// a truncation, a restored backup), not an attacker, and CRC-32 catches every change of up to
// 32 bits in a row and any other with odds of 1 in 4 billion, at a third of sha256's cost, read
// in pieces so a 13 MB log never sits in memory whole (sha256 and the whole read were about
// 17 ms of a 100,000-review start). The snapshot's own state is checked by CRC-32 as well.
import { crc32 } from 'node:zlib';
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

/** 4: the covered bytes and the state are checked by CRC-32 (2: sha256; 2 also counted unreadable lines). */
const SNAPSHOT_FORMAT = 4;

/** The log's bytes, read as they are needed: a start that resumes reads the covered part only to check it. */
export interface LogSource {
  readonly length: number;
  /** Bytes [start, end) as one array. */
  read(start: number, end: number): Uint8Array;
  /** CRC-32 of bytes [start, end), continuing `crc` (0 to start one), read in bounded pieces. */
  crc(start: number, end: number, crc: number): number;
  /**
   * Names this version of the log: two equal stamps mean nothing was written to it in between
   * (a file's identity, size and change times). Undefined when that cannot be told, e.g. a file
   * changed so recently that a write in the same clock tick would not show.
   */
  readonly stamp?: string;
}

/** A log already in memory as a LogSource. */
export function bytesSource(bytes: Uint8Array): LogSource {
  return {
    length: bytes.length,
    read: (start, end) => bytes.subarray(start, end),
    crc: (start, end, crc) => crc32(bytes.subarray(start, end), crc),
  };
}

interface SnapshotFile {
  format: number;
  key: string;
  /** The log's first `bytes` bytes (whole lines) are folded into `state`. */
  bytes: number;
  /** CRC-32 of those bytes. */
  logCrc: number;
  /** The log's stamp when those bytes last matched logCrc: the same stamp now skips the check. */
  stamp?: string;
  /** Unreadable lines among them (a start that resumes still reports them). */
  skipped: number;
  /** The latest event time among them: a clock now earlier than this cannot use the snapshot. */
  maxT: number;
  /** The encoded state as JSON text, and its CRC-32 (of the text's UTF-8). */
  state: string;
  stateCrc: number;
}

export interface Folded<S> {
  state: S;
  /** Bytes of the log taken from the snapshot instead of folded (0: the whole log was folded). */
  resumedAt: number;
  /** Unreadable lines in the whole log (those the snapshot covers included). */
  skipped: number;
  /**
   * Snapshot text to save for next time; undefined when the one read still covers the log and
   * holds its current stamp.
   */
  snapshot?: string;
}

const stateCrc = (text: string) => crc32(text);

function linesOf(bytes: Uint8Array): ReadLog {
  return bytes.length ? parseLog(Buffer.from(bytes).toString('utf8')) : { events: [], skipped: 0 };
}

function maxTime(events: readonly LogEvent[], start: number): number {
  let max = start;
  for (const e of events) if (e.t > max) max = e.t;
  return max;
}

/** A sound snapshot, the log's bytes after the part it covers, and that part's CRC-32. */
interface Usable<S> {
  file: SnapshotFile;
  state: S;
  after: Uint8Array;
  crc: number;
  /** The snapshot file with the log's current stamp, when it held another (to save). */
  restamped?: SnapshotFile;
}

/** The snapshot in `text`, when it is sound and covers a prefix of exactly this `log`. */
function usable<S>(
  text: string | undefined,
  log: LogSource,
  fold: LogFold<S>,
  now: number,
): Usable<S> | undefined {
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
    !Number.isSafeInteger(file.logCrc) ||
    typeof file.maxT !== 'number' ||
    !Number.isSafeInteger(file.skipped) ||
    file.skipped < 0 ||
    file.maxT > now ||
    typeof file.state !== 'string' ||
    (file.stamp !== undefined && typeof file.stamp !== 'string') ||
    stateCrc(file.state) !== file.stateCrc
  ) {
    return undefined;
  }
  // The covered part must end a line: read from its last byte on.
  const rest = log.read(file.bytes - 1, log.length);
  if (rest[0] !== 0x0a) return undefined;
  // A log not written since the covered bytes were checked needs no reading of them (a 13 MB
  // log takes 4-6 ms to read and check). The CRC is kept: the next snapshot's continues from it.
  const unchanged = log.stamp !== undefined && log.stamp === file.stamp;
  const crc = unchanged ? file.logCrc : log.crc(0, file.bytes, 0);
  if (crc !== file.logCrc) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(file.state);
  } catch {
    return undefined;
  }
  const state = fold.decode(data);
  if (state === undefined) return undefined;
  const restamped =
    log.stamp === undefined || log.stamp === file.stamp ? undefined : { ...file, stamp: log.stamp };
  return { file, state, after: rest.subarray(1), crc, restamped };
}

/**
 * Folds the log (its raw bytes) as of `now`, continuing from the snapshot in `saved` when that
 * is usable. Returns the state for the whole log, and a new snapshot to save when the log grew.
 * Only whole lines go into a snapshot, and only when no event in them is stamped after `now`
 * (such events are not folded yet, so a later start must see them again). `unsaved` events
 * (kept in memory because a write failed) come after the log and are never snapshotted.
 */
export function foldLog<S>(
  log: Uint8Array | LogSource,
  fold: LogFold<S>,
  now: number,
  saved?: string,
  unsaved: readonly LogEvent[] = [],
): Folded<S> {
  const source = log instanceof Uint8Array ? bytesSource(log) : log;
  const from = usable(saved, source, fold, now);
  if (from) {
    const { file, after } = from;
    const newLines = after.lastIndexOf(0x0a) + 1;
    const head = linesOf(after.subarray(0, newLines));
    const tail = linesOf(after.subarray(newLines));
    const state = fold.resume(from.state, head.events, now);
    const final = state && fold.resume(state, [...tail.events, ...unsaved], now);
    if (state && final) {
      const headSkipped = file.skipped + head.skipped;
      const skipped = headSkipped + tail.skipped;
      if (newLines === 0) {
        const snapshot = from.restamped && JSON.stringify(from.restamped);
        return { state: final, resumedAt: file.bytes, skipped, snapshot };
      }
      const maxT = maxTime(head.events, file.maxT);
      return {
        state: final,
        resumedAt: file.bytes,
        skipped,
        snapshot:
          maxT <= now
            ? encode(fold, state, {
                bytes: file.bytes + newLines,
                logCrc: crc32(after.subarray(0, newLines), from.crc),
                stamp: source.stamp,
                maxT,
                skipped: headSkipped,
              })
            : undefined,
      };
    }
  }
  const all = source.read(0, source.length);
  const whole = all.lastIndexOf(0x0a) + 1;
  const tail = linesOf(all.subarray(whole));
  const rest = [...tail.events, ...unsaved];
  const head = linesOf(all.subarray(0, whole));
  const state = mustResume(fold, undefined, head.events, now);
  const final =
    fold.resume(state, rest, now) ?? mustResume(fold, undefined, [...head.events, ...rest], now);
  const maxT = maxTime(head.events, 0);
  const snapshot =
    whole > 0 && maxT <= now
      ? encode(fold, state, {
          bytes: whole,
          logCrc: crc32(all.subarray(0, whole)),
          stamp: source.stamp,
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
  logCrc: number;
  stamp: string | undefined;
  maxT: number;
  skipped: number;
}

function encode<S>(
  fold: LogFold<S>,
  state: S,
  { bytes, logCrc, stamp, maxT, skipped }: Covered,
): string {
  const text = JSON.stringify(fold.encode(state));
  const file: SnapshotFile = {
    format: SNAPSHOT_FORMAT,
    key: fold.key,
    bytes,
    logCrc,
    ...(stamp === undefined ? {} : { stamp }),
    maxT,
    skipped,
    state: text,
    stateCrc: stateCrc(text),
  };
  return JSON.stringify(file);
}
