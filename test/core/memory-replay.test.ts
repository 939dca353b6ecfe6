import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyReview,
  LEECH_LAPSES,
  previewRatings,
  recentItemIds,
  replay,
  replayDetailed,
  State,
} from '../../src/core/memory/index.js';
import type { LogEvent } from '../../src/core/store/log.js';
import { ProgressStore } from '../../src/core/store/store.js';
import { DAY, HOUR, local, review, undo } from './memory-fixtures.js';

const t0 = local(2026, 11, 26, 9);

function history(): LogEvent[] {
  return [
    review('a', 3, t0),
    review('b', 1, t0 + 60_000),
    review('a', 3, t0 + 10 * 60_000),
    review('b', 3, t0 + 2 * 60_000),
    review('b', 4, t0 + 12 * 60_000),
    review('a', 2, t0 + 3 * DAY),
  ];
}

describe('replay', () => {
  it('gives the same states every time (no fuzz), and as many reviews as the log holds', () => {
    const now = t0 + 4 * DAY;
    const first = replay(history(), now);
    const second = replay(structuredClone(history()), now);
    expect([...first.keys()].sort()).toEqual(['a', 'b']);
    for (const id of ['a', 'b']) {
      expect(second.get(id)?.card).toEqual(first.get(id)?.card);
    }
    expect(first.get('a')?.reps).toBe(3);
    expect(first.get('a')?.lastRating).toBe(2);
    expect(first.get('a')?.card.state).toBe(State.Review);
    expect(first.get('a')?.firstReview).toBe(t0);
    expect(first.get('a')?.lastReview).toBe(t0 + 3 * DAY);
  });

  it('Good on a new card is a 10-minute learning step; Good again graduates it', () => {
    const m1 = replay([review('a', 3, t0)], t0);
    expect(m1.get('a')?.card.state).toBe(State.Learning);
    expect(m1.get('a')?.card.due.getTime()).toBe(t0 + 10 * 60_000);
    const m2 = replay([review('a', 3, t0), review('a', 3, t0 + 10 * 60_000)], t0 + HOUR);
    expect(m2.get('a')?.card.state).toBe(State.Review);
    expect(m2.get('a')?.card.due.getTime()).toBeGreaterThan(t0 + DAY);
  });

  it('an undone review is as if it never happened', () => {
    const base = [review('a', 3, t0), review('a', 3, t0 + 10 * 60_000)];
    const wrong = review('a', 1, t0 + 2 * DAY);
    const withUndo = [...base, wrong, undo(wrong.id, t0 + 2 * DAY + 1000)];
    const now = t0 + 3 * DAY;
    expect(replay(withUndo, now).get('a')).toEqual(replay(base, now).get('a'));
    // Undoing a card's only review leaves it new (no state at all).
    const only = review('c', 3, t0);
    expect(replay([only, undo(only.id, t0 + 1)], now).has('c')).toBe(false);
  });

  it('ignores malformed events and reviews stamped after now', () => {
    const events: LogEvent[] = [
      review('a', 3, t0),
      { id: 'x1', t: t0, type: 'review', itemId: 'a', rating: 7 },
      { id: 'x2', t: t0, type: 'review', rating: 3 },
      { id: 'x3', t: t0, type: 'mock', score: 3 },
      review('a', 1, t0 + DAY),
    ];
    const m = replay(events, t0 + HOUR);
    expect(m.get('a')?.reps).toBe(1);
    expect(m.get('a')?.lastRating).toBe(3);
  });

  it('a clock that went backwards does not break the replay', () => {
    const m = replay([review('a', 3, t0), review('a', 3, t0 - HOUR)], t0 + HOUR);
    expect(m.get('a')?.reps).toBe(2);
    expect(m.get('a')?.lastReview).toBe(t0);
  });

  it('progress is keyed by id: the replay never looks at the wording', () => {
    const events = [review('a', 3, t0, { answer: 'old wording' }), review('a', 3, t0 + 600_000)];
    const reworded = events.map((e) => ({ ...e, answer: 'new wording' }));
    expect(replay(reworded, t0 + DAY).get('a')?.card).toEqual(
      replay(events, t0 + DAY).get('a')?.card,
    );
  });

  it('flags a leech at 8 lapses, not before', () => {
    const events: LogEvent[] = [review('a', 3, t0), review('a', 3, t0 + 600_000)];
    let t = t0 + 3 * DAY;
    for (let lapse = 1; lapse <= LEECH_LAPSES; lapse++) {
      events.push(review('a', 1, t)); // forgotten: relearning
      events.push(review('a', 3, t + 600_000)); // relearned: back in Review
      const m = replay(events, t + HOUR).get('a');
      expect(m?.lapses).toBe(lapse);
      expect(m?.leech).toBe(lapse >= LEECH_LAPSES);
      t += 3 * DAY;
    }
  });

  it('records the state before each review (true retention needs it)', () => {
    const { applied } = replayDetailed(history(), t0 + 4 * DAY);
    expect(applied.map((a) => a.stateBefore)).toEqual([
      State.New,
      State.New,
      State.Learning,
      State.Learning,
      State.Learning,
      State.Review,
    ]);
  });
});

