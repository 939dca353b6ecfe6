// Reads arrival timestamps (seconds) from CSV text: the first column of each line; one header
// line is allowed; blank lines and lines starting with # are skipped.
//
// The parser takes the text in chunks and keeps only the current line, so a caller can stream a
// file through it in fixed-size reads, as often as it needs (src/cli/arrivals-file.ts).
import { quoted } from './quote.js';

export class ArrivalsCsvError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'ArrivalsCsvError';
  }
}

/** The largest --arrivals file read (about 20M timestamps of 10-odd bytes a line). */
export const MAX_ARRIVALS_BYTES = 256 * 1024 * 1024;

const NUMBER_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
/** A longer line is not a timestamp row (and would grow the pending text without bound). */
const MAX_LINE_CHARS = 4096;

/** Streams CSV text, calling `onTime` with each time in file order. */
export class ArrivalsCsvParser {
  private pending = '';
  private lineNo = 0;
  private sawHeaderOrData = false;
  count = 0;

  constructor(private readonly onTime: (t: number) => void) {}

  push(chunk: string): void {
    const text = this.pending + chunk;
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      this.line(text.slice(start, nl));
      start = nl + 1;
    }
    const rest = text.slice(start);
    if (rest.length > MAX_LINE_CHARS) this.tooLong(rest);
    this.pending = rest;
  }

  /** Ends the text; throws when it held no time at all. */
  end(): void {
    if (this.pending !== '') this.line(this.pending);
    this.pending = '';
    if (this.count === 0) throw new ArrivalsCsvError(0, 'no arrival times found');
  }

  private tooLong(text: string): never {
    const n = this.lineNo + 1;
    throw new ArrivalsCsvError(
      n,
      `line ${n} is longer than ${MAX_LINE_CHARS.toLocaleString('en-US')} characters (starts ${quoted(text.slice(0, 40))})`,
    );
  }

  private line(raw: string): void {
    this.lineNo++;
    if (raw.length > MAX_LINE_CHARS) this.tooLong(raw);
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const cell = (line.split(/[,;\t]/)[0] ?? '').trim().replace(/^"(.*)"$/, '$1');
    const n = this.lineNo;
    if (!NUMBER_RE.test(cell)) {
      if (!this.sawHeaderOrData) {
        this.sawHeaderOrData = true; // the header line
        return;
      }
      throw new ArrivalsCsvError(n, `line ${n}: ${quoted(cell)} is not a time in seconds`);
    }
    const t = Number(cell);
    if (!Number.isFinite(t) || t < 0) {
      throw new ArrivalsCsvError(n, `line ${n}: ${quoted(cell)} is not a time ≥ 0 in seconds`);
    }
    this.sawHeaderOrData = true;
    this.count++;
    this.onTime(t);
  }
}
