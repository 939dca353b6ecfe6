import { describe, expect, it } from 'vitest';
import { loadPrices } from '../../src/core/content/prices.js';
import { type Item, isModelNumeric } from '../../src/core/content/schema.js';
import { planRound } from '../../src/core/mock/plan.js';
import { selectQuestions, topicWeight } from '../../src/core/mock/select.js';
import { chooseQuestions } from '../../src/core/mock/setup.js';
import { card, contentDir, realBank, T0 } from './mock-fixtures.js';

const bank = realBank();
const prices = loadPrices(contentDir);
const none = { mastery: new Map<string, number>(), recent: new Set<string>() };

describe('mock selection', () => {
  it('fills every section with the right kinds, model-linked estimation included', () => {
    const plan = planRound('full');
    const qs = selectQuestions({ items: bank.items, plan, seed: 7, ...none });
    const kinds = (section: string) =>
      qs.filter((q) => q.section === section).map((q) => q.item.kind);
    expect(kinds('rapid-fire')).toHaveLength(8);
    expect(new Set(kinds('rapid-fire'))).toEqual(new Set(['flashcard', 'mcq']));
    expect(kinds('estimation')).toEqual(['numeric', 'numeric', 'numeric']);
    expect(qs.some((q) => q.section === 'estimation' && isModelNumeric(q.item))).toBe(true);
    expect(kinds('design')).toEqual(['scenario']);
    expect(kinds('wrap-up')).toEqual(['free-response']);
    expect(qs.map((q) => q.section)).toEqual([
      ...Array(8).fill('rapid-fire'),
      ...Array(3).fill('estimation'),
      'design',
      'wrap-up',
    ]);
  });

  it('is reproducible from the seed, differs between seeds, never repeats an item', () => {
    const plan = planRound('full', 120);
    const ids = (seed: number) =>
      selectQuestions({ items: bank.items, plan, seed, ...none }).map((q) => q.item.id);
    expect(ids(3)).toEqual(ids(3));
    expect(ids(3)).not.toEqual(ids(4));
    for (const seed of [1, 2, 3, 4, 5]) {
      const list = ids(seed);
      expect(new Set(list).size).toBe(list.length);
    }
  });

  it('draws weak topics more often than mastered ones', () => {
    const items = [
      ...Array.from({ length: 20 }, (_, i) => card(`weak-${i}`, 'weak')),
      ...Array.from({ length: 20 }, (_, i) => card(`strong-${i}`, 'strong')),
    ];
    const mastery = new Map([
      ['weak', 0],
      ['strong', 1],
    ]);
    const plan = planRound('short');
    let weak = 0;
    let strong = 0;
    for (let seed = 0; seed < 200; seed++) {
      for (const q of selectQuestions({ items, plan, seed, mastery, recent: new Set() })) {
        if (q.item.topic === 'weak') weak++;
        else strong++;
      }
    }
    expect(weak + strong).toBe(200 * 3);
    // Weights 2 vs 0.25: the weak topic should take the clear majority.
    expect(weak).toBeGreaterThan(strong * 3);
    expect(topicWeight(0) / topicWeight(1)).toBe(8);
    expect(topicWeight(undefined)).toBe(topicWeight(0.5));
  });

  it('avoids recently seen items while others are left, and falls back to them after', () => {
    const items = Array.from({ length: 10 }, (_, i) => card(`c-${i}`, 'fundamentals'));
    const recent = new Set(items.slice(0, 7).map((i) => i.id));
    const plan = planRound('short');
    for (let seed = 0; seed < 30; seed++) {
      const picked = selectQuestions({ items, plan, seed, mastery: new Map(), recent }).map(
        (q) => q.item.id,
      );
      expect(picked).toHaveLength(3);
      expect(picked.filter((id) => recent.has(id))).toEqual([]);
    }
    const big = planRound('full');
    const picked = selectQuestions({ items, plan: big, seed: 1, mastery: new Map(), recent });
    expect(picked).toHaveLength(8);
    expect(picked.filter((q) => !recent.has(q.item.id))).toHaveLength(3);
  });

  it('an item that cannot be prepared is replaced by the next one', () => {
    const items = [card('a', 'x'), card('b', 'x'), card('c', 'x'), card('d', 'x')];
    const plan = planRound('short');
    const picked = selectQuestions({
      items,
      plan,
      seed: 2,
      ...none,
      prepare: (i: Item) => {
        if (i.id === 'a') throw new Error('broken');
        return i.id === 'b' ? undefined : i;
      },
    });
    expect(picked.map((q) => q.item.id).sort()).toEqual(['c', 'd']);
  });

  it('from the log: model-linked answers are computed, recent reviews avoided', () => {
    const plan = planRound('full');
    const first = chooseQuestions({ bank, events: [], plan, seed: 9, now: T0, prices });
    for (const q of first) {
      if (q.item.kind === 'numeric') expect(typeof q.item.answer).toBe('number');
    }
    const events = first.map((q, i) => ({
      id: `e${i}`,
      t: T0 - 3_600_000,
      type: 'review',
      itemId: q.item.id,
      rating: 3,
      source: 'quiz',
    }));
    const second = chooseQuestions({ bank, events, plan, seed: 9, now: T0, prices });
    const before = new Set(first.map((q) => q.item.id));
    expect(second.filter((q) => before.has(q.item.id))).toEqual([]);
  });
});
