// Terminals without cursor movement, without UTF-8 or without colours.
import { describe, expect, it } from 'vitest';
import { keys, sessionsForEachTest } from '../helpers/pty.js';

const open = sessionsForEachTest();

describe('terminal capabilities', () => {
  it('TERM=dumb gets whole frames as plain lines: no escape sequence at all', async () => {
    const app = open({ env: { TERM: 'dumb' } });
    await app.waitFor('q quit');
    app.press(keys.down);
    await app.waitFor('❯ Quiz');
    app.press('q');
    expect(await app.waitForExit()).toBe(0);
    expect(app.raw()).not.toContain('\x1b');
    // Frames follow each other on new lines: both menu states are in the output.
    expect(app.raw()).toMatch(/❯ Study[\s\S]*❯ Quiz/);
  });

  it('LANG=C gets ASCII for the "more" arrows and rules', async () => {
    const app = open({
      // Seed 2 draws a question with more steps than 14 rows show (others may all fit).
      args: ['quiz', '--kind', 'ordering', '--count', '1', '--seed', '2'],
      columns: 50,
      rows: 14,
      env: { LANG: 'C', LC_ALL: 'C', LC_CTYPE: 'C' },
    });
    await app.waitFor(/\bv \d+ more/);
    expect(app.text()).not.toMatch(/[↓↑] \d+ more|─/);
  });

  it('LANG=C: the cost simulator, chart and legend included, is pure ASCII', async () => {
    const app = open({
      args: ['sim', 'cost'],
      columns: 80,
      rows: 24,
      env: { LANG: 'C', LC_ALL: 'C', LC_CTYPE: 'C' },
    });
    await app.waitFor('break-even');
    await app.waitFor(/^\s+\$1k?\|/m); // the chart's y axis, drawn with ASCII
    const screen = app.text();
    expect([...screen].filter((ch) => ch.charCodeAt(0) >= 128)).toEqual([]);
    // The raw output too: nothing outside ASCII reached the terminal at all.
    expect([...app.raw()].filter((ch) => ch.charCodeAt(0) >= 128)).toEqual([]);
  });

  it('NO_COLOR: the numeric input still shows where the cursor is', async () => {
    const app = open({
      args: ['quiz', '--kind', 'numeric', '--count', '1'],
      env: { NO_COLOR: '1' },
    });
    await app.waitFor('Type a number');
    expect(app.text()).toMatch(/^› \|/m);
    app.press(`12${keys.left}`);
    await app.waitFor(/^› 1\|2/m);
  });
});