describe('reviews ahead (study --ahead) do not spoil the schedule', () => {
  const learned = [review('a', 3, t0), review('a', 3, t0 + 600_000)];
  const now = t0 + DAY; // due two days after graduating: not due yet
  const before = replay(learned, now).get('a');

  it('Good, Hard or Easy ahead keep the due date; the memory state still updates', () => {
    expect(before?.card.due.getTime()).toBeGreaterThan(now + DAY);
    for (const rating of [2, 3, 4] as const) {
      const after = replay([...learned, review('a', rating, now, { ahead: true })], now).get('a');
      expect(after?.card.due).toEqual(before?.card.due);
      expect(after?.lastReview).toBe(now);
      expect(after?.reps).toBe(3);
      // The same answer not ahead would have pushed the card further out.
      const normal = replay([...learned, review('a', rating, now)], now).get('a');
      if (rating >= 3)
        expect(normal?.card.due.getTime()).toBeGreaterThan(before!.card.due.getTime());
    }
  });

  it('Again ahead lowers the interval: the card lapses and relearns', () => {
    const after = replay([...learned, review('a', 1, now, { ahead: true })], now).get('a');
    expect(after?.card.state).toBe(State.Relearning);
    expect(after?.lapses).toBe(1);
    expect(after?.card.due.getTime()).toBeLessThan(before!.card.due.getTime());
  });

  it('the rating row previews exactly what rating ahead will do', () => {
    const previews = previewRatings(before, now, { ahead: true });
    for (const p of previews) {
      const applied = applyReview(before, review('a', p.rating, now, { ahead: true }) as never);
      expect(p.dueAt).toBe(applied.memory.card.due.getTime());
    }
    expect(previews.map((p) => p.interval)).toEqual(['10m', '1d', '1d', '1d']);
  });
});

describe('interval previews', () => {
  it('show the four outcomes of a new card as Anki writes them', () => {
    const p = previewRatings(undefined, t0);
    expect(p.map((x) => `${x.label} ${x.interval}`)).toEqual([
      'Again 1m',
      'Hard 6m',
      'Good 10m',
      'Easy 8d',
    ]);
  });

  it('match what the rating then does', () => {
    const m = replay(history(), t0 + 4 * DAY).get('b');
    const now = t0 + 9 * DAY;
    for (const p of previewRatings(m, now)) {
      const next = applyReview(m, review('b', p.rating, now) as never).memory;
      expect(next.card.due.getTime()).toBe(p.dueAt);
    }
  });
});

describe('the log on disk', () => {
  it('a torn last line (crash mid-write) is skipped, never fatal, and replay is unchanged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'faas-prep-memory-'));
    let t = t0;
    const store = new ProgressStore({ dir, now: () => t });
    for (const [itemId, rating] of [
      ['a', 3],
      ['b', 1],
      ['a', 3],
    ] as const) {
      store.append({ type: 'review', itemId, rating, source: 'study' });
      t += 10 * 60_000;
    }
    const intact = replay(store.events(), t);
    appendFileSync(store.logFile, '{"id":"torn","t":1,"type":"review","itemId":"a","rat');
    const reopened = new ProgressStore({ dir, now: () => t });
    expect(reopened.notices.join(' ')).toMatch(/1 unreadable line/);
    const after = replay(reopened.events(), t);
    expect(after).toEqual(intact);
    // The next answer is appended on a fresh line and counts.
    reopened.append({ type: 'review', itemId: 'b', rating: 3, source: 'study' });
    expect(replay(reopened.events(), t).get('b')?.reps).toBe(2);
  });
});

describe('recentItemIds', () => {
  it('lists items answered since a moment, most recent first, without undone ones', () => {
    const late = review('c', 3, t0 + 3 * HOUR);
    const events = [
      review('a', 3, t0),
      review('b', 3, t0 + HOUR),
      review('a', 3, t0 + 2 * HOUR),
      late,
      undo(late.id, t0 + 3 * HOUR + 1),
    ];
    expect([...recentItemIds(events, t0 + 30 * 60_000)]).toEqual(['a', 'b']);
    expect([...recentItemIds(events, t0)]).toEqual(['a', 'b']);
  });
});
