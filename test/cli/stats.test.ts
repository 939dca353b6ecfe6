import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { RoundRecorder } from '../../src/core/mock/record.js';
import { endRound } from '../../src/core/mock/round.js';
import { scoreRound } from '../../src/core/mock/score.js';
import { studyPlan } from '../../src/core/mock/study-plan.js';
import { ProgressStore } from '../../src/core/store/store.js';
import { realBank, shortRound } from '../core/mock-fixtures.js';
import { fakeIo as fakeIoAt } from '../helpers/fake-io.js';

const NOW = new Date(2026, 10, 26, 10).getTime();

const fakeIo = (home: string, overrides: Partial<Io> = {}) =>
  fakeIoAt(home, { now: () => NOW, ...overrides });

/** A store with five flashcard ratings (one undone and redone), two quiz answers and a mock round. */
function seededHome(): string {
  const home = mkdtempSync(join(tmpdir(), 'faas-prep-stats-'));
  let t = NOW - 2 * 86_400_000;
  const store = new ProgressStore({ dir: home, now: () => t });
  const cards = ['fund-faas-definition', 'exec-warm-reuse', 'cs-causes', 'api-http-api-timeout'];
  for (const itemId of cards) {
    store.append({ type: 'review', itemId, rating: 3, source: 'study', ms: 4000 });
    t += 60_000;
  }
  const wrong = store.append({ type: 'review', itemId: 'cs-causes', rating: 1, source: 'study' });
  store.append({ type: 'undo', target: wrong.id });
  t = NOW - 3_600_000;
  store.append({ type: 'review', itemId: 'cs-causes', rating: 3, source: 'study' });
  store.append({ type: 'review', itemId: 'cs-causes', rating: 4, source: 'quiz', correct: true });
  store.append({ type: 'review', itemId: 'nope-gone', rating: 1, source: 'quiz', correct: false });
  return home;
}

const noScreen = vi.fn(async () => 0);

