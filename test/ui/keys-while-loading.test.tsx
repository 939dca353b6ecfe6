// Keys typed while a screen is still loading, or in the instant before its handlers listen,
// are applied once it is ready, in order (issue 14 §1). All through the app's own stdin
// (renderApp), so keys typed together arrive as one terminal read, as from a fast typist.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureCopy } from '../content/fixtures.js';
import { keys, renderApp } from '../helpers/render.js';
import { heldTurns, until } from '../helpers/turns.js';

type App = ReturnType<typeof renderApp>;

/**
 * Each argument is one terminal read, delivered before React has drawn what the previous one
 * did (it renders a turn later) and so before the new screen's handlers listen.
 */
async function typeFast(app: App, ...reads: string[]) {
  for (const read of reads) {
    app.stdin.write(read);
    await Promise.resolve();
  }
}

/** A promise the test resolves: the store's code "loading" until then. */
function gate() {
  let open!: () => void;
  const ready = new Promise<void>((r) => {
    open = r;
  });
  return { ready: () => ready, open: () => open() };
}

describe('keys typed before a screen is ready are applied once it is', () => {
  it('Home: Enter and Space in one read open Study and show the answer', async () => {
    const app = renderApp();
    await app.waitFor('❯ Study');
    await typeFast(app, `${keys.enter}${keys.space}`);
    await app.waitFor('1 Again');
  });

  it('Home: Space read just after Enter, before Study listens, shows the answer', async () => {
    const app = renderApp();
    await app.waitFor('❯ Study');
    await typeFast(app, keys.enter, keys.space);
    await app.waitFor('1 Again');
  });

  it('Home: a key read just after Esc came back to it moves the menu', async () => {
    const app = renderApp({ env: { FAAS_PREP_CONTENT: resolve('test/fixtures/content-good') } });
    await app.waitFor('❯ Study');
    await app.press('5');
    await app.waitFor('9 of 9 items');
    await typeFast(app, keys.esc);
    // Ink reads a lone Esc after a turn (it may start a longer sequence).
    await new Promise((r) => setImmediate(r));
    await typeFast(app, keys.down);
    // Home comes back on Browse, the mode left; ↓ moves on to Settings.
    await app.waitFor('❯ Settings');
  });

  it('the key that closes ? and the next one in the same read: the next one acts', async () => {
    const app = renderApp();
    await app.waitFor('❯ Study');
    await app.press('?');
    await app.waitFor('Any key closes this');
    await typeFast(app, `x${keys.down}`);
    await app.waitFor('❯ Quiz');
  });

  it('Browse: a search typed during "Loading the items…" filters the list', async () => {
    const loading = gate();
    const app = renderApp({
      route: { screen: 'browse' },
      env: { FAAS_PREP_CONTENT: resolve('test/fixtures/content-good') },
      storeReady: loading.ready,
    });
    await app.waitFor('Loading the items');
    await app.press('/', 'f', 'a', 'a', 's');
    loading.open();
    await app.waitFor('1 of 9 items');
    expect(app.frame()).toContain('What does FaaS stand for?');
  });

  it('Settings: ↓ and Enter typed while loading open the second setting', async () => {
    const loading = gate();
    const app = renderApp({ screen: 'settings', storeReady: loading.ready });
    await app.waitFor('Loading your settings');
    await app.press(keys.down, keys.enter);
    loading.open();
    await app.waitFor('Enter save');
    expect(app.frame()).toMatch(/❯ New cards a day +20█/);
  });

  it('Progress: d typed during "Computing…" opens the date entry once the report shows', async () => {
    const turns = heldTurns();
    const app = renderApp({ screen: 'progress', turn: turns.turn });
    await app.waitFor('Computing your progress…');
    await until(() => turns.waiting() > 0);
    await app.press('d');
    for (let i = 0; i < 200 && !app.frame().includes('Saved in'); i++) {
      turns.release();
      await new Promise((r) => setImmediate(r));
    }
    await app.waitFor('Interview date (YYYY-MM-DD');
    expect(app.frame()).toContain('Enter save the date');
  });

  it('Progress: Esc during "Computing…" leaves at once; keys typed before it are dropped', async () => {
    const turns = heldTurns();
    const app = renderApp({ route: { screen: 'progress' }, turn: turns.turn });
    await app.waitFor('Computing your progress…');
    await until(() => turns.waiting() > 0);
    await app.press(keys.down);
    await app.press(keys.esc);
    // Home was under Progress; the ↓ meant for the report does not move its menu.
    await app.waitFor('Practice for serverless');
    for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
    expect(app.frame()).toContain('❯ Study');
    await app.press('q');
    expect(app.exits).toEqual([0]);
  });

  it("Quiz: the next question's answer, typed just after Enter left the feedback, counts", async () => {
    const app = renderApp({
      screen: 'quiz',
      cmd: { values: { topic: 'choices', kind: 'mcq', count: '2', seed: '1' } },
      env: { FAAS_PREP_CONTENT: fixtureCopy('quiz') },
    });
    const answered = () =>
      app.services
        .store()
        .events()
        .filter((e) => e.type === 'review').length;
    await app.waitFor('1/2 ·');
    // Whichever mcq comes first: pick its first choice (Space toggles a multi-answer one).
    if (app.frame().includes('(choose all that apply)')) await app.press(keys.space);
    await app.press(keys.enter);
    await app.waitFor(/[✓✗]/);
    // Enter moves on; the second question's keys come a read later, before it listens: 1 goes
    // to the first choice, Space picks it if the question takes several, Enter answers.
    await typeFast(app, keys.enter, '1', keys.space, keys.enter);
    await until(() => answered() === 2);
  });
});

describe('a key that starts or ends typing: the keys after it in the same read follow it', () => {
  const content = { FAAS_PREP_CONTENT: resolve('test/fixtures/content-good') };

  it('Browse: "/faas q" typed during loading searches for it (q is text), Enter then q quits', async () => {
    const loading = gate();
    const app = renderApp({ route: { screen: 'browse' }, env: content, storeReady: loading.ready });
    await app.waitFor('Loading the items');
    await app.press('/faas q');
    loading.open();
    await app.waitFor('0 of 9 items');
    expect(app.exits).toEqual([]);
    await app.press(`${keys.backspace}${keys.backspace}${keys.enter}q`);
    await until(() => app.exits.length > 0);
    expect(app.exits).toEqual([0]);
    expect(app.frame()).toContain('1 of 9 items');
  });

  it('Settings: Enter, a value with q and Enter in one read: q is text, the value refused', async () => {
    const app = renderApp({ screen: 'settings' });
    await app.waitFor('Desired retention');
    await typeFast(
      app,
      `${keys.down}${keys.enter}${keys.backspace}${keys.backspace}q${keys.enter}`,
    );
    await app.waitFor("New cards a day must be a whole number from 0 to 1000, not 'q'");
    expect(app.exits).toEqual([]);
  });

  it('Progress: d, q and Enter in one read: q is typed into the date and refused', async () => {
    const app = renderApp({ screen: 'progress', columns: 100, rows: 60 });
    await app.waitFor('Saved in');
    await typeFast(app, `dq${keys.enter}`);
    await app.waitFor("not 'q'");
    expect(app.exits).toEqual([]);
  });
});
