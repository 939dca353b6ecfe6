// Home: a pure reducer (menu selection, notices, counts) behind ink-select-input's menu. The
// menu draws at once; the store's notices and today's counts come after the first frame.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modes } from '../../src/ui/screens/home/modes.js';
import { reduceHome, startHome, todayOf } from '../../src/ui/screens/home/state.js';
import { keys, renderApp } from '../helpers/render.js';

const counts = {
  study: '1 new · 0 learning · 0 due',
  quiz: '2 new · 0 learning · 0 due',
  total: '3',
};
const browse = modes.findIndex((m) => m.route.screen === 'browse');

describe('home state', () => {
  it('highlights only rows that exist, and says so when nothing changed', () => {
    const start = startHome();
    expect(start.highlighted).toBe(0);
    expect(reduceHome(start, { type: 'highlight', index: 0 })).toBe(start);
    expect(reduceHome(start, { type: 'highlight', index: modes.length })).toBe(start);
    expect(reduceHome(start, { type: 'highlight', index: 2 }).highlighted).toBe(2);
    expect(startHome(modes.length).highlighted).toBe(0);
    expect(startHome(-1).highlighted).toBe(0);
  });

  it('counts are loading, then shown beside Study and Quiz only; a failure leaves them out', () => {
    const start = startHome();
    const study = modes.find((m) => m.route.screen === 'study');
    const sim = modes.find((m) => m.route.screen === 'sim');
    if (!study || !sim) throw new Error('Home lists Study and Simulators');
    expect(todayOf(start, study)).toBeUndefined();
    const ready = reduceHome(start, { type: 'counted', counts });
    expect(todayOf(ready, study)).toBe(counts.study);
    expect(todayOf(ready, sim)).toBeUndefined();
    // A late failure does not take back counts already shown.
    expect(reduceHome(ready, { type: 'uncounted' })).toBe(ready);
    expect(reduceHome(start, { type: 'uncounted' }).counts).toEqual({ status: 'unavailable' });
  });
});

describe('home screen', () => {
  it('draws the menu before the store and the counts are ready, then adds the counts', async () => {
    let ready!: () => void;
    const loading = new Promise<void>((r) => {
      ready = r;
    });
    const app = renderApp({ storeReady: () => loading });
    await app.waitFor('❯ Study');
    expect(app.frame()).not.toContain('new ·');
    // The menu works while the store loads.
    await app.press(keys.down);
    await app.waitFor('❯ Quiz');
    ready();
    await app.waitFor(/Quiz +\(\d+ new · \d+ learning · \d+ due\)/);
    expect(app.frame()).toContain('❯ Quiz');
  });

  it('a bank that cannot be read leaves the counts out; the menu still works', async () => {
    const app = renderApp({ env: { FAAS_PREP_CONTENT: resolve('test/fixtures/content-bad') } });
    await app.waitFor('❯ Study');
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    expect(app.frame()).not.toContain('new ·');
    await app.press(String(browse + 1));
    await app.waitFor('Cannot browse');
  });

  it('Esc comes back to the mode that was open, with its description', async () => {
    const app = renderApp();
    await app.waitFor('❯ Study');
    await app.press(String(browse + 1));
    await app.waitFor('faas-prep › Browse');
    await app.press(keys.esc);
    await app.waitFor(`❯ ${modes[browse]?.label}`);
    expect(app.frame()).toContain(modes[browse]?.description ?? '');
    // Enter opens it again from there.
    await app.press(keys.enter);
    await app.waitFor('faas-prep › Browse');
  });
});
