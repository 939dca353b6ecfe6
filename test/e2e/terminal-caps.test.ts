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
      args: ['quiz', '--kind', 'ordering', '--count', '1'],
      columns: 50,
      rows: 14,
      env: { LANG: 'C', LC_ALL: 'C', LC_CTYPE: 'C' },
    });
    await app.waitFor(/\bv \d+ more/);
    expect(app.text()).not.toMatch(/[↓↑] \d+ more|─/);
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