describe('faas-prep stats', () => {
  it('--json has the documented fields, counted from the log', async () => {
    const t = fakeIo(seededHome());
    expect(await main(['stats', '--json'], t.io, noScreen)).toBe(0);
    const json = JSON.parse(t.out());
    expect(json).toMatchObject({
      reviews: 5,
      quizAnswers: 2,
      mockInterviews: 0,
      streakDays: 1, // two days ago and today, not yesterday
      answeredToday: 3,
      interview: null,
      settings: { desiredRetention: 0.9, newPerDay: 20, interviewDate: null },
    });
    // Three cards learned two days ago sit in their 10-minute learning step: due now.
    expect(json.dueToday).toBe(3);
    expect(json.forecast).toHaveLength(7);
    expect(json.forecast[0]).toEqual({ date: '2026-11-26', due: 3 });
    expect(Object.keys(json.topics)).toContain('cold-starts');
    for (const m of Object.values(json.topics) as number[]) {
      expect(m).toBeGreaterThanOrEqual(0);
      expect(m).toBeLessThanOrEqual(1);
    }
    expect(json.topics['cold-starts']).toBeGreaterThan(0);
    expect(json.topics.cost).toBe(0);
    expect(json.trueRetention.desired).toBe(0.9);
    expect(json.leeches).toEqual([]);
    expect(t.err()).toBe('');
  });

  it('an empty store gives zeros, not an error', async () => {
    const t = fakeIo(mkdtempSync(join(tmpdir(), 'faas-prep-stats-')));
    expect(await main(['stats', '--json'], t.io, noScreen)).toBe(0);
    expect(JSON.parse(t.out())).toMatchObject({
      reviews: 0,
      quizAnswers: 0,
      mockInterviews: 0,
      dueToday: 0,
      streakDays: 0,
      trueRetention: { allTime: { passed: 0, failed: 0, rate: null } },
    });
  });

  it('without a terminal and without --json prints a readable report', async () => {
    const t = fakeIo(seededHome());
    expect(await main(['stats'], t.io, noScreen)).toBe(0);
    expect(noScreen).not.toHaveBeenCalled();
    expect(t.out()).toContain('Reviews        5 flashcard ratings · 2 quiz answers');
    expect(t.out()).toMatch(/Mastery by topic/);
    expect(t.out()).toMatch(/ {2}Cold starts +[█▏▎▍▌▋▊▉]+░* +\d+%/);
    expect(t.out()).toContain('No interview date set');
    // Today's counts, the same numbers --json gives.
    const json = fakeIo(seededHome());
    expect(await main(['stats', '--json'], json.io, noScreen)).toBe(0);
    const { today } = JSON.parse(json.out());
    expect(t.out()).toContain(
      `Today          New ${today.total.new} · Learning ${today.total.learning} · Due ${today.total.due} (flashcards ${today.flashcards.new} · ${today.flashcards.learning} · ${today.flashcards.due}; quiz ${today.quiz.new} · ${today.quiz.learning} · ${today.quiz.due})`,
    );
  });

  it('in a terminal opens the Progress screen', async () => {
    const t = fakeIo(seededHome(), { stdinIsTTY: true, stdoutIsTTY: true });
    const open = vi.fn(async () => 0);
    expect(await main(['stats'], t.io, open)).toBe(0);
    expect(open).toHaveBeenCalledWith(expect.objectContaining({ screen: 'progress' }), t.io);
  });

  it('--interview-date saves the date and reports the projection and the plan', async () => {
    const home = seededHome();
    // A reachable goal: the whole bank fits in 14 days at 40 new items a day (at the default 20
    // it no longer does, and the plan says so: see the next test).
    new ProgressStore({ dir: home, now: () => NOW }).updateSettings({ newPerDay: 40 });
    const t = fakeIo(home, { stdinIsTTY: true, stdoutIsTTY: true });
    expect(await main(['stats', '--interview-date', '2026-12-10'], t.io, noScreen)).toBe(0);
    expect(t.out()).toContain('Interview date set to 2026-12-10.');
    expect(t.out()).toMatch(/Interview on Thu 2026-12-10 \(in 14 days\)/);
    expect(t.out()).toMatch(
      /Thu 2026-11-26 {2}\d+ new \(\d+ flashcards?(, \d+ quiz items?)?(, \d+ for mock rounds)?\), \d+ reviews/,
    );
    expect(t.out()).toMatch(/Not seen yet: \d+ flashcards \(faas-prep study\) and \d+ quiz items/);
    const json = fakeIo(home);
    await main(['stats', '--json'], json.io, noScreen);
    const report = JSON.parse(json.out());
    expect(report.settings.interviewDate).toBe('2026-12-10');
    expect(report.interview.daysLeft).toBe(14);
    expect(report.interview.plan).toHaveLength(14);
    expect(report.interview.ready).toBe(true);
    for (const topic of report.interview.topics) {
      expect(topic.withPlan).toBeGreaterThanOrEqual(0.9);
      expect(topic.ifNoStudy).toBeLessThanOrEqual(topic.now + 1e-9);
    }
    const clear = fakeIo(home);
    expect(await main(['stats', '--interview-date', 'none'], clear.io, noScreen)).toBe(0);
    expect(clear.out()).toContain('Interview date cleared.');
    expect(new ProgressStore({ dir: home, now: () => NOW }).settings().interviewDate).toBe('');
  });

  it('says plainly when the plan cannot be reached, what to defer first, and how to raise the limit', async () => {
    const t = fakeIo(seededHome());
    expect(await main(['stats', '--interview-date', '2026-11-27'], t.io, noScreen)).toBe(0);
    // Interview tomorrow: far more unseen items than 20 new a day can introduce.
    const out = t.out();
    expect(out).toMatch(
      /\d{3} new items in 1 day is not reachable at 20 new a day \(flashcards and quiz each\); \d{3} will not be seen by then\./,
    );
    expect(out).toMatch(/Drop or defer first \(least weight in the interview rubric\): \S/);
    expect(out).toMatch(
      /today needs \d{3} new ones \(your limit is 20\): faas-prep study --new \d{3}/,
    );
    expect(out).toContain('not every topic can reach 90% recall in time');
    expect(out).not.toContain('following the plan gets every topic');
    const json = fakeIo(seededHome());
    expect(
      await main(['stats', '--json', '--interview-date', '2026-11-27'], json.io, noScreen),
    ).toBe(0);
    const report = JSON.parse(json.out());
    expect(report.interview.ready).toBe(false);
    expect(report.interview.unreachable.days).toBe(1);
    expect(report.interview.plan[0].newFlashcards).toBeLessThanOrEqual(20);
  });

  it('rejects a malformed or past interview date with one line, exit 2', async () => {
    for (const [value, message] of [
      ['2026-13-01', "must be a date as YYYY-MM-DD (or 'none' to clear it), not '2026-13-01'"],
      ['next week', "not 'next week'"],
      ['2026-11-25', 'is in the past (today is 2026-11-26)'],
      // Once 57 s and 346 MB of plan: now refused before any work.
      ['9999-12-31', 'is more than 2 years ahead (the latest is 2028-11-26)'],
    ]) {
      const t = fakeIo(seededHome());
      expect(await main(['stats', '--interview-date', value!], t.io, noScreen)).toBe(2);
      expect(t.err()).toContain(message);
      expect(t.err().trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('faas-prep study flags', () => {
  it('an unknown topic is a usage error listing the topics', async () => {
    const t = fakeIo(seededHome(), { stdinIsTTY: true, stdoutIsTTY: true });
    expect(await main(['study', '--topic', 'coldstarts'], t.io, noScreen)).toBe(2);
    expect(t.err()).toMatch(/unknown topic 'coldstarts'; topics: fundamentals, .*cold-starts/);
    expect(noScreen).not.toHaveBeenCalled();
  });

  it('--new must be a whole number from 0 to 1000', async () => {
    for (const bad of ['-1', '2.5', '1001', 'many']) {
      const t = fakeIo(seededHome(), { stdinIsTTY: true, stdoutIsTTY: true });
      expect(await main(['study', `--new=${bad}`], t.io, noScreen)).toBe(2);
      expect(t.err()).toContain(`--new must be a whole number from 0 to 1000, not '${bad}'`);
    }
  });

  it('valid flags open the study screen with them; without a terminal it says so', async () => {
    const t = fakeIo(seededHome(), { stdinIsTTY: true, stdoutIsTTY: true });
    const open = vi.fn(async () => 0);
    expect(
      await main(['study', '--topic', 'cold-starts', '--new', '0', '--ahead'], t.io, open),
    ).toBe(0);
    expect(open).toHaveBeenCalledWith(
      {
        screen: 'study',
        args: { topic: 'cold-starts', newCards: 0, ahead: true },
      },
      t.io,
    );
    const plain = fakeIo(seededHome());
    expect(await main(['study'], plain.io, noScreen)).toBe(2);
    expect(plain.err()).toContain('needs an interactive terminal');
  });
});

describe('a mock round ended before any answer', () => {
  it('leaves stats --json with nothing seen and nothing due on a fresh store', async () => {
    const home = mkdtempSync(join(tmpdir(), 'faas-prep-stats-mock-'));
    const store = new ProgressStore({ dir: home, now: () => NOW - 60_000 });
    const r = shortRound(NOW - 120_000);
    const state = endRound(r.state, NOW - 117_000, 'ended-early');
    const report = scoreRound(state);
    new RoundRecorder(store).finish(state, report, studyPlan(report, realBank().items, state.seed));
    const t = fakeIo(home);
    expect(await main(['stats', '--json'], t.io, noScreen)).toBe(0);
    const json = JSON.parse(t.out());
    expect(json.items.seen).toBe(0);
    expect(json.dueToday).toBe(0);
    expect(json.reviews).toBe(0);
    expect(json.mock.completed).toBe(1);
  });
});
