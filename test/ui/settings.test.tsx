// The settings screen in ink-testing-library: values shown, q typed as text, refusals on one
// line, Enter saves to the store at once, Esc cancels, and the mock screen uses the defaults.
import { describe, expect, it } from 'vitest';
import { ProgressStore } from '../../src/core/store/store.js';
import { keys, renderApp } from '../helpers/render.js';

const settingsOf = (app: ReturnType<typeof renderApp>) =>
  new ProgressStore({ dir: app.dir, now: app.clock.now, readOnly: true }).settings();

describe('settings screen', () => {
  it('lists every setting with its value and what the chosen one takes', async () => {
    const app = renderApp({ screen: 'settings', columns: 80, rows: 24 });
    await app.waitFor('Desired retention');
    const f = app.frame();
    expect(f).toMatch(/❯ Desired retention +90%/);
    expect(f).toMatch(/New cards a day +20/);
    expect(f).toMatch(/Interview date +not set/);
    expect(f).toMatch(/Mock format +full/);
    expect(f).toMatch(/Mock minutes +the format's own \(45\)/);
    expect(f).toContain('70–99%');
    expect(f).toContain('Enter change');
  });

  it('Enter opens a value, q is text, a bad value is refused on one line, Enter saves', async () => {
    const app = renderApp({ screen: 'settings' });
    await app.waitFor('Desired retention');
    await app.press(keys.down, keys.enter);
    await app.waitFor('Enter save');
    await app.press(keys.backspace, keys.backspace, 'q', '?');
    expect(app.exits).toEqual([]);
    expect(app.frame()).not.toContain('Any key closes this');
    await app.press(keys.enter);
    await app.waitFor("New cards a day must be a whole number from 0 to 1000, not 'q?'");
    await app.press(keys.backspace, keys.backspace, '7', keys.enter);
    await app.waitFor('Saved new cards a day');
    expect(app.frame()).toMatch(/New cards a day +7/);
    expect(settingsOf(app).newPerDay).toBe(7);
  });

  it('Esc cancels an entry without saving; a second Esc goes back home', async () => {
    const app = renderApp({ route: { screen: 'settings' } });
    await app.waitFor('Desired retention');
    await app.press(keys.enter, keys.backspace, keys.backspace, '8', '0');
    await app.waitFor(/Desired retention +80█/);
    await app.press(keys.esc);
    await app.waitFor(/Desired retention +90%/);
    expect(settingsOf(app).desiredRetention).toBe(0.9);
    await app.press(keys.esc);
    await app.waitFor('Practice for serverless');
  });

  it('the interview date follows the rule: not in the past', async () => {
    const app = renderApp({ screen: 'settings', columns: 80, rows: 24 });
    await app.waitFor('Desired retention');
    await app.press(keys.down, keys.down, keys.enter);
    for (const ch of '2020-01-01') await app.press(ch);
    await app.press(keys.enter);
    await app.waitFor('Interview date 2020-01-01 is in the past');
    expect(settingsOf(app).interviewDate).toBe('');
  });

  it('the mock interview opened without flags uses the saved format and length', async () => {
    const first = renderApp({ screen: 'settings' });
    await first.waitFor('Desired retention');
    await first.press(keys.down, keys.down, keys.down, keys.enter);
    for (const ch of '\x7f\x7f\x7f\x7fshort') await first.press(ch);
    await first.press(keys.enter);
    await first.waitFor(/Mock format +short/);
    await first.press(keys.down, keys.enter, '2', '0', keys.enter);
    await first.waitFor(/Mock minutes +20/);
    first.unmount();
    const mock = renderApp({ screen: 'mock', dir: first.dir, clock: first.clock });
    await mock.waitFor('A short interview round: 20 minutes');
  });
});
