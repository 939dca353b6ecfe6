import { describe, expect, it } from 'vitest';
import {
  addDays,
  type Card,
  daysBetween,
  endOfStudyDay,
  latestInterviewDate,
  localTime,
  parseInterviewDate,
  projectInterview,
  Rating,
  replay,
  scheduler,
  studyDay,
} from '../../src/core/memory/index.js';
import { buildReport } from '../../src/core/memory/report.js';
import { defaultSettings } from '../../src/core/store/settings.js';
import { bankOf, card, DAY, local, mcq, review } from './memory-fixtures.js';

const t0 = local(2026, 11, 26, 9);

describe('how far ahead an interview date may be', () => {
  it('accepts up to the same date two years on, and refuses the day after with the latest date', () => {
    expect(latestInterviewDate('2026-11-26')).toBe('2028-11-26');
    expect(parseInterviewDate('2028-11-26', t0)).toEqual({ ok: true, date: '2028-11-26' });
    const refused = parseInterviewDate('2028-11-27', t0);
    expect(refused).toEqual({
      ok: false,
      error: '2028-11-27 is more than 2 years ahead (the latest is 2028-11-26)',
    });
    expect(parseInterviewDate('9999-12-31', t0).ok).toBe(false);
  });

  it('29 February has no twin two years on: the latest is 28 February', () => {
    expect(latestInterviewDate('2028-02-29')).toBe('2030-02-28');
  });

  it('a stored date too far ahead (an old settings file) is reported, not projected', () => {
    const bank = bankOf([card('a1')]);
    const settings = { ...defaultSettings(t0), interviewDate: '9999-12-31' };
    const report = buildReport(bank, [], settings, t0);
    expect(report.interview).toBeNull();
    expect(report.interviewTooFar).toBe(true);
    expect(report.interviewPassed).toBe(false);
  });
});

/** The plan's review counts as a plain day-by-day walk over every card (the slow reference). */
function naiveReviews(cards: Map<string, Card>, now: number, days: number): number[] {
  const fsrs = scheduler(0.9);
  const today = studyDay(now);
  const out: number[] = [];
  for (let i = 0; i < days; i++) {
    const t = i === 0 ? now : localTime(addDays(today, i), 12);
    const end = endOfStudyDay(t);
    let reviews = 0;
    for (const [id, card] of cards) {
      let c = card;
      for (let step = 0; step < 4 && c.due.getTime() < end; step++) {
        c = fsrs.next(c, new Date(Math.max(t, c.due.getTime())), Rating.Good).card;
        reviews++;
      }
      cards.set(id, c);
    }
    out.push(reviews);
  }
  return out;
}

describe('the plan only touches the cards due each day', () => {
  it('gives the same daily reviews as walking every card every day', () => {
    const ids = ['a1', 'a2', 'a3', 'a4', 'a5', 'q1'];
    const bank = bankOf([...ids.slice(0, 5).map((id) => card(id)), mcq('q1')]);
    // Every item seen, on different days with different ratings, so due dates spread out.
    const events = ids.flatMap((id, k) => [
      review(id, 3, t0 - (k + 1) * DAY),
      review(id, ((k % 3) + 2) as 2 | 3 | 4, t0 - (k + 1) * DAY + 600_000),
    ]);
    const memory = replay(events, t0);
    const date = '2027-03-01';
    const p = projectInterview(bank, memory, t0, date, 0.9);
    const days = daysBetween(studyDay(t0), date);
    const cards = new Map([...memory].map(([id, m]) => [id, m.card]));
    const expected = naiveReviews(cards, t0, days);
    // The last day adds the top-up reviews ahead; every other day must match exactly.
    expect(p.plan.slice(0, -1).map((d) => d.reviews)).toEqual(expected.slice(0, -1));
    expect(p.plan.at(-1)!.reviews).toBeGreaterThanOrEqual(expected.at(-1)!);
  });
});

describe('the plan and suspended cards', () => {
  it('leaves a suspended card out of the plan, and takes it back once unsuspended', () => {
    const bank = bankOf([card('c1'), card('c2'), card('c3')]);
    const settings = { ...defaultSettings(t0), interviewDate: '2026-12-10' };
    const suspend = { id: 's1', t: t0 - 1000, type: 'suspend', itemId: 'c2' };
    const planned = buildReport(bank, [suspend], settings, t0).interview;
    expect(planned?.unseen.flashcards).toBe(2);
    const unsuspend = { id: 's2', t: t0 - 500, type: 'unsuspend', itemId: 'c2' };
    const back = buildReport(bank, [suspend, unsuspend], settings, t0).interview;
    expect(back?.unseen.flashcards).toBe(3);
  });
});
