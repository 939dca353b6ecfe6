import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureCopy } from '../content/fixtures.js';
import { keys, type Session, start } from '../helpers/pty.js';

const content = fixtureCopy('quiz');
const sessions: Session[] = [];
const open = (args: string[]) => {
  const s = start({ args, env: { FAAS_PREP_CONTENT: content } });
  sessions.push(s);
  return s;
};
afterEach(() => {
  for (const s of sessions.splice(0)) s.kill();
});

function reviews(home: string): Array<Record<string, unknown>> {
  let text = '';
  try {
    text = readFileSync(join(home, 'progress.jsonl'), 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((e) => e.type === 'review');
}

/** Answers whatever question is showing with the keys for its kind (right or wrong). */
function answer(app: Session): Promise<void> {
  const screen = app.text();
  if (screen.includes('· true or false')) app.press('t');
  else if (screen.includes('· estimate')) app.press(`42${keys.enter}`);
  else if (screen.includes('(choose all that apply)')) {
    app.press(keys.space);
    return app.waitFor('[x]').then(() => app.press(keys.enter));
  } else app.press(keys.enter);
  return Promise.resolve();
}

/** The app's process id: the pty runs node directly, with this session's FAAS_PREP_HOME. */
function pidOf(home: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const env = readFileSync(`/proc/${entry}/environ`, 'utf8');
      if (env.split('\0').includes(`FAAS_PREP_HOME=${home}`)) return Number(entry);
    } catch {
      // gone, or not ours to read
    }
  }
  throw new Error(`no process with FAAS_PREP_HOME=${home}`);
}

describe('quiz in a real terminal', () => {
  it('a three-question quiz answered with keys ends in a score, every answer in the log', async () => {
    const app = open(['quiz', '--count', '3', '--seed', '5']);
    for (let n = 1; n <= 3; n++) {
      await app.waitFor(`${n}/3 · score`);
      // Wait for the footer of the question phase so keys reach the right handler.
      await app.waitFor(/Enter answer/);
      await answer(app);
      await app.waitFor(/[✓✗] /);
      app.press(keys.enter);
    }
    await app.waitFor(/Score [\d.]+ \/ 3 · \d right/);
    const logged = reviews(app.home);
    expect(logged).toHaveLength(3);
    expect(new Set(logged.map((e) => e.itemId)).size).toBe(3);
    for (const e of logged) {
      expect(e).toMatchObject({ source: 'quiz' });
      expect([1, 2, 3, 4]).toContain(e.rating);
      expect(typeof e.correct).toBe('boolean');
    }
    app.press(keys.enter);
    await app.waitFor('Practice for serverless');
    app.press('q');
    expect(await app.waitForExit()).toBe(0);
  });

  it('a process killed mid-quiz (SIGKILL) keeps both answers already given', async () => {
    const app = open(['quiz', '--count', '5', '--seed', '2']);
    for (let n = 1; n <= 2; n++) {
      await app.waitFor(`${n}/5 · score`);
      await app.waitFor(/Enter answer/);
      await answer(app);
      await app.waitFor(/[✓✗] /);
      if (n < 2) app.press(keys.enter);
    }
    const shown = reviews(app.home);
    expect(shown).toHaveLength(2);
    process.kill(pidOf(app.home), 'SIGKILL');
    expect(await app.waitForExit()).toBe(-9);
    const after = reviews(app.home);
    expect(after).toEqual(shown);
    expect(after.every((e) => e.source === 'quiz')).toBe(true);
  });

  it('bad flags fail at once with one line and exit 2', async () => {
    const app = open(['quiz', '--kind', 'essay']);
    expect(await app.waitForExit()).toBe(2);
    expect(app.screen().join('')).toContain(
      "unknown kind 'essay'; use one of mcq, numeric, ordering, spot-the-error, estimate",
    );
  });
});
