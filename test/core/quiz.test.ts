import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/core/content/load.js';
import { loadPrices } from '../../src/core/content/prices.js';
import type { NumericItem } from '../../src/core/content/schema.js';
import { replay } from '../../src/core/memory/replay.js';
import { planQuiz } from '../../src/core/quiz/prepare.js';
import { reviewEvent } from '../../src/core/quiz/record.js';
import { formatScore, quizScore } from '../../src/core/quiz/score.js';
import { quizCandidates } from '../../src/core/quiz/select.js';
import { simCommandFor } from '../../src/core/quiz/sim-link.js';
import type { LogEvent } from '../../src/core/store/log.js';
import { fixtureCopy } from '../content/fixtures.js';

const dir = fixtureCopy('quiz');
const bank = loadBank(dir);
const prices = loadPrices(dir);
const now = Date.UTC(2026, 10, 26, 9, 0, 0);
const MIN = 60_000;
const DAY = 24 * 60 * MIN;

let n = 0;
function review(itemId: string, rating: 1 | 2 | 3 | 4, t: number): LogEvent {
  return { id: `e${n++}`, t, type: 'review', itemId, rating, source: 'quiz' };
}

describe('quizCandidates', () => {
  it('takes due items first, then weak, then never seen, then the rest; each once', () => {
    const events = [
      review('q-order', 3, now - 30 * DAY), // due long ago
      review('q-spot', 1, now - 30_000), // missed half a minute ago: not due yet, weak
      review('q-mcq-single', 4, now - MIN), // easy a minute ago: not due for days
    ];
    const memory = replay(events, now);
    const order = quizCandidates(bank, memory, {}, now, 1);
    expect(order.map((c) => [c.item.id, c.reason])).toEqual([
      ['q-order', 'due'],
      ['q-spot', 'weak'],
      ...order.slice(2, 5).map((c) => [c.item.id, 'new']),
      ['q-mcq-single', 'review'],
    ]);
    expect(new Set(order.map((c) => c.item.id)).size).toBe(order.length);
    expect(order.map((c) => c.item.id).sort()).toEqual(
      ['q-mcq-multi', 'q-mcq-single', 'q-num-literal', 'q-num-model', 'q-order', 'q-spot'].sort(),
    );
  });

  it('an undone miss no longer counts', () => {
    const miss = review('q-spot', 1, now - 30_000);
    const memory = replay([miss, { id: 'u', t: now - 1000, type: 'undo', target: miss.id }], now);
    expect(
      quizCandidates(bank, memory, {}, now, 1).find((c) => c.item.id === 'q-spot')?.reason,
    ).toBe('new');
  });

  it('filters by topic and kind, never offers flashcards, and shuffles new items by seed', () => {
    const memory = new Map();
    expect(
      quizCandidates(bank, memory, { topic: 'numbers' }, now, 1)
        .map((c) => c.item.id)
        .sort(),
    ).toEqual(['q-num-literal', 'q-num-model']);
    expect(quizCandidates(bank, memory, { kind: 'mcq' }, now, 1)).toHaveLength(2);
    expect(
      quizCandidates(bank, memory, { topic: 'claims' }, now, 1).map((c) => c.item.kind),
    ).toEqual(['spot-the-error']);
    const orders = new Set(
      [1, 2, 3, 4, 5, 6].map((seed) =>
        quizCandidates(bank, memory, {}, now, seed)
          .map((c) => c.item.id)
          .join(),
      ),
    );
    expect(orders.size).toBeGreaterThan(1);
    expect(quizCandidates(bank, memory, {}, now, 3)).toEqual(
      quizCandidates(bank, memory, {}, now, 3),
    );
  });
});

