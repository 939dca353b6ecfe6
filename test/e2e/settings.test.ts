// Settings end to end in a real terminal: a change applies at once, to the next screen opened.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cliPath, keys, sessionsForEachTest, statsJson, tempHome } from '../helpers/pty.js';

const open = sessionsForEachTest();

describe('settings', () => {
  it("new cards a day changed in Settings changes Home's Study count on the way back", async () => {
    const home = tempHome();
    const app = open({ home, columns: 80, rows: 24 });
    await app.waitFor(/Study\s+\(20 new · 0 learning · 0 due\)/);
    // Settings sits just above Progress, the last entry: ↑ wraps to the bottom.
    app.press(keys.up);
    await app.waitFor('❯ Progress');
    app.press(keys.up);
    await app.waitFor('❯ Settings');
    app.press(keys.enter);
    await app.waitFor(/New cards a day +20/);
    app.press(keys.down);
    app.press(keys.enter);
    await app.waitFor('Enter save');
    app.press(keys.backspace);
    app.press(keys.backspace);
    app.press('5');
    app.press(keys.enter);
    await app.waitFor('Saved new cards a day');
    app.press(keys.esc);
    await app.waitFor(/Study\s+\(5 new · 0 learning · 0 due\)/);
    // Saved where every command reads it.
    expect(
      (statsJson(home) as unknown as { today: { flashcards: { new: number } } }).today.flashcards
        .new,
    ).toBe(5);
  });

  it('has --help, and a stray argument is one line on stderr with exit 2', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [cliPath, 'settings', ...args], {
        env: { ...process.env, FAAS_PREP_HOME: tempHome() },
        encoding: 'utf8',
      });
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('faas-prep settings');
    const bad = run('extra');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe(
      "faas-prep: settings: unexpected argument 'extra'. Run 'faas-prep settings --help'.\n",
    );
  });
});
