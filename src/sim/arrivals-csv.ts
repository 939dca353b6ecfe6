// Reads arrival timestamps (seconds) from CSV text: the first column of each line; one header
// line is allowed; blank lines and lines starting with # are skipped. Times are sorted and made
// relative to the first, so epoch seconds work as well as offsets.

export class ArrivalsCsvError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'ArrivalsCsvError';
  }
}

const NUMBER_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

export function parseArrivalsCsv(text: string): Float64Array {
  const values: number[] = [];
  const lines = text.split(/\r?\n/);
  let sawData = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    const cell = (line.split(/[,;\t]/)[0] ?? '').trim().replace(/^"(.*)"$/, '$1');
    if (!NUMBER_RE.test(cell)) {
      if (!sawData && values.length === 0) {
        sawData = true; // the header line
        continue;
      }
      throw new ArrivalsCsvError(i + 1, `line ${i + 1}: "${cell}" is not a time in seconds`);
    }
    const t = Number(cell);
    if (!Number.isFinite(t) || t < 0) {
      throw new ArrivalsCsvError(i + 1, `line ${i + 1}: ${cell} is not a time ≥ 0 in seconds`);
    }
    sawData = true;
    values.push(t);
  }
  if (values.length === 0) throw new ArrivalsCsvError(0, 'no arrival times found');
  values.sort((a, b) => a - b);
  const t0 = values[0]!;
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i]! - t0;
  return out;
}
