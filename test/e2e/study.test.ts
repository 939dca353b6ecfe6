import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modes } from '../../src/ui/screens/home/modes.js';
import {
  cliPath,
  keys,
  logReviews,
  type Session,
  sessionsForEachTest,
  statsJson,
  tempHome,
} from '../helpers/pty.js';

const open = sessionsForEachTest();

/** The card's first line of text (the line after its "Card N" header). */
function frontOf(app: Session): string {
  const lines = app.text().split('\n');
  const at = lines.findIndex((l) => l.includes('Card 1 ·'));
  return (lines.slice(at + 1).find((l) => l.trim() !== '') ?? '').trim();
}

/** Every event of a data folder's progress log. */
function logEvents(home: string): Array<Record<string, unknown>> {
  return readFileSync(join(home, 'progress.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
}

/** The pid of the app running with this FAAS_PREP_HOME (Linux /proc). */
function appPid(home: string): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const env = readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0');
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (env.includes(`FAAS_PREP_HOME=${home}`) && cmdline.includes('cli.js')) {
        return Number(entry);
      }
    } catch {
      // not ours, or gone
    }
  }
  throw new Error(`no app process for ${home}`);
}

async function rate(app: Session, n: number, rating = '3') {
  for (let i = 1; i <= n; i++) {
    await app.waitFor(`Card ${i} `);
    await app.waitFor('Space: show the answer');
    app.press(keys.space);
    await app.waitFor('1 Again');
    app.press(rating);
  }
  await app.waitFor(`Card ${n + 1} `);
}

describe('study in a real terminal', () => {
  it('study five cards, quit, start again: progress is kept and stats show five reviews', async () => {
    const home = tempHome();
    const first = open({ args: ['study'], home });
    await first.waitFor('19 more');
    await rate(first, 5);
    first.press('q');
    await first.waitFor('Session finished');
    expect(first.text()).toContain('5 cards · 5 reviews');
    expect(first.text()).toContain('Again 0 · Hard 0 · Good 5 · Easy 0');
    first.press('q');
    expect(await first.waitForExit()).toBe(0);

    // The five are in their 10-minute learning step; 15 of today's 20 new cards are left.
    const second = open({ args: ['study'], home });
    await second.waitFor('Card 1 · 14 more');
    second.press('q');
    await second.waitFor('Session finished');
    second.press('q');
    expect(await second.waitForExit()).toBe(0);

    expect(statsJson(home)).toMatchObject({ reviews: 5, quizAnswers: 0, streakDays: 1 });

    // In a terminal, `stats` opens the Progress screen with the same numbers.
    const stats = open({ args: ['stats'], home });
    await stats.waitFor('5 flashcard reviews · 0 quiz answers');
    expect(stats.text()).toContain('Streak 1 day · 5 answered today');
    stats.press(keys.esc);
    await stats.waitFor('Practice for serverless');
    stats.press('q');
    expect(await stats.waitForExit()).toBe(0);
  });

  it('suspend, bury and flag take effect and survive a restart', async () => {
    const home = tempHome();
    const first = open({ args: ['study'], home });
    await first.waitFor('Card 1 · 19 more');
    const suspended = frontOf(first);
    first.press('f');
    await first.waitFor('· flagged');
    first.press('!');
    await first.waitFor('Suspended');
    await first.waitFor('Card 1 · 18 more');
    const buried = frontOf(first);
    first.press('-');
    await first.waitFor('Buried until tomorrow');
    await first.waitFor('Card 1 · 17 more');
    first.press('q');
    await first.waitFor('Session finished');
    first.press('q');
    expect(await first.waitForExit()).toBe(0);

    // The two set aside are out; today's new-card limit lets the next new cards in (as Anki).
    const marks = logEvents(home).filter((e) => e.type !== 'review');
    expect(marks.map((e) => e.type)).toEqual(['flag', 'suspend', 'bury']);
    const second = open({ args: ['study'], home });
    await second.waitFor('Card 1 · 19 more');
    expect([suspended, buried]).not.toContain(frontOf(second));
    expect(statsJson(home)).toMatchObject({ today: { flashcards: { new: 20 } } });
    second.press('q');
    await second.waitFor('Session finished');
    second.press('q');
    expect(await second.waitForExit()).toBe(0);
  });

  it('a process killed mid-session (SIGKILL) keeps every rating given', async () => {
    const home = tempHome();
    const app = open({ args: ['study'], home });
    await rate(app, 3, '4');
    app.press(keys.space);
    await app.waitFor('1 Again');
    process.kill(appPid(home), 'SIGKILL');
    expect(await app.waitForExit()).toBe(-9);
    const reviews = logReviews(home);
    expect(reviews).toHaveLength(3);
    expect(reviews.every((r) => r.rating === 4 && r.source === 'study')).toBe(true);
    expect(statsJson(home).reviews).toBe(3);
  });

  it('the home menu opens Study, and u undoes the last rating', async () => {
    const home = tempHome();
    const app = open({ home });
    // Walk the menu down to Study, entry by entry.
    const index = modes.findIndex((m) => m.label === 'Study');
    await app.waitFor(`❯ ${modes[0]?.label}`);
    for (let i = 1; i <= index; i++) {
      app.press(keys.down);
      await app.waitFor(`❯ ${modes[i]?.label}`);
    }
    app.press(keys.enter);
    await rate(app, 1);
    app.press('u');
    await app.waitFor('Last rating undone');
    expect(app.text()).toContain('Card 1 ');
    app.press('q');
    await app.waitFor('Session finished');
    app.press('q');
    expect(await app.waitForExit()).toBe(0);
    expect(statsJson(home).reviews).toBe(0);
  });

  it('an unknown topic is one line on stderr, exit 2', () => {
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, [cliPath, 'study', '--topic', 'nope'], {
        env: { ...process.env, FAAS_PREP_HOME: tempHome() },
        encoding: 'utf8',
        stdio: ['pipe', 'pipe', 'pipe'],
      });
    } catch (error) {
      const e = error as { status: number; stderr: string };
      status = e.status;
      stderr = e.stderr;
    }
    expect(status).toBe(2);
    expect(stderr).toMatch(/^faas-prep: study: unknown topic 'nope'; topics: fundamentals, /);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
