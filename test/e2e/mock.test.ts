import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { cliPath, keys, type Session, start, tempHome } from '../helpers/pty.js';

const sessions: Session[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.kill();
});

const clock = /round (\d\d):(\d\d)/;

describe('mock interview in a real terminal', () => {
  it('starts a short round, the clock runs, Esc y ends it, the report shows, history lists it', async () => {
    const home = tempHome();
    const app = start({ args: ['mock', '--format', 'short', '--seed', '1'], home });
    sessions.push(app);
    // The key line appears once the screen's keys are live.
    await app.waitFor('Enter start');
    expect(app.text()).toContain('Rapid-fire');
    expect(app.text()).toContain('02:00');
    app.press(keys.enter);
    await app.waitFor(clock);
    const first = clock.exec(app.text())?.[0];
    expect(first).toMatch(/round 1[45]:\d\d/);
    // The real clock: within three seconds the shown time must change.
    await app.waitFor(new RegExp(`round (?!${first?.slice(6)})\\d\\d:\\d\\d`), 3_000);
    expect(app.text()).toMatch(/Rapid-fire \d\d:\d\d left in section/);
    app.press(keys.esc);
    await app.waitFor('End the interview now? (y/n)');
    app.press('n');
    await app.waitFor('Esc ends the interview early');
    app.press(keys.esc);
    await app.waitFor('End the interview now? (y/n)');
    app.press('y');
    await app.waitFor('Score 0%');
    expect(app.text()).toContain('ended early');
    expect(app.text()).toMatch(/By section/);
    expect(app.text()).toMatch(/items? (is|are) now due in study: faas-prep study/);
    for (const line of app.screen()) expect(line.length).toBeLessThanOrEqual(80);
    app.press(keys.esc);
    await app.waitFor('Practice for serverless');
    app.press('q');
    expect(await app.waitForExit()).toBe(0);

    const out = execFileSync(process.execPath, [cliPath, 'mock', '--history'], {
      env: { ...process.env, FAAS_PREP_HOME: home },
      encoding: 'utf8',
    });
    expect(out).toMatch(/1 mock interview:/);
    expect(out).toMatch(/short\s+15 min\s+0%\s+ended early/);
    expect(out).toMatch(/Trend/);
  });
});
