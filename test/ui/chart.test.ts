import { describe, expect, it } from 'vitest';
import {
  compactNumber,
  decadeRange,
  decades,
  interpolateLogX,
  logGrid,
  logIndex,
} from '../../src/core/log-scale.js';
import {
  type ChartData,
  chartCells,
  chartPoints,
  tickLine,
  Y_LABEL_WIDTH,
} from '../../src/ui/components/chart-grid.js';

const text = (rows: { ch: string }[][]) => rows.map((r) => r.map((c) => c.ch).join(''));

describe('log scale', () => {
  it('a log grid spaces points evenly in log, ends included', () => {
    const g = logGrid(1e5, 1e9, 5);
    expect(g.map((x) => Math.round(Math.log10(x) * 1e9) / 1e9)).toEqual([5, 6, 7, 8, 9]);
    expect(logGrid(3, 7, 1)).toEqual([3]);
  });

  it('places a value at the nearest grid point, or nowhere when off the grid', () => {
    expect(logIndex(1e7, 1e5, 1e9, 5)).toBe(2);
    expect(logIndex(8.72e6, 1e5, 1e9, 41)).toBe(Math.round(((Math.log10(8.72e6) - 5) / 4) * 40));
    expect(logIndex(1e5, 1e5, 1e9, 41)).toBe(0);
    expect(logIndex(1e9, 1e5, 1e9, 41)).toBe(40);
    expect(logIndex(1e4, 1e5, 1e9, 41)).toBeNull();
    expect(logIndex(2e9, 1e5, 1e9, 41)).toBeNull();
    expect(logIndex(0, 1e5, 1e9, 41)).toBeNull();
  });

  it('a decade range pads around the values and stays inside the bounds', () => {
    expect(decadeRange([1e8, 8.72e6], 1, 1, 1e13)).toEqual({ lo: 1e5, hi: 1e9 });
    expect(decadeRange([5], 1, 1, 1e13)).toEqual({ lo: 1, hi: 100 });
    expect(decadeRange([], 1, 1, 1e13)).toEqual({ lo: 1, hi: 1000 });
    expect(decades(1e5, 1e9)).toHaveLength(5);
    expect(decades(3, 2000)).toEqual([10, 100, 1000]);
  });

  it('interpolates in log x between samples and holds the ends', () => {
    const ys = interpolateLogX([1, 100], [0, 1], [0.5, 1, 10, 100, 1000]);
    expect(ys[0]).toBe(0);
    expect(ys[1]).toBe(0);
    expect(ys[2]).toBeCloseTo(0.5, 12);
    expect(ys[3]).toBe(1);
    expect(ys[4]).toBe(1);
    expect(interpolateLogX([1, 10, 100], [0, undefined, 1], [10])[0]).toBeCloseTo(0.5, 12);
    expect(interpolateLogX([1], [undefined], [1])).toEqual([undefined]);
  });

  it('labels decades compactly', () => {
    expect([1, 100, 1e3, 1e5, 1e6, 1e9, 1e12, 0.1, 1.5e6].map(compactNumber)).toEqual([
      '1',
      '100',
      '1k',
      '100k',
      '1M',
      '1B',
      '1T',
      '0.1',
      '1.5M',
    ]);
  });
});

