// Log-scale helpers for charts whose x axis spans decades (invocations a month, rates,
// keep-alive times): sample points on a log grid, place a value on it, label the decades.

/** `n` values from `lo` to `hi` (both > 0), evenly spaced in log. */
export function logGrid(lo: number, hi: number, n: number): number[] {
  if (n <= 1) return [lo];
  const a = Math.log10(lo);
  const step = (Math.log10(hi) - a) / (n - 1);
  return Array.from({ length: n }, (_, i) => 10 ** (a + i * step));
}

/**
 * The index (0..n−1) of the grid point nearest to `value` on a log grid from lo to hi; null when
 * the value lies off the grid (or is not positive) — a marker there is not drawn.
 */
export function logIndex(value: number, lo: number, hi: number, n: number): number | null {
  if (!(value > 0) || n < 1) return null;
  if (n === 1) return value === lo ? 0 : null;
  const f = (Math.log10(value) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo));
  const i = Math.round(f * (n - 1));
  return i < 0 || i > n - 1 ? null : i;
}

/**
 * A range of whole decades around the given positive values, with `pad` extra decades on each
 * side, inside [floor, ceiling].
 */
export function decadeRange(
  values: readonly number[],
  pad: number,
  floor: number,
  ceiling: number,
): { lo: number; hi: number } {
  const positive = values.filter((v) => v > 0 && Number.isFinite(v));
  if (positive.length === 0) return { lo: Math.max(floor, 1), hi: Math.min(ceiling, 1e3) };
  const min = Math.min(...positive);
  const max = Math.max(...positive);
  let lo = 10 ** (Math.floor(Math.log10(min) + 1e-9) - pad);
  let hi = 10 ** (Math.ceil(Math.log10(max) - 1e-9) + pad);
  if (hi <= lo) hi = lo * 10;
  lo = Math.max(lo, floor);
  hi = Math.min(hi, ceiling);
  if (hi <= lo) hi = lo * 10;
  return { lo, hi };
}

/** The powers of ten from lo to hi (inclusive, with a little float slack). */
export function decades(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = Math.ceil(Math.log10(lo) - 1e-9); 10 ** e <= hi * (1 + 1e-9); e++) out.push(10 ** e);
  return out;
}

/**
 * Values at `xs` by linear interpolation in log x between sample points (sorted by x); outside
 * the samples, the nearest sample's value. Samples without a value (undefined) are skipped.
 */
export function interpolateLogX(
  sampleXs: readonly number[],
  sampleYs: readonly (number | undefined)[],
  xs: readonly number[],
): (number | undefined)[] {
  const pts: [number, number][] = [];
  sampleXs.forEach((x, i) => {
    const y = sampleYs[i];
    if (y !== undefined && Number.isFinite(y) && x > 0) pts.push([Math.log10(x), y]);
  });
  if (pts.length === 0) return xs.map(() => undefined);
  return xs.map((x) => {
    const lx = Math.log10(x);
    const first = pts[0]!;
    const last = pts[pts.length - 1]!;
    if (lx <= first[0]) return first[1];
    if (lx >= last[0]) return last[1];
    let j = 1;
    while (pts[j]![0] < lx) j++;
    const [x0, y0] = pts[j - 1]!;
    const [x1, y1] = pts[j]!;
    return x1 === x0 ? y1 : y0 + ((lx - x0) / (x1 - x0)) * (y1 - y0);
  });
}

/** A short axis label: 1, 10, 100, 1k, 10k, 1M, 1B, 1T; 0.1, 0.01 below one. */
export function compactNumber(x: number): string {
  const units: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'k'],
  ];
  for (const [size, suffix] of units) {
    if (Math.abs(x) >= size) return `${Number((x / size).toPrecision(3))}${suffix}`;
  }
  return String(Number(x.toPrecision(3)));
}
