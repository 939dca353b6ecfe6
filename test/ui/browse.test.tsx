// The Browse screen rendered with ink-testing-library on the fixture bank: the text filter,
// the details, and a suspension written to the log and shown in the item's state.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keys, renderApp } from '../helpers/render.js';

const env = { FAAS_PREP_CONTENT: resolve('test/fixtures/content-good') };
const open = (size: { columns?: number; rows?: number } = {}) =>
  renderApp({ route: { screen: 'browse' }, env, ...size });

describe('browse screen', () => {
  it('lists every item; typed text (q and digits too) filters it', async () => {
    const app = open();
    await app.waitFor('9 of 9 items');
    await app.press('/');
    await app.waitFor('▏');
    // q is text while typing, not quit.
    await app.press('faas q');
    await app.waitFor('0 of 9 items');
    expect(app.exits).toEqual([]);
    await app.press(`${keys.backspace}${keys.backspace}`);
    await app.waitFor('1 of 9 items');
    expect(app.frame()).toContain('What does FaaS stand for?');
    // Esc leaves the field and keeps the filter; q then quits.
    await app.press(keys.esc);
    await app.waitFor((f) => !f.includes('▏'));
    expect(app.frame()).toContain('1 of 9 items');
    await app.press('q');
    expect(app.exits).toEqual([0]);
  });

  it('k cycles the kind filter; c clears it', async () => {
    const app = open();
    await app.waitFor('9 of 9 items');
    await app.press('k');
    await app.waitFor('kind: flashcard');
    expect(app.frame()).toMatch(/\b[1-8] of 9 items/);
    await app.press('c');
    await app.waitFor('9 of 9 items');
  });

  it('Enter shows the details; ! suspends, which the log and the state show', async () => {
    const app = open();
    await app.waitFor('9 of 9 items');
    await app.press('/');
    await app.press('FaaS stand');
    await app.waitFor('1 of 9 items');
    await app.press(keys.enter);
    await app.press(keys.enter);
    await app.waitFor('Stability:');
    expect(app.frame()).toContain('Id:         basics-plain-card');
    expect(app.frame()).toContain('State:      new');
    expect(app.frame()).toContain('Due:        not studied yet');
    await app.press('!');
    await app.waitFor('State:      new · suspended');
    const events = app.services.store().events();
    expect(events.filter((e) => e.type === 'suspend')).toEqual([
      expect.objectContaining({ itemId: 'basics-plain-card' }),
    ]);
    // Esc goes back to the list, where the mark column shows it.
    await app.press(keys.esc);
    await app.waitFor('1 of 9 items');
    expect(app.frame()).toMatch(/new\s+! +What does FaaS/);
  });

  it('fits a 50x14 terminal with "more" rows for a long list', async () => {
    const app = open({ columns: 50, rows: 14 });
    await app.waitFor('9 of 9 items');
    expect(app.frame()).toMatch(/↓ \d+ more/);
    for (let i = 0; i < 8; i++) await app.press(keys.down);
    await app.waitFor(/↑ \d+ more/);
    expect(app.frame().split('\n').length).toBeLessThan(14);
  });
});
