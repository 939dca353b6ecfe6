import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/core/content/load.js';
import { buildStudyQueue } from '../../src/core/memory/queue.js';
import { ProgressStore } from '../../src/core/store/store.js';
import { fakeClock, keys, renderApp } from '../helpers/render.js';

const fixtures = { FAAS_PREP_CONTENT: resolve('test/fixtures/content-good') };
const reviews = (app: ReturnType<typeof renderApp>) =>
  app.services
    .store()
    .events()
    .filter((e) => e.type === 'review');

/** The first new cards the real bank introduces (the screen must show them in this order). */
function firstCards(now: number) {
  const bank = loadBank();
  return buildStudyQueue(bank, new Map(), { now, newPerDay: 20 }).map(
    (e) => bank.byId.get(e.itemId) as { id: string; front: string },
  );
}

describe('study screen', () => {
  it('shows the front; Space reveals the back with the interval of each rating', async () => {
    const app = renderApp({ screen: 'study' });
    const [first] = firstCards(app.clock.now());
    await app.waitFor('Space: show the answer');
    expect(app.frame()).toContain(first!.front.slice(0, 40));
    expect(app.frame()).toMatch(/Card 1 · 19 more · .* · new card/);
    expect(app.frame()).not.toContain('Again');
    await app.press(keys.space);
    await app.waitFor('1 Again 1m · 2 Hard 6m · 3 Good 10m · 4 Easy 8d');
  });

  it('a rating is saved at once with the answer time, and the next card follows', async () => {
    const app = renderApp({ screen: 'study' });
    const [first, second] = firstCards(app.clock.now());
    await app.waitFor('Space: show the answer');
    app.clock.advance(7_000);
    await app.press(keys.space);
    await app.waitFor('3 Good');
    await app.press('3');
    await app.waitFor('Card 2');
    expect(app.frame()).toContain(second!.front.slice(0, 40));
    expect(reviews(app)).toEqual([
      expect.objectContaining({
        type: 'review',
        itemId: first!.id,
        rating: 3,
        source: 'study',
        ms: 7_000,
      }),
    ]);
    expect(reviews(app)[0]).not.toHaveProperty('ahead');
  });

  it('u undoes the last rating in the log and brings that card back on screen', async () => {
    const app = renderApp({ screen: 'study' });
    const [first] = firstCards(app.clock.now());
    await app.waitFor('Space: show the answer');
    await app.press(keys.space, '1');
    await app.waitFor('Card 2');
    await app.press('u');
    await app.waitFor('Last rating undone');
    expect(app.frame()).toContain('Card 1');
    expect(app.frame()).toContain(first!.front.slice(0, 40));
    const events = app.services.store().events();
    const review = events.find((e) => e.type === 'review');
    expect(events.at(-1)).toMatchObject({ type: 'undo', target: review?.id });
    // Rated again after the undo: the log replays to one review of that card.
    await app.press(keys.space, '4');
    await app.waitFor('Card 2');
  });

  it('q ends with a summary: cards, again-rate, time and what is due next', async () => {
    const app = renderApp({ screen: 'study' });
    await app.waitFor('Space: show the answer');
    for (const rating of ['1', '3', '3']) {
      app.clock.advance(20_000);
      await app.press(keys.space, rating);
    }
    await app.waitFor('Card 4');
    await app.press('q');
    await app.waitFor('Session finished');
    expect(app.frame()).toContain('3 cards · 3 reviews · 1m 0s');
    expect(app.frame()).toContain('Again 1 · Hard 0 · Good 2 · Easy 0 · Again rate 33%');
    // The card rated Again (at 0:20) is back a minute later, at 1:20; it is now 1:00.
    expect(app.frame()).toContain('Due next: next card due in <1m');
    await app.press(keys.enter);
    await app.waitFor('Practice for serverless');
  });

  it('a cloze shows [...] on the front and the whole sentence, hidden part marked, on the back', async () => {
    const app = renderApp({ screen: 'study', env: fixtures, cmd: { values: { topic: 'basics' } } });
    await app.waitFor('Space: show the answer');
    // Both cards are difficulty 1 in one topic: file order, the plain card first.
    await app.press(keys.space, '3');
    await app.waitFor('Card 2');
    expect(app.frame()).toContain('starts [...]; a reused one is [temperature].');
    await app.press(keys.space);
    await app.waitFor('4 Easy');
    expect(app.frame()).toContain('starts cold; a reused one is warm.');
    expect(app.frame()).toContain('The first request after idle pays the init time.');
  });

  it('the queue ends by itself and learning cards come back within the session', async () => {
    const clock = fakeClock();
    const app = renderApp({ screen: 'study', env: fixtures, clock, cmd: { values: { new: '1' } } });
    await app.waitFor('Space: show the answer');
    await app.press(keys.space, '3'); // Good: back in 10 minutes (within the learn-ahead limit)
    await app.waitFor('again (learning step)');
    await app.press(keys.space, '3'); // graduates
    await app.waitFor('Session finished');
    // One card, seen twice: cards and reviews are counted apart.
    expect(app.frame()).toContain('1 card · 2 reviews');
    expect(app.frame()).toContain('Again 0 · Hard 0 · Good 2 · Easy 0');
  });

  it('long cards stay inside a small terminal and scroll with ↓', async () => {
    const app = renderApp({
      screen: 'study',
      columns: 50,
      rows: 14,
      cmd: { values: { new: '20' } },
    });
    await app.waitFor('Space: show the answer');
    await app.press(keys.space);
    await app.waitFor(/more lines? \(↑↓ scroll\)/);
    const lines = app.frame().split('\n');
    expect(lines.length).toBeLessThan(14);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(50);
    const before = app.frame();
    await app.press(keys.down, keys.down);
    await app.waitFor((f) => f !== before);
    expect(app.frame()).toMatch(/1 Again/);
  });

  it('with nothing due and no new cards it says so, and a studies ahead (logged as ahead)', async () => {
    const clock = fakeClock();
    const dir = renderApp().dir;
    const store = new ProgressStore({ dir, now: clock.now });
    // Learn the plain fixture card: Good, then Good after its 10-minute step.
    store.append({ type: 'review', itemId: 'basics-plain-card', rating: 3, source: 'study' });
    clock.advance(600_000);
    store.append({ type: 'review', itemId: 'basics-plain-card', rating: 3, source: 'study' });
    clock.advance(3_600_000);
    const app = renderApp({
      screen: 'study',
      dir,
      clock,
      env: fixtures,
      cmd: { values: { new: '0' } },
    });
    await app.waitFor('Nothing to study right now');
    expect(app.frame()).toContain('--new 0 allows no new cards');
    await app.press('a');
    await app.waitFor('ahead of schedule');
    expect(app.frame()).toContain('Study (ahead)');
    await app.press(keys.space);
    // Good ahead keeps the due date (two days after it was learned, less the hour since).
    await app.waitFor('3 Good 2d');
    await app.press('3');
    await app.waitFor('Session finished');
    expect(reviews(app).at(-1)).toMatchObject({ itemId: 'basics-plain-card', ahead: true });
  });

  it('the summary says when quiz items are due (the study session shows only flashcards)', async () => {
    const clock = fakeClock();
    const dir = renderApp().dir;
    const store = new ProgressStore({ dir, now: clock.now });
    store.append({ type: 'review', itemId: 'cs-dominant-factor-mcq', rating: 3, source: 'quiz' });
    clock.advance(60_000);
    const app = renderApp({ screen: 'study', dir, clock, cmd: { values: { new: '1' } } });
    await app.waitFor('Space: show the answer');
    expect(app.frame()).toContain('Card 1 ·'); // one new flashcard, no quiz item
    expect(app.frame()).not.toContain('more');
    await app.press(keys.space, '4');
    await app.waitFor('Session finished');
    expect(app.frame()).toContain('1 quiz item due today: faas-prep quiz');
  });

  it('a topic the bank lacks is reported on the screen', async () => {
    const app = renderApp({
      route: { screen: 'study', args: { topic: 'nope', ahead: false } },
      env: fixtures,
    });
    await app.waitFor("Cannot study: unknown topic 'nope'; topics: basics, design.");
  });

  it('keys typed together in one read each count once: Space 3 3 rates two cards, not one twice', async () => {
    const app = renderApp({ screen: 'study' });
    const [first] = firstCards(app.clock.now());
    await app.waitFor('Space: show the answer');
    await app.press(' 3 3');
    await app.waitFor('Card 3');
    expect(reviews(app).map((r) => r.rating)).toEqual([3, 3]);
    expect(reviews(app)[0]).toMatchObject({ itemId: first!.id });
  });

  it('a double rating in one read records one review and does not rate the next card unseen', async () => {
    const app = renderApp({ screen: 'study' });
    await app.waitFor('Space: show the answer');
    await app.press(keys.space);
    await app.waitFor('3 Good');
    await app.press('33');
    await app.waitFor('Card 2');
    // The second 3 met the next card with its answer hidden: nothing to rate.
    expect(reviews(app)).toHaveLength(1);
    expect(app.frame()).toContain('Space: show the answer');
  });

  it('after the answer shows, Space and Enter rate Good', async () => {
    const app = renderApp({ screen: 'study' });
    await app.waitFor('Space: show the answer');
    await app.press(keys.space, keys.space);
    await app.waitFor('Card 2');
    await app.press(keys.enter, keys.enter);
    await app.waitFor('Card 3');
    expect(reviews(app).map((r) => r.rating)).toEqual([3, 3]);
    await app.press(keys.space);
    await app.waitFor('1 Again');
    expect(app.frame()).toContain('Space rate Good');
  });

  it('a key typed while the cards load is applied once they are ready', async () => {
    let ready!: () => void;
    const loading = new Promise<void>((r) => {
      ready = r;
    });
    const app = renderApp({ screen: 'study', storeReady: () => loading });
    await app.waitFor('Loading');
    await app.press(keys.space);
    ready();
    await app.waitFor('1 Again');
  });

  it('q on the summary quits (the first q only ended the session)', async () => {
    const app = renderApp({ screen: 'study' });
    await app.waitFor('Space: show the answer');
    await app.press('q');
    await app.waitFor('Session finished');
    expect(app.exits).toEqual([]);
    await app.press('q');
    expect(app.exits).toEqual([0]);
  });

  it('counts a card that comes back the same day in "N more"', async () => {
    const app = renderApp({ screen: 'study', env: fixtures, cmd: { values: { new: '2' } } });
    await app.waitFor('Card 1 · 1 more');
    await app.press(keys.space, '1'); // Again: it comes back after the other card
    await app.waitFor('Card 2 · 1 more');
    await app.press(keys.space, '3');
    await app.waitFor('Card 3 · 1 more'); // the first again; the second comes back too
  });

  it('! suspends, - buries and f flags the card, as log events; u undoes the last', async () => {
    const app = renderApp({ screen: 'study' });
    const [first, second, third] = firstCards(app.clock.now());
    await app.waitFor('Space: show the answer');
    await app.press('f');
    await app.waitFor('Flagged.');
    expect(app.frame()).toContain('· flagged');
    await app.press('!');
    await app.waitFor('Suspended');
    expect(app.frame()).toContain(second!.front.slice(0, 40));
    expect(app.frame()).toMatch(/Card 1 · 18 more/);
    await app.press(keys.space, '-');
    await app.waitFor('Buried until tomorrow');
    expect(app.frame()).toContain(third!.front.slice(0, 40));
    const marks = app.services
      .store()
      .events()
      .filter((e) => e.type !== 'review');
    expect(marks).toEqual([
      expect.objectContaining({ type: 'flag', itemId: first!.id }),
      expect.objectContaining({ type: 'suspend', itemId: first!.id }),
      expect.objectContaining({ type: 'bury', itemId: second!.id, until: expect.any(Number) }),
    ]);
    await app.press('u');
    await app.waitFor('Card action undone');
    expect(app.frame()).toContain(second!.front.slice(0, 40));
    expect(app.services.store().events().at(-1)).toMatchObject({
      type: 'undo',
      target: marks[2]!.id,
    });
    expect(reviews(app)).toEqual([]);
  });
});
