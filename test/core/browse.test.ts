// Browse's core: which states an item is in, the filter, and the last ratings kept per item.
import { describe, expect, it } from 'vitest';
import { lastRatingsOf, matchesFilter, statesOf } from '../../src/core/memory/browse.js';
import { effectiveReviews } from '../../src/core/memory/events.js';
import { replayDetailed } from '../../src/core/memory/replay.js';
import type { LogEvent } from '../../src/core/store/log.js';
import { card, DAY, local, mcq, review, undo } from './memory-fixtures.js';

const t0 = local(2026, 11, 2, 9);
const mark = (type: string, itemId: string, t: number) =>
  ({ id: `${type}-${itemId}-${t}`, t, type, itemId }) as LogEvent;

describe('browse states and filter', () => {
  const log = [
    review('seen', 3, t0 - 30 * DAY),
    review('seen', 3, t0 - 20 * DAY),
    review('seen', 3, t0 - 2 * DAY),
    review('fresh', 1, t0 - 1000),
    mark('suspend', 'fresh', t0 - 500),
    mark('flag', 'never', t0 - 400),
  ];
  const { memory, marks } = replayDetailed(log, t0);

  it('an item is new, learning or review, plus its marks', () => {
    expect(statesOf(memory.get('seen'), marks.get('seen'))).toEqual(['review']);
    expect(statesOf(memory.get('fresh'), marks.get('fresh'))).toEqual(['learning', 'suspended']);
    expect(statesOf(undefined, marks.get('never'))).toEqual(['new', 'flagged']);
  });

  it('a leech is listed under leech', () => {
    const seen = memory.get('seen');
    if (!seen) throw new Error('replay lost the item');
    expect(statesOf({ ...seen, leech: true }, undefined)).toEqual(['review', 'leech']);
  });

  it('text words must all appear, in any case, in the id or any text field', () => {
    const item = card('cold-start-basics', 'cold');
    const f = (text: string) => matchesFilter(item, { text }, undefined, undefined);
    expect(f('')).toBe(true);
    expect(f('FRONT cold-start')).toBe(true);
    expect(f('back of')).toBe(true);
    expect(f('front missing')).toBe(false);
  });

  it('topic, kind and state each narrow the list', () => {
    const a = card('a', 'cold');
    const b = mcq('b', 'cost');
    const pass = (item: typeof a | typeof b, filter: Parameters<typeof matchesFilter>[1]) =>
      matchesFilter(item, filter, memory.get(item.id), marks.get(item.id));
    expect(pass(a, { text: '', topic: 'cold' })).toBe(true);
    expect(pass(b, { text: '', topic: 'cold' })).toBe(false);
    expect(pass(b, { text: '', kind: 'mcq' })).toBe(true);
    expect(pass(a, { text: '', kind: 'mcq' })).toBe(false);
    expect(pass(a, { text: '', state: 'new' })).toBe(true);
    expect(pass(a, { text: '', state: 'suspended' })).toBe(false);
  });

  it('keeps the last five ratings per item, oldest first, without undone ones', () => {
    const reviews = [1, 2, 3, 4, 1, 2].map((r, i) => review('x', r as 1 | 2 | 3 | 4, t0 + i));
    const gone = review('x', 4, t0 + 10);
    const events = [...reviews, gone, undo(gone.id, t0 + 11), review('y', 3, t0)];
    const last = lastRatingsOf(effectiveReviews(events));
    expect(last.get('x')).toEqual([2, 3, 4, 1, 2]);
    expect(last.get('y')).toEqual([3]);
  });
});
