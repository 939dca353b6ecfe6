import { describe, expect, it } from 'vitest';
import { isSetAside, setAsideAt } from '../../src/core/memory/card-marks.js';
import { endOfStudyDay } from '../../src/core/memory/day.js';
import { buildStudyQueue } from '../../src/core/memory/queue.js';
import { replayDetailed } from '../../src/core/memory/replay.js';
import { computeStats } from '../../src/core/memory/stats.js';
import { studyQueueFromLog, todayCountsFromLog } from '../../src/core/memory/today.js';
import type { LogEvent } from '../../src/core/store/log.js';
import { bankOf, card, DAY, local, review, undo } from './memory-fixtures.js';

const t0 = local(2026, 11, 2, 9);
let n = 0;
const mark = (type: string, itemId: string, t: number, extra: Record<string, unknown> = {}) =>
  ({ id: `m${++n}`, t, type, itemId, ...extra }) as LogEvent;

const bank = bankOf([card('a'), card('b'), card('c'), card('d')]);
// a and b first seen two days before `now` (in learning, due); c and d new.
const seen = [review('a', 3, t0 - DAY), review('b', 3, t0 - DAY)];
const settings = { newPerDay: 10 };

describe('card marks replayed from the log', () => {
  it('suspend holds until unsuspend; flag toggles; an undo cancels a mark', () => {
    const log = [
      mark('suspend', 'a', t0),
      mark('flag', 'b', t0),
      mark('flag', 'c', t0),
      mark('unflag', 'c', t0 + 1),
    ];
    const flagUndone = mark('flag', 'd', t0 + 2);
    log.push(flagUndone, undo(flagUndone.id, t0 + 3));
    const { marks } = replayDetailed(log, t0 + 10);
    expect(marks.get('a')).toEqual({ suspended: true, flagged: false });
    expect(marks.get('b')).toEqual({ suspended: false, flagged: true });
    expect(marks.has('c')).toBe(false);
    expect(marks.has('d')).toBe(false);
    const later = replayDetailed([...log, mark('unsuspend', 'a', t0 + 5)], t0 + 10).marks;
    expect(later.has('a')).toBe(false);
  });

  it('a buried card is set aside until its study day ends, then comes back', () => {
    const until = endOfStudyDay(t0);
    const { marks } = replayDetailed([mark('bury', 'a', t0, { until })], t0 + 1);
    expect(isSetAside(marks.get('a'), t0 + 1)).toBe(true);
    expect(isSetAside(marks.get('a'), until)).toBe(false);
    expect(setAsideAt(marks, until - 1)).toEqual(new Set(['a']));
  });

  it('ignores malformed marks (no item, a bury without a time)', () => {
    const { marks } = replayDetailed(
      [mark('suspend', '', t0), mark('bury', 'a', t0), { id: 'x', t: t0, type: 'flag' }],
      t0 + 1,
    );
    expect(marks.size).toBe(0);
  });
});

describe('set-aside cards leave the queue and every count', () => {
  const now = t0 + 2 * DAY;
  const counts = (log: LogEvent[]) => todayCountsFromLog(bank, log, now, settings).flashcards;

  it('suspended and buried cards are not queued or counted; flagged ones are', () => {
    const before = counts(seen);
    expect(before).toEqual({ new: 2, learning: 2, due: 0 });
    const log = [
      ...seen,
      mark('suspend', 'a', now - 1),
      mark('bury', 'c', now - 1, { until: endOfStudyDay(now) }),
      mark('flag', 'b', now - 1),
    ];
    expect(counts(log)).toEqual({ new: 1, learning: 1, due: 0 });
    const { queue } = studyQueueFromLog(bank, log, { now, newPerDay: 10 });
    expect(queue.map((e) => e.itemId).sort()).toEqual(['b', 'd']);
    expect(computeStats(bank, log, now, settings).today.flashcards).toEqual(counts(log));
    // The next study day the buried card is back.
    const tomorrow = endOfStudyDay(now) + 1;
    const back = studyQueueFromLog(bank, log, { now: tomorrow, newPerDay: 10 }).queue;
    expect(back.map((e) => e.itemId)).toContain('c');
  });

  it('buildStudyQueue leaves out what it is told to', () => {
    const { memory } = replayDetailed(seen, now);
    const queue = buildStudyQueue(bank, memory, { now, newPerDay: 10, setAside: new Set(['d']) });
    expect(queue.map((e) => e.itemId)).not.toContain('d');
  });
});
