import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
    await askThenKeepGoing(app, keys.esc, 'End the interview now? (y/n)');
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

    const out = history(home);
    expect(out).toMatch(/1 mock interview:/);
    expect(out).toMatch(/short\s+15 min\s+0%\s+ended early/);
    expect(out).toMatch(/Trend/);
  });
});

describe('mock interview: quitting', () => {
  it('q asks "end now?"; Ctrl+C in the design editor asks, keeps the draft, the round is abandoned', async () => {
    const home = tempHome();
    const app = start({ args: ['mock', '--format', 'short', '--seed', '1'], home });
    sessions.push(app);
    await app.waitFor('Enter start');
    app.press(keys.enter);
    await app.waitFor(clock);
    await askThenKeepGoing(app, 'q', 'End the interview now? (y/n)');
    // Through rapid-fire and estimation to the design question.
    const settled = (t: string) => t.replace(/\d\d:\d\d/g, '');
    for (let i = 0; i < 12 && !app.text().includes('Write your answer'); i++) {
      const text = app.text();
      if (text.includes('Space to reveal')) app.press(' ');
      else if (/\b1 Again/.test(text)) app.press('3');
      else if (text.includes('Type a number')) app.press(`5${keys.enter}`);
      else if (text.includes('t / f answer')) app.press('t');
      else app.press(` ${keys.enter}`);
      // Each key changes the step; the clock alone does not count.
      await app.waitFor({ test: (t: string) => settled(t) !== settled(text) } as unknown as RegExp);
    }
    await app.waitFor('Write your answer');
    app.press('queue first');
    await app.waitFor('queue first');
    await askThenKeepGoing(app, keys.ctrlC, 'Quit? The draft is saved with the round');
    expect(app.text()).toContain('queue first');
    app.press(keys.ctrlC);
    await app.waitFor('Quit? The draft is saved with the round');
    app.press('y');
    expect(await app.waitForExit()).toBe(130);

    const out = history(home);
    expect(out).toMatch(/abandoned/);
    expect(out).toMatch(/no completed round yet/);
    const log = readFileSync(join(home, 'progress.jsonl'), 'utf8');
    const mock = log
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
      .find((e) => e.type === 'mock');
    expect(mock).toMatchObject({ status: 'abandoned', draft: { text: 'queue first' } });
  });
});

/** Presses `key`, sees the round ask `question`, answers n and is back in the round. */
async function askThenKeepGoing(app: Session, key: string, question: string) {
  app.press(key);
  await app.waitFor(question);
  app.press('n');
  await app.waitFor('Esc ends the interview early');
}

/** `faas-prep mock --history` against a data folder, as a script runs it. */
function history(home: string): string {
  return execFileSync(process.execPath, [cliPath, 'mock', '--history'], {
    env: { ...process.env, FAAS_PREP_HOME: home },
    encoding: 'utf8',
  });
}