describe('planQuiz', () => {
  it('takes count questions and resolves model-linked numerics from the model', () => {
    const plan = planQuiz(bank, prices, [], { topic: 'numbers', count: 5, now, seed: 1 });
    expect(plan.skipped).toEqual([]);
    expect(plan.questions).toHaveLength(2);
    const linked = plan.questions.find((q) => q.item.id === 'q-num-model');
    expect(linked?.expected).toBeCloseTo(103.33, 2);
    expect(linked?.item.kind === 'numeric' && linked.item.prompt).toContain('At 100M invocations');
    expect(planQuiz(bank, prices, [], { count: 3, now, seed: 1 }).questions).toHaveLength(3);
  });

  it('skips an item whose model cannot be computed instead of failing the quiz', () => {
    const broken = bank.byId.get('q-num-model') as NumericItem;
    const bad: NumericItem = {
      ...broken,
      model: { name: 'cost', params: { memoryMb: -5 }, output: 'lambda.total' },
    };
    const badBank = { ...bank, items: [bad], byId: new Map([[bad.id, bad]]) };
    const plan = planQuiz(badBank, prices, [], { count: 1, now, seed: 1 });
    expect(plan.questions).toEqual([]);
    expect(plan.skipped.map((s) => s.id)).toEqual(['q-num-model']);
  });
});

describe('simCommandFor', () => {
  it('maps a simulator model’s camelCase params to its flags', () => {
    expect(simCommandFor(bank.byId.get('q-num-model') as NumericItem)).toEqual({
      positionals: ['cost'],
      values: { invocations: '100000000', 'memory-mb': '512', 'duration-ms': '100' },
    });
    const item = bank.byId.get('q-num-model') as NumericItem;
    const withFlags: NumericItem = {
      ...item,
      model: {
        name: 'cost',
        params: { invocations: 1000, arch: 'arm64', freeTier: true, publicIpv4: false },
        output: 'lambda.total',
      },
    };
    expect(simCommandFor(withFlags)?.values).toEqual({
      invocations: '1000',
      arch: 'arm64',
      'free-tier': true,
      'no-public-ipv4': true,
    });
  });

  it('offers nothing for formula models and literal answers', () => {
    const item = bank.byId.get('q-num-model') as NumericItem;
    const formula: NumericItem = {
      ...item,
      model: { name: 'concurrency', params: { rate: 1, durationMs: 1 }, output: 'concurrency' },
    };
    expect(simCommandFor(formula)).toBeUndefined();
    expect(simCommandFor(bank.byId.get('q-num-literal') as NumericItem)).toBeUndefined();
  });
});

describe('recording and scoring', () => {
  it('an answer becomes one review event of the shared contract', () => {
    const g = { correct: false, score: 0.5, rating: 2 as const, summary: 'x' };
    expect(reviewEvent('q-order', { kind: 'ordering', order: [1, 0] }, g, 1234.4)).toEqual({
      type: 'review',
      itemId: 'q-order',
      rating: 2,
      source: 'quiz',
      ms: 1234,
      correct: false,
      score: 0.5,
      answer: { kind: 'ordering', order: [1, 0] },
    });
    expect(reviewEvent('q', { kind: 'numeric', value: 1 }, g, 5, 'mock').source).toBe('mock');
  });

  it('sums partial credit and lists the misses in order', () => {
    const item = bank.byId.get('q-spot');
    if (item?.kind !== 'spot-the-error') throw new Error('fixture');
    const a = (correct: boolean, score: number) => ({
      item,
      answer: { kind: 'spot-the-error' as const, saysTrue: correct },
      grade: { correct, score, rating: (correct ? 3 : 1) as 1 | 3, summary: '' },
      ms: 1,
    });
    const s = quizScore([a(true, 1), a(false, 0.5), a(false, 0)]);
    expect(s).toMatchObject({ answered: 3, right: 1, score: 1.5 });
    expect(s.missed.map((m) => m.grade.score)).toEqual([0.5, 0]);
    expect(formatScore(2)).toBe('2');
    expect(formatScore(2.5)).toBe('2.5');
    expect(formatScore(2 / 3 + 1)).toBe('1.67');
  });
});
