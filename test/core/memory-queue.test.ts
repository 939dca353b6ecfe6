import { describe, expect, it } from 'vitest';
import {
  buildStudyQueue,
  cardsLeft,
  dueItems,
  endOfStudyDay,
  introducedToday,
  isDue,
  nextEntry,
  type QueueEntry,
  rated,
  replay,
  startSession,
  studyDay,
  summarize,
  undone,
} from '../../src/core/memory/index.js';
import type { LogEvent } from '../../src/core/store/log.js';
import { bankOf, card, DAY, HOUR, local, mcq, review } from './memory-fixtures.js';

const t0 = local(2026, 11, 26, 9);
const ids = (q: QueueEntry[]) => q.map((e) => `${e.reason}:${e.itemId}`);

/** Learns `id` at `t` (Good, then Good after the 10-minute step). */
const learn = (id: string, t: number) => [review(id, 3, t), review(id, 3, t + 600_000)];

describe('study day', () => {
  it('rolls over at 04:00 local time, not at midnight', () => {
    expect(studyDay(local(2026, 11, 27, 3, 59))).toBe('2026-11-26');
    expect(studyDay(local(2026, 11, 27, 4, 0))).toBe('2026-11-27');
    expect(endOfStudyDay(local(2026, 11, 26, 23))).toBe(local(2026, 11, 27, 4));
  });
});

describe('the study queue', () => {
  const bank = bankOf([
    card('a1', 'alpha', 2),
    card('a2', 'alpha', 1),
    card('a3', 'alpha', 1),
    card('b1', 'beta', 1),
    card('b2', 'beta', 3),
    mcq('q1', 'alpha'),
  ]);

  it('shows due cards first, least likely recalled first, then new cards up to the limit', () => {
    // a1 learned 10 days ago, b1 learned 5 days ago: both overdue, a1 more so.
    const events = [...learn('b1', t0 - 5 * DAY), ...learn('a1', t0 - 10 * DAY)];
    const memory = replay(events, t0);
    const q = buildStudyQueue(bank, memory, { now: t0, newPerDay: 2 });
    expect(ids(q)).toEqual(['due:a1', 'due:b1', 'new:a2', 'new:b2']);
  });

  it('introduces new cards easier first with the topics interleaved, never quiz items', () => {
    const q = buildStudyQueue(bank, new Map(), { now: t0, newPerDay: 20 });
    expect(ids(q)).toEqual(['new:a2', 'new:b1', 'new:a3', 'new:b2', 'new:a1']);
  });

  it('counts new cards introduced earlier today against the daily limit', () => {
    const events = [review('a2', 3, t0 - HOUR), review('q1', 3, t0 - HOUR)];
    const memory = replay(events, t0);
    expect(introducedToday(bank, memory, t0)).toBe(1); // the quiz item does not count
    const q = buildStudyQueue(bank, memory, { now: t0, newPerDay: 2 });
    expect(ids(q).filter((x) => x.startsWith('new'))).toEqual(['new:a3']);
  });

  it('a new day (after 04:00) gives a fresh new-card budget', () => {
    const evening = local(2026, 11, 26, 23);
    const events = [review('a2', 4, evening), review('b1', 4, evening)];
    const lateNight = local(2026, 11, 27, 3);
    const memory = replay(events, lateNight);
    expect(buildStudyQueue(bank, memory, { now: lateNight, newPerDay: 2 })).toEqual([]);
    const morning = local(2026, 11, 27, 5);
    const q = buildStudyQueue(bank, replay(events, morning), { now: morning, newPerDay: 2 });
    expect(ids(q)).toEqual(['new:a3', 'new:b2']);
  });

  it('--new N gives N new cards in this session whatever was introduced today', () => {
    const memory = replay([review('a2', 4, t0 - HOUR), review('b1', 4, t0 - HOUR)], t0);
    expect(buildStudyQueue(bank, memory, { now: t0, newPerDay: 2 })).toEqual([]);
    const q = buildStudyQueue(bank, memory, { now: t0, newPerDay: 2, newOverride: 1 });
    expect(ids(q)).toEqual(['new:a3']);
    expect(buildStudyQueue(bank, new Map(), { now: t0, newPerDay: 20, newOverride: 0 })).toEqual(
      [],
    );
  });

  it('--topic keeps one topic', () => {
    const q = buildStudyQueue(bank, new Map(), { now: t0, newPerDay: 20, topic: 'beta' });
    expect(ids(q)).toEqual(['new:b1', 'new:b2']);
  });

  it('a review card is due for its whole day; a learning card only at its minute', () => {
    const memory = replay([...learn('a1', t0 - 2 * DAY), review('b1', 3, t0)], t0);
    const a1 = memory.get('a1')!;
    // Graduated 2 days ago with a 2-day interval: due at 09:10 today.
    expect(isDue(a1, local(2026, 11, 26, 8))).toBe(true);
    expect(isDue(a1, local(2026, 11, 25, 20))).toBe(false);
    const b1 = memory.get('b1')!; // in its 10-minute learning step
    expect(isDue(b1, t0 + 5 * 60_000)).toBe(false);
    expect(isDue(b1, t0 + 10 * 60_000)).toBe(true);
  });

  it('--ahead adds cards not yet due, least likely recalled first, after due and new', () => {
    const events = [...learn('a1', t0 - DAY), ...learn('b1', t0 - 3 * HOUR)];
    const memory = replay(events, t0);
    const plain = buildStudyQueue(bank, memory, { now: t0, newPerDay: 0 });
    expect(plain).toEqual([]);
    // b1 was introduced today: a limit of 2 leaves one new card.
    const ahead = buildStudyQueue(bank, memory, { now: t0, newPerDay: 2, ahead: true });
    expect(ids(ahead)).toEqual(['new:a2', 'ahead:a1', 'ahead:b1']);
  });

  it('dueItems counts every kind that has state (the quiz schedules its own)', () => {
    const events = [...learn('a1', t0 - 5 * DAY), ...learn('q1', t0 - 5 * DAY)];
    const memory = replay(events, t0);
    expect(dueItems(bank, memory, t0).sort()).toEqual(['a1', 'q1']);
    expect(dueItems(bank, memory, t0, ['mcq'])).toEqual(['q1']);
  });
});

