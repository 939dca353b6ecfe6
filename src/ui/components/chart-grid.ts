// Line charts as a grid of cells, drawn by asciichart. Each series is plotted on its own (same
// scale) and laid over the others, so every cell knows its series and can take its colour from
// Ink (which leaves colour out under NO_COLOR / FORCE_COLOR=0) instead of asciichart's escape
// codes. Series can have their own line symbols, so they stay apart without colour too.
import * as asciichart from 'asciichart';
import { colors, type Glyphs, glyphs } from '../theme.js';

export interface Cell {
  ch: string;
  color?: string;
}

export type LineStyle = keyof Glyphs['chart'];

export interface ChartSeries {
  label: string;
  /** One value per grid point; undefined points take the nearest defined value. */
  values: readonly (number | undefined)[];
  color?: string;
  style?: LineStyle;
}

/** A vertical line at a grid point (a break-even, the current value). */
export interface ChartMarker {
  index: number;
  ch: string;
  color?: string;
  label: string;
}

/** One value drawn as a glyph at its own row (e.g. the full run's result at the "now" marker). */
export interface ChartPoint {
  index: number;
  value: number;
  ch: string;
  color?: string;
}

export interface ChartData {
  series: ChartSeries[];
  markers?: ChartMarker[];
  points?: ChartPoint[];
  /** Show cells two lines share as the overlap glyph (the legend should then name it). */
  markOverlap?: boolean;
  /** The y range; by default the data's own. */
  min?: number;
  max?: number;
  yFormat: (y: number) => string;
  /** Tick labels under the plot at grid points. */
  xTicks?: { index: number; text: string }[];
}

/** Columns the y labels take. */
export const Y_LABEL_WIDTH = 7;

/** Grid points a chart of this width plots (one column per segment between points). */
export function chartPoints(width: number): number {
  return Math.max(2, width - Y_LABEL_WIDTH - 1);
}

function filled(values: readonly (number | undefined)[]): number[] | undefined {
  const first = values.findIndex((v) => v !== undefined && Number.isFinite(v));
  if (first < 0) return undefined;
  let last = values[first]!;
  return values.map((v) => {
    if (v !== undefined && Number.isFinite(v)) last = v;
    return last;
  });
}

/** The y range of the data, widened when flat so the line sits inside the plot. */
export function yRange(data: ChartData): { min: number; max: number } {
  let min = data.min ?? Number.POSITIVE_INFINITY;
  let max = data.max ?? Number.NEGATIVE_INFINITY;
  if (data.min === undefined || data.max === undefined) {
    for (const s of data.series) {
      for (const v of s.values) {
        if (v === undefined || !Number.isFinite(v)) continue;
        if (data.min === undefined) min = Math.min(min, v);
        if (data.max === undefined) max = Math.max(max, v);
      }
    }
  }
  if (!Number.isFinite(min) || !Number.isFinite(max)) return { min: 0, max: 1 };
  if (max - min < 1e-12) return { min: min - 0.5, max: max + 0.5 };
  return { min, max };
}

/**
 * The plot as rows of cells: `height` rows (at least 2), each Y_LABEL_WIDTH label columns, an
 * axis column and one column per segment. Markers fill only cells no line uses. A line above
 * (below) the plotted range shows off the scale as an up (down) arrow, not as a flat line.
 */
export function chartCells(data: ChartData, height: number, g: Glyphs = glyphs): Cell[][] {
  const h = Math.max(1, height - 1);
  const { min, max } = yRange(data);
  const scale = (v: number) => ((Math.min(max, Math.max(min, v)) - min) / (max - min)) * h;
  const points = Math.max(2, ...data.series.map((s) => s.values.length));
  const cols = points - 1;
  const grid: Cell[][] = Array.from({ length: h + 1 }, () =>
    Array.from({ length: cols }, () => ({ ch: ' ' })),
  );
  // Which series drew each cell (−1: none), to show where two lines share one.
  const owner = grid.map((row) => row.map(() => -1));
  data.series.forEach((s, si) => {
    const values = filled(s.values);
    if (!values) return;
    const lines = asciichart
      .plot(values.map(scale), {
        min: 0,
        max: h,
        height: h,
        offset: 2,
        format: () => ' ',
        symbols: g.chart[s.style ?? 'solid'],
      })
      .split('\n');
    lines.forEach((line, r) => {
      const chars = [...line];
      const row = grid[r];
      const own = owner[r];
      if (!row || !own) return;
      for (let c = 0; c < cols; c++) {
        const ch = chars[c + 2];
        if (!ch || ch === ' ') continue;
        const other = own[c] ?? -1;
        row[c] =
          data.markOverlap && other >= 0 && other !== si
            ? { ch: g.overlap }
            : s.color
              ? { ch, color: s.color }
              : { ch };
        own[c] = si;
      }
    });
    // A segment whose both ends are off the scale is drawn as an arrow at the edge.
    for (let c = 0; c < cols; c++) {
      const a = values[c] as number;
      const b = values[c + 1] ?? a;
      const edge = a > max && b > max ? 0 : a < min && b < min ? h : -1;
      const row = grid[edge];
      if (edge < 0 || !row) continue;
      const ch = edge === 0 ? g.up : g.down;
      row[c] = s.color ? { ch, color: s.color } : { ch };
    }
  });
  for (const m of data.markers ?? []) {
    const c = Math.min(cols - 1, Math.max(0, m.index));
    for (const row of grid) {
      if (row[c]?.ch === ' ') row[c] = m.color ? { ch: m.ch, color: m.color } : { ch: m.ch };
    }
  }
  for (const pt of data.points ?? []) {
    if (!Number.isFinite(pt.value)) continue;
    const c = Math.min(cols - 1, Math.max(0, pt.index));
    const r = Math.round(h - scale(pt.value));
    const row = grid[r];
    if (row) row[c] = pt.color ? { ch: pt.ch, color: pt.color } : { ch: pt.ch };
  }
  const every = h <= 4 ? 1 : h <= 8 ? 2 : 3;
  return grid.map((row, r) => {
    const labelled = r % every === 0 || r === h;
    const value = max - (r * (max - min)) / h;
    const label = labelled ? data.yFormat(value) : '';
    const text = label.length > Y_LABEL_WIDTH ? label.slice(0, Y_LABEL_WIDTH) : label;
    return [
      { ch: text.padStart(Y_LABEL_WIDTH) },
      { ch: g.chart.solid[r === h ? 0 : 1], color: colors.dim },
      ...row,
    ];
  });
}

/** The tick line under the plot: each label centred on its column, skipped where it would overlap. */
export function tickLine(ticks: readonly { index: number; text: string }[], cols: number): string {
  const line = Array.from({ length: Y_LABEL_WIDTH + 1 + cols }, () => ' ');
  let free = 0;
  for (const t of [...ticks].sort((a, b) => a.index - b.index)) {
    const at = Y_LABEL_WIDTH + 1 + t.index;
    const start = Math.max(
      free,
      Math.min(line.length - t.text.length, at - Math.floor(t.text.length / 2)),
    );
    if (start + t.text.length > line.length || start > at) continue;
    for (let i = 0; i < t.text.length; i++) line[start + i] = t.text[i]!;
    free = start + t.text.length + 1;
  }
  return line.join('').trimEnd();
}