describe('chart cells', () => {
  const data = (markers: ChartData['markers']): ChartData => ({
    series: [
      { label: 'up', values: [0, 1, 2, 3, 4, 5, 6, 7, 8], color: 'cyan' },
      { label: 'flat', values: [4, 4, 4, 4, 4, 4, 4, 4, 4], style: 'double' },
    ],
    markers,
    yFormat: (y) => y.toFixed(0),
  });

  it('is as tall as asked and one column per segment, with labels and an axis', () => {
    const rows = chartCells(data([]), 5);
    expect(rows).toHaveLength(5);
    const lines = text(rows);
    for (const line of lines) expect([...line]).toHaveLength(Y_LABEL_WIDTH + 1 + 8);
    expect(lines[0]!.slice(0, Y_LABEL_WIDTH).trim()).toBe('8');
    expect(lines[4]!.slice(0, Y_LABEL_WIDTH).trim()).toBe('0');
    expect(lines[4]![Y_LABEL_WIDTH]).toBe('┼');
  });

  it('keeps each series in its own symbols and colour', () => {
    const rows = chartCells(data([]), 5);
    const cells = rows.flat();
    expect(cells.some((c) => c.ch === '═' && c.color === undefined)).toBe(true);
    expect(cells.filter((c) => c.color === 'cyan').length).toBeGreaterThan(3);
    expect(cells.filter((c) => c.color === 'cyan').every((c) => '─╰╭╮╯│'.includes(c.ch))).toBe(
      true,
    );
  });

  it('draws a marker down its column where no line is, and clamps it to the plot', () => {
    const rows = chartCells(data([{ index: 1, ch: '┃', color: 'yellow', label: 'm' }]), 5);
    const column = rows.map((r) => r[2 + 1]!);
    expect(column.filter((c) => c.ch === '┃').length).toBeGreaterThanOrEqual(2);
    expect(column.every((c) => c.ch === '┃' || c.ch !== ' ')).toBe(true);
    const far = chartCells(data([{ index: 99, ch: '┃', label: 'm' }]), 5);
    expect(far.some((r) => r[r.length - 1]!.ch === '┃')).toBe(true);
  });

  it('a flat series still plots, inside the range', () => {
    const rows = chartCells({ series: [{ label: 'f', values: [2, 2, 2] }], yFormat: String }, 4);
    expect(text(rows).some((l) => l.includes('──'))).toBe(true);
  });

  it('the tick line centres labels on their columns and skips overlaps', () => {
    const line = tickLine(
      [
        { index: 0, text: '1k' },
        { index: 1, text: '10k' },
        { index: 10, text: '1M' },
      ],
      12,
    );
    expect(line.indexOf('1k')).toBe(Y_LABEL_WIDTH + 1 - 1);
    expect(line).not.toContain('10k');
    expect(line.indexOf('1M')).toBe(Y_LABEL_WIDTH + 1 + 10 - 1);
  });

  it('plots as many points as the width allows', () => {
    expect(chartPoints(80)).toBe(80 - Y_LABEL_WIDTH - 1);
    expect(chartPoints(3)).toBe(2);
  });
});

describe('readable at 80x24 (issue 13 §3)', () => {
  const flat = (v: number) => Array.from({ length: 11 }, () => v);

  it('two lines on the same row stay visible: the shared cells show ×', () => {
    const data: ChartData = {
      series: [
        { label: 'EC2', values: flat(5), style: 'dotted' },
        { label: 'Fargate', values: flat(5), style: 'double' },
      ],
      min: 0,
      max: 10,
      yFormat: String,
      markOverlap: true,
    };
    const rows = text(chartCells(data, 5)).map((r) => r.slice(Y_LABEL_WIDTH + 1));
    const row = rows.find((r) => r.trim() !== '') ?? '';
    expect(row).toBe('×'.repeat(10));
    // Apart, each keeps its own glyph.
    const apart = text(
      chartCells(
        { ...data, series: [data.series[0]!, { ...data.series[1]!, values: flat(9) }] },
        5,
      ),
    ).join('\n');
    expect(apart).toContain('┄');
    expect(apart).toContain('═');
    expect(apart).not.toContain('×');
  });

  it('a line above the plotted range is drawn off the scale (↑), not as a plateau', () => {
    const rising = Array.from({ length: 11 }, (_, i) => i * 3); // 0..30 against a top of 12
    const rows = text(
      chartCells(
        { series: [{ label: 'λd', values: rising }], min: 0, max: 12, yFormat: String },
        5,
      ),
    ).map((r) => r.slice(Y_LABEL_WIDTH + 1));
    // The line reaches the top at x = 4 (12); segments 5→6 onwards have both ends above it.
    expect(rows[0]).toMatch(/↑{5}$/);
    expect(rows[0]).not.toMatch(/──/);
  });

  it('a point is drawn at its own row and column (the full run at "now")', () => {
    const rows = text(
      chartCells(
        {
          series: [{ label: 's', values: flat(0) }],
          points: [{ index: 3, value: 8, ch: '●' }],
          min: 0,
          max: 8,
          yFormat: String,
        },
        5,
      ),
    ).map((r) => r.slice(Y_LABEL_WIDTH + 1));
    expect(rows[0]?.[3]).toBe('●');
  });
});
