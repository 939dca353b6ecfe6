import { describe, expect, it } from 'vitest';
import {
  computeStats,
  forecast,
  interviewMoment,
  projectInterview,
  replay,
  replayDetailed,
  streak,
  topicMastery,
  trueRetention,
} from '../../src/core/memory/index.js';
import type { LogEvent } from '../../src/core/store/log.js';
import { bankOf, card, DAY, HOUR, local, mcq, review, undo } from './memory-fixtures.js';

const t0 = local(2026, 11, 26, 9);
const learn = (id: string, t: number, extra: Record<string, unknown> = {}) => [
  review(id, 3, t, extra),
  review(id, 3, t + 600_000, extra),
];

describe('streak', () => {
  it('counts consecutive study days ending today', () => {
    const times = [t0, t0 - DAY, t0 - 2 * DAY, t0 - 4 * DAY];
    expect(streak(times, t0)).toBe(3);
  });

  it('still counts when today has no review yet (it ends yesterday), and is 0 after a gap', () => {
    expect(streak([t0 - DAY, t0 - 2 * DAY], t0)).toBe(2);
    expect(streak([t0 - 2 * DAY], t0)).toBe(0);
    expect(streak([], t0)).toBe(0);
  });

  it('a review at 01:00 belongs to the day before (the day starts at 04:00)', () => {
    const now = local(2026, 11, 27, 10);
    expect(streak([local(2026, 11, 27, 1), local(2026, 11, 25, 20)], now)).toBe(2);
  });
});

describe('true retention', () => {
  it("is Anki's: the first review of each card each day, in Review state, Again fails", () => {
    const events: LogEvent[] = [
      ...learn('a', t0 - 10 * DAY), // learning reviews: not counted
      ...learn('b', t0 - 10 * DAY),
      ...learn('c', t0 - 10 * DAY),
      review('a', 3, t0), // pass
      review('a', 1, t0 + HOUR), // same card, same day: not counted
      review('b', 1, t0), // fail
      review('b', 3, t0 + 600_000), // relearning step: not counted
      review('c', 4, t0 + HOUR), // pass
    ];
    const { applied } = replayDetailed(events, t0 + DAY);
    expect(trueRetention(applied)).toEqual({
      passed: 2,
      failed: 1,
      rate: 2 / 3,
      byButton: { again: 1, hard: 0, good: 1, easy: 1 },
    });
    expect(trueRetention(applied, '2026-11-27')).toMatchObject({
      passed: 0,
      failed: 0,
      rate: null,
    });
  });
});

describe('forecast', () => {
  it('counts due cards per day for 7 days, today including the overdue', () => {
    const events = [
      ...learn('a', t0 - 10 * DAY), // overdue
      ...learn('b', t0 - DAY), // due tomorrow (2-day interval)
      ...learn('c', t0), // due in 2 days
    ];
    const memory = replay(events, t0 + HOUR);
    const f = forecast(memory.values(), t0 + HOUR);
    expect(f.map((d) => d.date)).toEqual([
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
    ]);
    expect(f.map((d) => d.due)).toEqual([1, 1, 1, 0, 0, 0, 0]);
  });
});

describe('topic mastery', () => {
  const bank = bankOf([card('a1'), card('a2'), mcq('q1'), card('b1', 'beta')], {
    empty: 'No items',
  });

  it('is the mean recall of all the topic items, unseen ones counting 0', () => {
    const memory = replay(learn('a1', t0), t0 + HOUR);
    const m = topicMastery(bank, memory, t0 + HOUR);
    expect([...m.keys()]).toEqual(['alpha', 'beta']); // no items: left out
    // a1 was just learned (recall ~1), a2 and q1 unseen.
    expect(m.get('alpha')).toBeCloseTo(1 / 3, 2);
    expect(m.get('beta')).toBe(0);
    // Recall fades with time.
    const later = topicMastery(bank, memory, t0 + 30 * DAY).get('alpha') ?? 0;
    expect(later).toBeLessThan(1 / 3);
    expect(later).toBeGreaterThan(0);
  });
});

