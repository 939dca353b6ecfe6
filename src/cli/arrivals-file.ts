// The replay file of --arrivals, opened without holding its times in memory. A first pass
// checks every line and learns the count, the first and last times and whether they are in
// order. Times in order (a log usually is) are then streamed from the file as the simulation
// pulls them; others are sorted in runs of at most RUN_LENGTH times, written to a temp file
// that is unlinked at once (nothing is left behind, even after kill -9), and merged.
import {
  closeSync,
  fstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readSync,
  rmdirSync,
  rmSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { ArrivalsCsvError, ArrivalsCsvParser, MAX_ARRIVALS_BYTES } from '../sim/arrivals-csv.js';
import { mergeRuns } from '../sim/merge-runs.js';
import { type ReplaySpec, replayOf, type TimeChunks } from '../sim/models/arrivals.js';
import { quoted } from '../sim/quote.js';
import { codeCacheDir } from './code-cache.js';
import { type Io, UsageError } from './io.js';

const CHUNK_BYTES = 64 * 1024;
/** Times sorted at once when the file is out of order: 8 MiB. */
const RUN_LENGTH = 1 << 20;
/** Times read back at once from each sorted run while merging: 64 KiB. */
const RUN_PIECE = 8192;

export interface ArrivalsFile {
  replay: ReplaySpec;
  /** Closes the file (and the temp file of an out-of-order one). */
  close(): void;
}

function fileError(code: string | undefined): string {
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  return code ?? 'unreadable';
}

function formatBytes(n: number): string {
  return `${(n / (1024 * 1024)).toLocaleString('en-US', { maximumFractionDigits: 1 })} MiB`;
}

/**
 * One pass over the file: `pump` reads the next fixed-size piece into a fresh parser and
 * returns false once the text has ended. A file that grows past its size when opened has
 * changed under us (and a file appended forever would never end).
 */
class FilePass {
  private readonly buf = Buffer.allocUnsafe(CHUNK_BYTES);
  private readonly decoder = new StringDecoder('utf8');
  private readonly parser: ArrivalsCsvParser;
  private position = 0;
  private ended = false;

  constructor(
    private readonly fd: number,
    private readonly size: number,
    private readonly changed: () => never,
    onTime: (t: number) => void,
  ) {
    this.parser = new ArrivalsCsvParser(onTime);
  }

  get count(): number {
    return this.parser.count;
  }

  pump(): boolean {
    if (this.ended) return false;
    const n = readSync(this.fd, this.buf, 0, CHUNK_BYTES, this.position);
    this.position += n;
    if (this.position > this.size) this.changed();
    if (n > 0) {
      this.parser.push(this.decoder.write(this.buf.subarray(0, n)));
      return true;
    }
    this.parser.push(this.decoder.end());
    this.parser.end();
    this.ended = true;
    return false;
  }

  run(): void {
    while (this.pump()) {
      // read on
    }
  }
}

/** What the first pass learns. */
interface Scan {
  count: number;
  first: number;
  min: number;
  max: number;
  ordered: boolean;
}

function scan(fd: number, size: number, changed: () => never): Scan {
  const s: Scan = { count: 0, first: 0, min: Infinity, max: -Infinity, ordered: true };
  let last = -Infinity;
  const pass = new FilePass(fd, size, changed, (t) => {
    if (s.count++ === 0) s.first = t;
    if (t < last) s.ordered = false;
    last = t;
    if (t < s.min) s.min = t;
    if (t > s.max) s.max = t;
  });
  pass.run();
  return s;
}

/**
 * A later pass must read what the first one did: the same count, in order from the same first
 * time; anything else (a parse error included) means the file changed in between.
 */
function streamOrdered(fd: number, size: number, s: Scan, changed: () => never): TimeChunks {
  let out = new Float64Array(CHUNK_BYTES / 2);
  let n = 0;
  let seen = 0;
  let last = s.first;
  const pass = new FilePass(fd, size, changed, (t) => {
    if (t < last || seen++ === s.count) changed();
    last = t;
    if (n === out.length) {
      const grown = new Float64Array(out.length * 2);
      grown.set(out);
      out = grown;
    }
    out[n++] = t - s.first;
  });
  return {
    next: () => {
      n = 0;
      try {
        while (n === 0 && pass.pump()) {
          // read until a piece holds a time
        }
      } catch (err) {
        if (err instanceof ArrivalsCsvError) changed();
        throw err;
      }
      if (n === 0 && seen !== s.count) changed();
      return n > 0 ? out.subarray(0, n) : undefined;
    },
  };
}

/** Fills `onRun` with runs of up to `runLength` times, each sorted and made relative to min. */
function sortedRuns(
  fd: number,
  size: number,
  s: Scan,
  runLength: number,
  changed: () => never,
  onRun: (run: Float64Array) => void,
): void {
  const buf = new Float64Array(Math.min(runLength, s.count));
  let n = 0;
  const flush = () => {
    const run = buf.subarray(0, n);
    run.sort();
    for (let i = 0; i < n; i++) run[i] = run[i]! - s.min;
    onRun(run);
    n = 0;
  };
  let seen = 0;
  const pass = new FilePass(fd, size, changed, (t) => {
    if (seen++ === s.count || t < s.min || t > s.max) changed();
    buf[n++] = t;
    if (n === buf.length) flush();
  });
  try {
    pass.run();
  } catch (err) {
    if (err instanceof ArrivalsCsvError) changed();
    throw err;
  }
  if (n > 0) flush();
  if (seen !== s.count) changed();
}

/** A temp file no one else can see: unlinked once open where the system allows it. */
function openTempFile(io: Io): { fd: number; dir: string; remove: () => void } {
  let lastError: unknown;
  for (const base of [codeCacheDir(io.env), tmpdir()]) {
    if (base === undefined) continue;
    try {
      mkdirSync(base, { recursive: true, mode: 0o700 });
      const dir = mkdtempSync(join(base, 'arrivals-sort-'));
      const path = join(dir, 'runs');
      const fd = openSync(path, 'wx+', 0o600);
      try {
        unlinkSync(path);
        rmdirSync(dir);
        return { fd, dir: base, remove: () => {} };
      } catch {
        // Windows cannot unlink an open file: it goes on close.
        return { fd, dir: base, remove: () => rmSync(dir, { recursive: true, force: true }) };
      }
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}

/** Sorts an out-of-order file through a temp file of sorted runs, read back merged. */
function externalSort(
  fd: number,
  size: number,
  s: Scan,
  runLength: number,
  io: Io,
  name: string,
  changed: () => never,
): ArrivalsFile {
  let temp: ReturnType<typeof openTempFile>;
  try {
    temp = openTempFile(io);
  } catch (err) {
    throw new UsageError(
      `--arrivals: ${name} is not in time order and no temp file could be made to sort it: ${fileError((err as NodeJS.ErrnoException).code)}.`,
      'Sort it first, e.g. sort -n.',
    );
  }
  const tfd = temp.fd;
  const close = () => {
    closeSync(tfd);
    temp.remove();
  };
  try {
    const runs: { start: number; length: number }[] = [];
    let written = 0;
    sortedRuns(fd, size, s, runLength, changed, (run) => {
      const bytes = Buffer.from(run.buffer, run.byteOffset, run.byteLength);
      for (let off = 0; off < bytes.length; ) {
        off += writeSync(tfd, bytes, off, bytes.length - off, written * 8 + off);
      }
      runs.push({ start: written, length: run.length });
      written += run.length;
    });
    const open = () => mergeRuns(runs.map((r) => readRun(tfd, r.start, r.length, name)));
    return { replay: { kind: 'replay', count: s.count, lastS: s.max - s.min, open }, close };
  } catch (err) {
    close();
    if (err instanceof UsageError) throw err;
    throw new UsageError(
      `--arrivals: ${name} is not in time order and sorting it in ${temp.dir} failed: ${fileError((err as NodeJS.ErrnoException).code)}.`,
      'Free some space there, or sort the file first, e.g. sort -n.',
    );
  }
}

/** One sorted run of the temp file, read back RUN_PIECE times at a time. */
function readRun(fd: number, start: number, length: number, name: string): TimeChunks {
  const piece = new Float64Array(Math.min(RUN_PIECE, length));
  const bytes = Buffer.from(piece.buffer);
  let done = 0;
  return {
    next: () => {
      if (done === length) return undefined;
      const want = Math.min(piece.length, length - done) * 8;
      let got = 0;
      while (got < want) {
        const n = readSync(fd, bytes, got, want - got, (start + done) * 8 + got);
        if (n === 0)
          throw new UsageError(`--arrivals: the temp file sorting ${name} was cut short.`);
        got += n;
      }
      done += want / 8;
      return piece.subarray(0, want / 8);
    },
  };
}

/**
 * Opens the replay file of --arrivals (relative to the working directory). Only regular files
 * up to MAX_ARRIVALS_BYTES: /dev/zero or a pipe never ends. Errors are one-line UsageErrors.
 */
export function openArrivalsFile(file: string, io: Io, runLength = RUN_LENGTH): ArrivalsFile {
  const path = resolve(io.cwd, file);
  const name = quoted(file);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    throw new UsageError(
      `--arrivals: cannot read ${name}: ${fileError((err as NodeJS.ErrnoException).code)}.`,
    );
  }
  const changed = (): never => {
    throw new UsageError(`--arrivals: ${name} changed while it was read.`);
  };
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new UsageError(`--arrivals: cannot read ${name}: is a directory.`);
    if (!st.isFile()) {
      throw new UsageError(
        `--arrivals: ${name} is not a regular file (a device or pipe may never end).`,
        'Save the arrival times to a file first.',
      );
    }
    if (st.size > MAX_ARRIVALS_BYTES) {
      throw new UsageError(
        `--arrivals: ${name} is ${formatBytes(st.size)}, above the limit of ${formatBytes(MAX_ARRIVALS_BYTES)}.`,
        'Replay a shorter window of the log.',
      );
    }
    const s = scan(fd, st.size, changed);
    const closeFile = () => closeSync(fd);
    if (s.ordered) {
      const open = () => streamOrdered(fd, st.size, s, changed);
      return {
        replay: { kind: 'replay', count: s.count, lastS: s.max - s.first, open },
        close: closeFile,
      };
    }
    if (s.count <= runLength) {
      // One run: sorted in memory (at most RUN_LENGTH times), no temp file needed.
      let times: Float64Array = new Float64Array(0);
      sortedRuns(fd, st.size, s, runLength, changed, (run) => {
        times = run;
      });
      closeFile();
      return { replay: replayOf(times), close: () => {} };
    }
    const sorted = externalSort(fd, st.size, s, runLength, io, name, changed);
    return {
      replay: sorted.replay,
      close: () => {
        sorted.close();
        closeFile();
      },
    };
  } catch (err) {
    closeSync(fd);
    if (err instanceof ArrivalsCsvError) {
      throw new UsageError(`--arrivals ${name}: ${err.message}.`);
    }
    if (err instanceof UsageError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`--arrivals: cannot read ${name}: ${fileError(code)}.`);
  }
}
