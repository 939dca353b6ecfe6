import { describe, expect, it } from 'vitest';
import { loadStudyBank } from '../../src/core/memory/study-bank.js';
import { todayCountsFromLog } from '../../src/core/memory/today.js';
import { keys, renderApp } from '../helpers/render.js';

describe('app shell', () => {
  it('home lists the modes; Enter opens one, Esc comes back, q quits with 0', async () => {
    const app = renderApp();
    await app.waitFor('❯ Study');
    await app.press(keys.up);
    await app.waitFor('❯ Progress');
    await app.press(keys.enter);
    await app.waitFor('Saved in');
    await app.press(keys.esc);
    await app.waitFor('Practice for serverless');
    await app.press('q');
    expect(app.exits).toEqual([0]);
  });

  it('the first frame is the whole home screen, footer keys included', () => {
    // Ink draws a second commit up to a frame later; the first must not lack the keys.
    const app = renderApp();
    expect(app.frames.length).toBeGreaterThan(0);
    expect(app.frames[0]).toContain('❯ Study');
    expect(app.frames[0]).toMatch(/q quit/);
  });

  it('? shows the keys of the current screen, any key closes it', async () => {
    const app = renderApp();
    await app.waitFor('Progress');
    await app.press('?');
    await app.waitFor('Any key closes this');
    expect(app.frame()).toMatch(/q\s+quit/);
    await app.press('x');
    await app.waitFor((f) => !f.includes('Any key closes this'));
  });

  it('Ctrl+C runs the savers a screen registered and exits with 130', async () => {
    const app = renderApp();
    await app.waitFor('Progress');
    await app.press(keys.ctrlC);
    expect(app.exits).toEqual([130]);
  });

  it('a terminal below the minimum shows a note instead of a clipped screen', async () => {
    const app = renderApp({ columns: 40, rows: 10 });
    await app.waitFor('Terminal too small');
    expect(app.frame()).toContain('40x10');
    expect(app.frame()).not.toContain('Practice for serverless');
  });

  it('never renders more lines than the terminal has', async () => {
    const app = renderApp({ rows: 16 });
    await app.waitFor('Progress');
    expect(app.frame().split('\n').length).toBeLessThan(16);
  });

  it("home shows today's counts for Study and Quiz, from the core's one today", async () => {
    const app = renderApp();
    const store = app.services.store();
    store.append({ type: 'review', itemId: 'cs-causes', rating: 1, source: 'quiz' });
    const counts = todayCountsFromLog(
      loadStudyBank(),
      store.events(),
      app.clock.now(),
      store.settings(),
    );
    const line = (c: typeof counts.quiz) => `${c.new} new · ${c.learning} learning · ${c.due} due`;
    await app.waitFor(`Study   (${line(counts.flashcards)})`);
    expect(app.frame()).toContain(`Quiz    (${line(counts.quiz)})`);
  });
});