describe('computeStats', () => {
  const bank = bankOf([card('a'), card('b'), mcq('q1'), mcq('q2', 'beta')]);

  it('totals flashcard reviews, quiz answers and mock interviews, without undone ones', () => {
    const wrong = review('b', 1, t0 + 2000);
    const events: LogEvent[] = [
      review('a', 3, t0),
      review('b', 3, t0 + 1000),
      wrong,
      undo(wrong.id, t0 + 3000),
      review('q1', 3, t0 + 4000, { source: 'quiz', correct: true, score: 1 }),
      review('a', 3, t0 + 5000, { source: 'mock' }),
      review('gone', 3, t0 + 6000), // removed from content: still a flashcard review
      { id: 'm1', t: t0 + 7000, type: 'mock', score: 0.7 },
    ];
    const s = computeStats(bank, events, t0 + HOUR);
    expect(s.reviews).toBe(4);
    expect(s.quizAnswers).toBe(1);
    expect(s.mockInterviews).toBe(1);
    expect(s.answeredToday).toBe(5);
    expect(s.streakDays).toBe(1);
    expect(s.items).toEqual({ total: 4, seen: 3, flashcardsNewToday: 2 });
    // b and q1 are in their 10-minute learning step; a graduated (mock review) and is due later.
    expect(s.dueToday).toBe(2);
    expect([...s.topics.keys()]).toEqual(['alpha', 'beta']);
  });

  it('lists leeches, most lapses first', () => {
    const events: LogEvent[] = [...learn('a', t0 - 100 * DAY)];
    let t = t0 - 90 * DAY;
    for (let i = 0; i < 8; i++) {
      events.push(review('a', 1, t), review('a', 3, t + 600_000));
      t += 5 * DAY;
    }
    const s = computeStats(bank, events, t0);
    expect(s.leeches).toEqual([{ itemId: 'a', topic: 'alpha', lapses: 8 }]);
  });
});

describe('the interview projection and plan', () => {
  const bank = bankOf([
    card('a1'),
    card('a2'),
    card('a3'),
    mcq('q1'),
    card('b1', 'beta'),
    card('b2', 'beta'),
  ]);
  const desired = 0.9;

  it('projects fading recall with no more study, and a plan that reaches the target', () => {
    const events = [...learn('a1', t0 - DAY), ...learn('b1', t0 - DAY)];
    const memory = replay(events, t0);
    const p = projectInterview(bank, memory, t0, '2026-12-06', desired);
    expect(p.daysLeft).toBe(10);
    expect(p.at).toBe(interviewMoment('2026-12-06'));
    expect(p.plan).toHaveLength(10);
    expect(p.plan[0]?.date).toBe('2026-11-26');
    expect(p.plan.at(-1)?.date).toBe('2026-12-05');
    // Four unseen items spread over ten days: one a day on the first four.
    expect(p.plan.map((d) => d.newItems)).toEqual([1, 1, 1, 1, 0, 0, 0, 0, 0, 0]);
    expect(p.unseen).toEqual({ flashcards: 3, other: 1 });
    const alpha = p.topics.find((t) => t.topic === 'alpha')!;
    expect(alpha.ifNoStudy).toBeLessThan(alpha.now);
    expect(alpha.ifNoStudy).toBeLessThan(0.25); // 1 of 4 items seen, fading
    for (const t of p.topics) expect(t.withPlan).toBeGreaterThanOrEqual(desired);
    expect(p.ready).toBe(true);
    // Reviews happen on the days cards come due, not every day.
    const reviews = p.plan.map((d) => d.reviews);
    expect(reviews.some((r) => r === 0)).toBe(true);
    expect(reviews.reduce((a, b) => a + b, 0)).toBeGreaterThan(8);
  });

  it('an interview tomorrow puts every unseen item on today', () => {
    const p = projectInterview(bank, new Map(), t0, '2026-11-27', desired);
    expect(p.daysLeft).toBe(1);
    expect(p.plan).toEqual([
      { date: '2026-11-26', newItems: 6, newFlashcards: 5, newQuizItems: 1, reviews: 6 },
    ]);
    expect(p.ready).toBe(true);
  });

  it('an interview today still gets a plan for today; nothing projected for what was never seen', () => {
    const p = projectInterview(bank, new Map(), local(2026, 11, 26, 7), '2026-11-26', desired);
    expect(p.daysLeft).toBe(0);
    expect(p.plan).toHaveLength(1);
    for (const t of p.topics) expect(t.ifNoStudy).toBe(0);
  });

  it('with everything well learned and nothing due, the plan is a last-day top-up at most', () => {
    const events = bank.items.flatMap((i) => learn(i.id, t0 - 2 * HOUR));
    const memory = replay(events, t0);
    const p = projectInterview(bank, memory, t0, '2026-11-28', desired);
    expect(p.plan.map((d) => d.newItems)).toEqual([0, 0]);
    expect(p.ready).toBe(true);
    for (const t of p.topics) expect(t.withPlan).toBeGreaterThanOrEqual(t.ifNoStudy);
  });
});
