import { describe, expect, it } from 'vitest';
import { helpLayout } from '../../src/ui/components/key-help.js';
import { simRoute } from '../../src/ui/routes.js';
import { failingFs } from '../core/store-fixtures.js';
import { keys, renderApp } from '../helpers/render.js';

describe('key help', () => {
  it('lays keys out spaced, tight, or in a window whose markers fit the height', () => {
    expect(helpLayout(4, 10, 0)).toMatchObject({ spaced: true, shown: 4 });
    expect(helpLayout(7, 10, 0)).toMatchObject({ spaced: false, shown: 7, below: 0 });
    for (let count = 9; count < 20; count++) {
      for (let scroll = -1; scroll <= count; scroll++) {
        const v = helpLayout(count, 10, scroll);
        const rows = 2 + v.shown + (v.above > 0 ? 1 : 0) + (v.below > 0 ? 1 : 0);
        expect(rows).toBeLessThanOrEqual(10);
        expect(v.above + v.shown + v.below).toBe(count);
      }
    }
  });

  it('at 50x14 the closing line shows, and ↑↓ scroll to every key before any key closes', async () => {
    const app = renderApp({ route: simRoute('cold-start'), columns: 50, rows: 14 });
    await app.waitFor('? keys');
    await app.press('?');
    await app.waitFor('closes this');
    const first = app.frame();
    expect(first).toMatch(/↓ \d+ more/);
    expect(first.split('\n').length).toBeLessThanOrEqual(14);
    const seen = new Set(first.split('\n'));
    for (let i = 0; i < 20; i++) {
      await app.press(keys.down);
      for (const line of app.frame().split('\n')) seen.add(line);
    }
    expect(app.frame()).not.toMatch(/↓ \d+ more/);
    expect(app.frame()).toMatch(/↑ \d+ more/);
    // Every key the help lists at a tall size was reachable by scrolling.
    const tall = renderApp({ route: simRoute('cold-start'), columns: 50, rows: 40 });
    await tall.waitFor('? keys');
    await tall.press('?');
    await tall.waitFor('Any key closes this');
    const lines = tall.frame().split('\n');
    const listed = lines.slice(lines.findIndex((l) => l.startsWith('Keys on')) + 1);
    const all = listed
      .slice(
        0,
        listed.findIndex((l) => l.includes('closes this')),
      )
      .filter(Boolean);
    expect(all.length).toBeGreaterThan(10);
    for (const line of all) expect(seen).toContain(line);
    await app.press(keys.up);
    expect(app.frame()).toContain('closes this');
    await app.press('x');
    await app.waitFor((f) => !f.includes('closes this'));
  });

  it('at 50x14 with the "Could not save" banner shown, the help fits below it', async () => {
    const fs = failingFs();
    const app = renderApp({ screen: 'study', storeFs: fs, columns: 50, rows: 14 });
    await app.waitFor('show answer');
    fs.failing = 'EROFS';
    await app.press(keys.space);
    await app.waitFor('3 Good');
    await app.press('3');
    await app.waitFor('Could not save');
    await app.press('?');
    await app.waitFor('Keys on Study');
    const frame = app.frame();
    const lines = frame.split('\n');
    // The banner takes several rows at this width; the help's closing line still shows.
    expect(lines.filter((l) => l.startsWith('! Could not save'))).toHaveLength(1);
    expect(frame).toMatch(/↑↓ scroll · any other key closes this\.|Any key closes this\./);
    expect(frame).toMatch(/↓ \d+ more/);
    expect(lines.length).toBeLessThan(14);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(50);
    // Scrolled to the end, the last key shows above the closing line.
    for (let i = 0; i < 30; i++) await app.press(keys.down);
    expect(app.frame()).not.toMatch(/↓ \d+ more/);
    expect(app.frame()).toContain('closes this');
  });
});
