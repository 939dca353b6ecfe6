import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pty from 'node-pty';
import { describe, expect, it } from 'vitest';
import { cliPath, keys, sessionsForEachTest, tempHome } from '../helpers/pty.js';

const open = sessionsForEachTest();

describe('the built app in a real terminal', () => {
  it('opens the home screen at 80x24 and q quits with 0', async () => {
    const app = open();
    await app.waitFor('Progress');
    expect(app.text()).toContain('faas-prep');
    expect(app.text()).toMatch(/❯ /);
    app.press('q');
    expect(await app.waitForExit()).toBe(0);
  });

  it('Enter opens a mode, Esc goes back, ? shows the keys', async () => {
    const app = open();
    // Pressed as soon as the menu shows: the keys must not be lost while the UI settles.
    await app.waitFor('Progress');
    app.press(keys.up);
    await app.waitFor('❯ Progress');
    app.press(keys.enter);
    await app.waitFor('Saved in');
    app.press('?');
    await app.waitFor('Any key closes this');
    app.press('x');
    await app.waitFor('Saved in');
    app.press(keys.esc);
    await app.waitFor('Practice for serverless');
    app.press('q');
    expect(await app.waitForExit()).toBe(0);
  });

  it('keys typed in a burst (one read) each count: "jj" then Enter, "qq"', async () => {
    const app = open();
    await app.waitFor('q quit');
    app.press(`jj${keys.enter}`);
    await app.waitFor('faas-prep › Mock interview');
    app.press(keys.esc);
    await app.waitFor('Practice for serverless');
    app.press('qq');
    expect(await app.waitForExit()).toBe(0);
  });

  it('a flag error of a screen command is one line, exit 2, and leaves the terminal as it was', async () => {
    // Such a start goes straight to the UI bundle and sets raw mode before parsing: the shell
    // must get its line mode back. `stty -a` after the app shows the terminal's modes.
    const shell = pty.spawn(
      '/bin/sh',
      ['-c', `"${process.execPath}" "${cliPath}" study --new lots; echo "exit $?"; stty -a`],
      { cols: 200, rows: 24, env: { ...process.env, FAAS_PREP_HOME: tempHome(), CI: 'false' } },
    );
    let out = '';
    shell.onData((data) => {
      out += data;
    });
    await new Promise<void>((done) => shell.onExit(() => done()));
    expect(out).toMatch(
      /faas-prep: study: --new must be a whole number from 0 to 1000, not 'lots'\./,
    );
    expect(out).not.toMatch(/\n\s+at /);
    expect(out).toContain('exit 2');
    expect(out).toMatch(/(^|\s)icanon(\s|$)/m);
    expect(out).toMatch(/(^|\s)echo(\s|$)/m);
  });

  it('Ctrl+C exits promptly with 130', async () => {
    const app = open();
    await app.waitFor('Progress');
    app.press(keys.ctrlC);
    expect(await app.waitForExit(3_000)).toBe(130);
  });

  it('never draws more rows than a small terminal has, and redraws on resize', async () => {
    const app = open({ columns: 40, rows: 10 });
    await app.waitFor('Terminal too small');
    expect(app.text()).toContain('40x10');
    app.resize(80, 24);
    await app.waitFor('Practice for serverless');
    app.resize(70, 15);
    await app.waitFor('Practice for serverless');
    // Ink clears the scrollback (ESC[3J) on every frame that is as tall as the terminal;
    // after a resize has settled, redraws must not do that.
    const mark = app.raw().length;
    app.press('?');
    await app.waitFor('Any key closes this');
    app.press('x');
    await app.waitFor('Practice for serverless');
    expect(app.raw().slice(mark)).not.toContain('\x1b[3J');
    app.press('q');
    expect(await app.waitForExit()).toBe(0);
  });

  it('NO_COLOR gives output without colour codes', async () => {
    const app = open({ env: { NO_COLOR: '1' } });
    await app.waitFor('Progress');
    app.press('q');
    await app.waitForExit();
    expect(app.raw()).not.toMatch(/\x1b\[(3\d|9\d|38;)/);
  });

  it('a corrupt progress file is kept as a backup and the home screen says so', async () => {
    const home = tempHome();
    writeFileSync(join(home, 'settings.json'), '{"newPerDay": 3,,,');
    const app = open({ home });
    await app.waitFor('could not be read');
    expect(readdirSync(home).some((f) => f.startsWith('settings.json.corrupt-'))).toBe(true);
    app.press('q');
    expect(await app.waitForExit()).toBe(0);
    expect(existsSync(join(home, 'settings.json'))).toBe(true);
  });

  it('keeps a code cache for React and Ink: written on the first start, replaced when damaged', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'faas-prep-e2e-cache-'));
    const startHome = async (env: Record<string, string>) => {
      const app = open({ env });
      await app.waitFor('q quit');
      app.press('q');
      expect(await app.waitForExit()).toBe(0);
    };
    await startHome({ FAAS_PREP_CACHE: 'off' });
    expect(readdirSync(cache)).toEqual([]);
    await startHome({ FAAS_PREP_CACHE: cache });
    // Beside it, the YAML files' stamps (when they are old enough to tell a later write).
    const [name, ...others] = readdirSync(cache).filter((f) => !/^content-\w+\.json$/.test(f));
    expect(others).toEqual([]);
    expect(name).toMatch(/^ui\.cjs\..+\.v8cache$/);
    const file = join(cache, name as string);
    expect(statSync(file).size).toBeGreaterThan(100_000);
    writeFileSync(file, 'damaged');
    await startHome({ FAAS_PREP_CACHE: cache });
    expect(statSync(file).size).toBeGreaterThan(100_000);
  });
});
