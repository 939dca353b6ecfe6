// Browse's reducer: filtering keeps the cursor on its item, the text field takes any character,
// card actions are accepted once and toggle, and a failed write leaves the marks as they were.
import { describe, expect, it } from 'vitest';
import type { BrowseFilter } from '../../src/core/memory/browse.js';
import type { CardMarks } from '../../src/core/memory/card-marks.js';
import type { LogEvent } from '../../src/core/store/log.js';
import {
  type BrowseEvent,
  type BrowseState,
  currentId,
  cycle,
  reduceBrowse,
  type Select,
  startBrowse,
} from '../../src/ui/screens/browse/state.js';

const items = [
  { id: 'alpha-one', topic: 'alpha' },
  { id: 'alpha-two', topic: 'alpha' },
  { id: 'beta-one', topic: 'beta' },
  { id: 'beta-quota', topic: 'beta' },
];
// A stand-in for the bank's filter: text in the id, topic, and "suspended" from the marks.
const select: Select = (f: BrowseFilter, marks: ReadonlyMap<string, CardMarks>) =>
  items
    .filter((i) => i.id.includes(f.text) && (!f.topic || i.topic === f.topic))
    .filter((i) => f.state !== 'suspended' || marks.get(i.id)?.suspended)
    .map((i) => i.id);
const reduce = reduceBrowse(select);
const run = (events: BrowseEvent[], from = startBrowse(new Map(), select)) =>
  events.reduce<BrowseState>(reduce, from);
const logged = (type: string, itemId: string): LogEvent => ({
  id: `e-${type}`,
  t: 1,
  type,
  itemId,
});

describe('browse reducer', () => {
  it('starts on every item; ↑↓ stay inside the list', () => {
    const s = run([{ type: 'move', by: -1 }]);
    expect(s.shown).toHaveLength(4);
    expect(s.cursor).toBe(0);
    expect(run([{ type: 'move', by: 10 }]).cursor).toBe(3);
  });

  it('typing filters at once; q and digits are text; Backspace erases', () => {
    const s = run([
      { type: 'search' },
      ...[...'q'].map((text) => ({ type: 'type' as const, text })),
    ]);
    expect(s.mode).toBe('search');
    expect(s.filter.text).toBe('q');
    expect(s.shown).toEqual(['beta-quota']);
    const back = reduce(s, { type: 'erase' });
    expect(back.filter.text).toBe('');
    expect(back.shown).toHaveLength(4);
  });

  it('text is only taken in the field, and control characters are dropped', () => {
    expect(run([{ type: 'type', text: 'x' }]).filter.text).toBe('');
    expect(run([{ type: 'search' }, { type: 'type', text: 'one\r\x1b' }]).filter.text).toBe('one');
  });

  it('the cursor stays on its item while the list narrows', () => {
    const s = run([
      { type: 'move', by: 2 },
      { type: 'cycle', field: 'topic', options: ['alpha', 'beta'] },
    ]);
    expect(s.filter.topic).toBe('alpha');
    expect(s.shown).toEqual(['alpha-one', 'alpha-two']);
    const beta = run([
      { type: 'move', by: 3 },
      { type: 'cycle', field: 'topic', options: ['beta'] },
    ]);
    expect(currentId(beta)).toBe('beta-quota');
  });

  it('cycling goes through the options and then off', () => {
    expect(cycle(['a', 'b'], undefined)).toBe('a');
    expect(cycle(['a', 'b'], 'a')).toBe('b');
    expect(cycle(['a', 'b'], 'b')).toBeUndefined();
  });

  it('c clears every filter', () => {
    const s = run([{ type: 'cycle', field: 'topic', options: ['beta'] }, { type: 'clear' }]);
    expect(s.filter).toEqual({ text: '' });
    expect(s.shown).toHaveLength(4);
  });

  it('Enter opens the details, Esc (close) comes back to the list', () => {
    const open = run([{ type: 'move', by: 1 }, { type: 'open' }]);
    expect(open.mode).toBe('details');
    expect(currentId(open)).toBe('alpha-two');
    expect(reduce(open, { type: 'move', by: 1 })).toBe(open);
    expect(reduce(open, { type: 'close' }).mode).toBe('list');
  });

  it('suspend is accepted once, then shows in the marks; a second ! unsuspends', () => {
    const asked = run([{ type: 'mark', action: 'suspend', now: 0 }]);
    expect(asked.saving).toEqual({ itemId: 'alpha-one', mark: 'suspend' });
    expect(reduce(asked, { type: 'mark', action: 'flag', now: 0 })).toBe(asked);
    const done = reduce(asked, { type: 'marked', event: logged('suspend', 'alpha-one') });
    expect(done.marks.get('alpha-one')?.suspended).toBe(true);
    expect(done.note).toMatch(/Suspended/);
    expect(reduce(done, { type: 'mark', action: 'suspend', now: 0 }).saving?.mark).toBe(
      'unsuspend',
    );
  });

  it('the state filter sees a new suspension', () => {
    const asked = run([
      { type: 'move', by: 2 },
      { type: 'mark', action: 'suspend', now: 0 },
    ]);
    const done = reduce(asked, { type: 'marked', event: logged('suspend', 'beta-one') });
    const s = reduce(done, { type: 'cycle', field: 'state', options: ['suspended'] });
    expect(s.shown).toEqual(['beta-one']);
  });

  it('bury toggles by its time; flag toggles', () => {
    const buried = run([{ type: 'mark', action: 'bury', now: 0 }]);
    const until = { ...logged('bury', 'alpha-one'), until: 100 };
    const after = reduce(buried, { type: 'marked', event: until });
    expect(reduce(after, { type: 'mark', action: 'bury', now: 50 }).saving?.mark).toBe('unbury');
    expect(reduce(after, { type: 'mark', action: 'bury', now: 150 }).saving?.mark).toBe('bury');
    const flagged = reduce(run([{ type: 'mark', action: 'flag', now: 0 }]), {
      type: 'marked',
      event: logged('flag', 'alpha-one'),
    });
    expect(reduce(flagged, { type: 'mark', action: 'flag', now: 0 }).saving?.mark).toBe('unflag');
  });

  it('a failed write says so and changes no mark', () => {
    const asked = run([{ type: 'mark', action: 'suspend', now: 0 }]);
    const failed = reduce(asked, { type: 'failed', message: 'Not saved: disk full' });
    expect(failed.saving).toBeUndefined();
    expect(failed.marks.size).toBe(0);
    expect(failed.note).toBe('Not saved: disk full');
  });

  it('no card action while typing a search', () => {
    const s = run([{ type: 'search' }]);
    expect(reduce(s, { type: 'mark', action: 'suspend', now: 0 })).toBe(s);
  });
});
