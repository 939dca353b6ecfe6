// The key contract (README "Keys"), end to end in a real terminal.
import { describe, expect, it } from 'vitest';
import { modes } from '../../src/ui/screens/home/modes.js';
import { keys, logReviews, sessionsForEachTest } from '../helpers/pty.js';

const open = sessionsForEachTest();

describe('the key contract', () => {
  it('after the answer shows, Space and Enter rate Good', async () => {
    const app = open({ args: ['study'] });
    await app.waitFor('Space: show the answer');
    app.press(keys.space);
    await app.waitFor('1 Again');
    app.press(keys.space);
    await app.waitFor('Card 2');
    app.press(keys.enter);
    await app.waitFor('1 Again');
    app.press(keys.enter);
    await app.waitFor('Card 3');
    expect(logReviews(app.home).map((r) => r.rating)).toEqual([3, 3]);
  });

  it('a Space typed while the cards load is applied to the first card', async () => {
    const app = open({ args: ['study'] });
    app.press(keys.space);
    await app.waitFor('1 Again');
  });

  it('q ends a running quiz to its summary, and q on the summary quits', async () => {
    const app = open({ args: ['quiz', '--count', '2', '--kind', 'mcq'] });
    await app.waitFor('1/2 ·');
    app.press('q');
    await app.waitFor('Ended early: 0 of 2 answered');
    app.press('q');
    expect(await app.waitForExit()).toBe(0);
  });

  it('q quits from a simulator screen and from the Simulators list', async () => {
    const sim = open({ args: ['sim', 'cost'] });
    await sim.waitFor('Lambda total');
    sim.press('q');
    expect(await sim.waitForExit()).toBe(0);
    const list = open({ args: ['sim'] });
    await list.waitFor('What-if simulators');
    list.press('q');
    expect(await list.waitForExit()).toBe(0);
  });

  it('q in a running mock asks first; q on the report quits', async () => {
    const app = open({ args: ['mock', '--format', 'short', '--seed', '1'] });
    await app.waitFor('Enter start');
    app.press(keys.enter);
    await app.waitFor(/round \d\d:\d\d/);
    app.press('q');
    await app.waitFor('End the interview now? (y/n)');
    app.press('y');
    await app.waitFor('Score 0%');
    app.press('q');
    expect(await app.waitForExit()).toBe(0);
  });

  it('? lists each key once', async () => {
    const app = open({ args: ['study'] });
    await app.waitFor('Space: show the answer');
    app.press('?');
    await app.waitFor('Keys on Study');
    // The overlay's lines, between its title and "Any key closes this." (the footer is below).
    const rows = app.screen();
    const from = rows.findIndex((l) => l.startsWith('Keys on Study'));
    const to = rows.findIndex((l) => l.startsWith('Any key closes this'));
    const names = rows
      .slice(from + 1, to)
      .map((l) => /^(\S+)\s+\S/.exec(l)?.[1])
      .filter((k): k is string => k !== undefined);
    expect(names).toEqual(expect.arrayContaining(['Space', 'Ctrl+C', 'q', 'Esc', '?']));
    expect(names).toEqual([...new Set(names)]);
  });

  it('while "Terminal too small" shows only q, Ctrl+C and resizing act', async () => {
    const app = open({ columns: 40, rows: 10 });
    await app.waitFor('Terminal too small');
    // Enter would open Study on the hidden home screen.
    app.press(keys.enter);
    app.press(keys.down);
    app.resize(80, 24);
    await app.waitFor('❯ Study');
    expect(app.text()).toContain('Practice for serverless');
    app.resize(40, 10);
    await app.waitFor('Terminal too small');
    app.press('q');
    expect(await app.waitForExit()).toBe(0);
  });

  it('a run of more than 16 keys in one read is keys, not a paste', async () => {
    const app = open();
    await app.waitFor('❯ Study');
    // 17 ↓ through the menu's items, wrapping at the end: 17 mod their count rows down.
    app.press(keys.down.repeat(17));
    await app.waitFor(`❯ ${modes[17 % modes.length]?.label}`);
  });
});