describe('a study session', () => {
  const bank = bankOf([card('a'), card('b'), card('c')]);

  it('rates through the queue, brings a forgotten card back, and ends', () => {
    const events: LogEvent[] = [];
    let now = t0;
    let session = startSession(buildStudyQueue(bank, new Map(), { now, newPerDay: 2 }), now);
    const rate = (rating: 1 | 2 | 3 | 4) => {
      const entry = nextEntry(session, replay(events, now), now);
      if (!entry) throw new Error('no card');
      const e = review(entry.itemId, rating, now);
      events.push(e);
      session = rated(session, { entry, eventId: e.id, rating, at: now });
      now += 30_000;
      return entry.itemId;
    };
    const left = () =>
      cardsLeft(session, replay(events, now), now, nextEntry(session, replay(events, now), now));
    expect(left()).toBe(1);
    expect(rate(1)).toBe('a'); // Again: back in a minute
    expect(left()).toBe(1); // showing b; a comes back after it
    expect(rate(3)).toBe('b'); // Good: back in 10 minutes
    expect(left()).toBe(1); // showing a again; b comes back too
    // Planned cards are done; the learning ones come back, the soonest first.
    expect(nextEntry(session, replay(events, now), now)?.reason).toBe('learning');
    expect(rate(3)).toBe('a');
    expect(rate(3)).toBe('b'); // graduates
    expect(left()).toBe(0);
    expect(rate(3)).toBe('a'); // graduates
    expect(nextEntry(session, replay(events, now), now)).toBeUndefined();
    const s = summarize(session, now);
    expect(s).toMatchObject({
      cards: 2,
      reviews: 5,
      byRating: [1, 0, 4, 0],
      again: 1,
      againRate: 0.2,
      durationMs: 150_000,
    });
  });

  it('undo takes back the last rating and shows that card again first', () => {
    const queue = buildStudyQueue(bank, new Map(), { now: t0, newPerDay: 3 });
    let session = startSession(queue, t0);
    const first = nextEntry(session, new Map(), t0)!;
    session = rated(session, { entry: first, eventId: 'e1', rating: 3, at: t0 });
    expect(nextEntry(session, new Map(), t0)?.itemId).toBe('b');
    const back = undone(session);
    expect(back.undone?.eventId).toBe('e1');
    expect(nextEntry(back.session, new Map(), t0)?.itemId).toBe('a');
    expect(back.session.ratings).toEqual([]);
    expect(undone(back.session).undone).toBeUndefined();
  });
});
