// content:check --stale: volatile facts older than 9 months, by topic, on an injected clock.
import { describe, expect, it } from 'vitest';
import { checkContent, reportPassed } from '../../src/core/content/check.js';
import { formatStale, monthsSince, staleByTopic } from '../../src/core/content/stale.js';
import { fixtureCopy } from './fixtures.js';

describe('monthsSince', () => {
  it('counts whole months, a bare month from its first day', () => {
    const now = new Date('2026-12-06T02:00:00Z');
    expect(monthsSince('2026-03', now)).toBe(9);
    expect(monthsSince('2026-02', now)).toBe(10);
    expect(monthsSince('2026-03-05', now)).toBe(9);
    expect(monthsSince('2026-03-07', now)).toBe(8);
    expect(monthsSince('2026-12', now)).toBe(0);
  });
});

describe('staleByTopic', () => {
  const now = new Date('2026-12-06T00:00:00Z');
  const entries = [
    { id: 'b-old', topic: 'b', asOf: '2025-01' },
    { id: 'a-nine', topic: 'a', asOf: '2026-03' },
    { id: 'a-ten', topic: 'a', asOf: '2026-02-01' },
    { id: 'a-undated', topic: 'a' },
    { id: 'b-older', topic: 'b', asOf: '2024-06' },
  ];

  it('lists only what is older than 9 months, by topic, oldest first', () => {
    expect(staleByTopic(entries, now)).toEqual([
      { topic: 'a', items: [{ id: 'a-ten', asOf: '2026-02-01', months: 10 }] },
      {
        topic: 'b',
        items: [
          { id: 'b-older', asOf: '2024-06', months: 30 },
          { id: 'b-old', asOf: '2025-01', months: 23 },
        ],
      },
    ]);
  });

  it('prints topics with their items, or says there are none', () => {
    const text = formatStale(staleByTopic(entries, now));
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Stale facts: 3 items with asOf older than 9 months; re-check them against the docs:',
      '  a (1)',
      '    a-ten  asOf 2026-02-01 (10 months)',
    ]);
    expect(formatStale([])).toBe('Stale facts: none (every asOf is within 9 months).\n');
  });
});

describe('checkContent staleness', () => {
  it('reports old asOf values without failing', () => {
    const dir = fixtureCopy('good');
    const fresh = checkContent(dir, { now: new Date('2026-12-01T00:00:00Z') });
    const later = checkContent(dir, { now: new Date('2028-01-01T00:00:00Z') });
    expect(fresh.stale).toEqual([]);
    expect(later.stale.flatMap((t) => t.items.map((i) => i.id))).toContain('basics-spot');
    expect(later.issues).toEqual(fresh.issues);
    expect(reportPassed(later)).toBe(reportPassed(fresh));
  });
});
