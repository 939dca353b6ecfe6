// Under LANG=C (no UTF-8) every chart, bar and legend the app draws is plain ASCII.
import { afterEach, describe, expect, it, vi } from 'vitest';

// theme.ts picks the glyph set from the locale when it loads: set it before anything imports it.
vi.hoisted(() => {
  process.env.LC_ALL = 'C';
});

import { hbar, vbars } from '../../src/core/bars.js';
import { sparkline } from '../../src/core/mock/history.js';
import { chartCells } from '../../src/ui/components/chart-grid.js';
import { progressBar } from '../../src/ui/screens/sim/parts.js';
import { glyphs } from '../../src/ui/theme.js';
import { keys, renderApp } from '../helpers/render.js';

const nonAscii = (s: string) => [...s].filter((c) => c.charCodeAt(0) >= 128);

type App = ReturnType<typeof renderApp>;
const apps: App[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.unmount();
});

function open(sim: string, columns: number, rows: number) {
  const app = renderApp({ screen: 'sim', cmd: { positionals: [sim], values: {} }, columns, rows });
  apps.push(app);
  return app;
}

/** The chart's lines: from the first with a y axis (`┤`/`|` after the labels) to the legend. */
function chartLines(frame: string): string[] {
  const lines = frame.split('\n');
  const first = lines.findIndex((l) => /^.{7}[|+]/.test(l));
  return first < 0 ? [] : lines.slice(first, -1);
}

describe('ASCII glyphs under LANG=C', () => {
  it('bars, sparklines and every line style of a chart are ASCII', () => {
    expect(glyphs.barFull).toBe('#');
    for (let f = 0; f <= 1; f += 1 / 64) expect(nonAscii(hbar(f, 7, glyphs))).toEqual([]);
    expect(nonAscii(vbars([0, 1, 3, 7, 8, 20], 3, 2, glyphs.columnSteps).join(''))).toEqual([]);
    expect(nonAscii(sparkline([0, 0.2, 0.5, 0.9, 1], 20, glyphs.spark))).toEqual([]);
    expect(nonAscii(progressBar(0.4, 10))).toEqual([]);
    // Rising, falling, off-scale and overlapping lines in all three styles, with markers.
    const up = Array.from({ length: 30 }, (_, i) => i);
    const down = up.map((v) => 30 - v);
    const cells = chartCells(
      {
        series: [
          { label: 'a', values: up, style: 'solid' },
          { label: 'b', values: down, style: 'double' },
          { label: 'c', values: up.map((v) => (v < 15 ? 5 : 50)), style: 'dotted' },
        ],
        markers: [
          { index: 3, ch: glyphs.marker, label: 'm' },
          { index: 9, ch: glyphs.nowMarker, label: 'now' },
        ],
        points: [{ index: 12, value: 12, ch: glyphs.point }],
        markOverlap: true,
        min: 0,
        max: 30,
        yFormat: (y) => String(Math.round(y)),
      },
      8,
    );
    const text = cells.map((row) => row.map((c) => c.ch).join('')).join('\n');
    expect(text).toContain(glyphs.up); // the off-scale arrow
    expect(text).toContain(glyphs.overlap);
    expect(nonAscii(text)).toEqual([]);
  });

  it.each([
    ['cost', 'break-even'],
    ['cold-start', 'this run'],
    ['connections', 'off scale'],
  ])('the %s simulator draws its chart and legend in ASCII', async (sim, legend) => {
    const app = open(sim, 140, 34);
    await app.waitFor((f) => chartLines(f).at(-1)?.includes(legend) === true);
    const chart = chartLines(app.frame());
    expect(chart.length).toBeGreaterThan(6);
    expect(nonAscii(chart.join(''))).toEqual([]);
  });

  it('the parameter panel shows "per-env-concurrency" whole at 80x24', async () => {
    const app = open('cold-start', 80, 24);
    await app.waitFor('Simulated');
    for (let i = 0; i < 12 && !app.frame().includes('per-env-concurrency '); i++) {
      await app.press(keys.down);
    }
    expect(app.frame()).toMatch(/per-env-concurrency \d/);
  });
});
