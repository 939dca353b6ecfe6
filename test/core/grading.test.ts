import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/core/content/load.js';
import { resolveItem } from '../../src/core/content/model-link.js';
import { loadPrices } from '../../src/core/content/prices.js';
import type {
  McqItem,
  NumericItem,
  OrderingItem,
  SpotTheErrorItem,
} from '../../src/core/content/schema.js';
import { orderingSchema } from '../../src/core/content/schema.js';
import {
  answerText,
  formatWithUnit,
  grade,
  gradeRubric,
  isGradable,
  longestIncreasingRun,
  parseNumberInput,
  ratingForErrorRatio,
  ratingForRelativeError,
  rightAnswerText,
} from '../../src/core/grading/index.js';
import { LUCKY_GUESS_MS, luckyGuessRating } from '../../src/core/grading/ratings.js';
import { reviewEvent } from '../../src/core/quiz/record.js';
import { realContent } from '../content/fixtures.js';

const base = {
  topic: 'cost',
  difficulty: 2 as const,
  source: { section: 'S' },
  correctsMaterial: false,
};

const numeric = (over: Partial<NumericItem> = {}): NumericItem => ({
  ...base,
  id: 'n',
  kind: 'numeric',
  prompt: 'How many?',
  unit: 'req/s',
  tolerance: { relative: 0.1 },
  solution: 'Because.',
  explanation: 'Why.',
  answer: 100,
  ...over,
});

const single: McqItem = {
  ...base,
  id: 'm1',
  kind: 'mcq',
  prompt: 'Which?',
  choices: [
    { text: 'A', correct: false, why: 'A is slow' },
    { text: 'B', correct: true },
    { text: 'C', correct: false, why: 'C is costly' },
  ],
  explanation: 'B.',
};

const multi: McqItem = {
  ...single,
  id: 'm2',
  choices: [
    { text: 'A', correct: true },
    { text: 'B', correct: true },
    { text: 'C', correct: false, why: 'no' },
    { text: 'D', correct: true },
    { text: 'E', correct: false, why: 'no' },
  ],
};

const ordering: OrderingItem = {
  ...base,
  id: 'o',
  kind: 'ordering',
  prompt: 'Order',
  steps: ['one', 'two', 'three', 'four'],
  explanation: 'In order.',
};

const spot: SpotTheErrorItem = {
  ...base,
  id: 's',
  kind: 'spot-the-error',
  statement: 'SnapStart is Java only.',
  isTrue: false,
  correction: 'Python and .NET too.',
  explanation: 'Since 2024.',
};

describe('numeric grading: tolerance edges', () => {
  it('exactly at a relative tolerance is right (Good); just beyond is wrong (Hard)', () => {
    for (const v of [110, 90]) {
      const g = grade(numeric(), { kind: 'numeric', value: v });
      expect(g).toMatchObject({ correct: true, rating: 3, score: 1 });
      expect(g.relativeError).toBeCloseTo(0.1, 12);
    }
    for (const v of [110.0001, 89.9999]) {
      expect(grade(numeric(), { kind: 'numeric', value: v })).toMatchObject({
        correct: false,
        rating: 2,
      });
    }
  });

  it('exactly at an absolute tolerance is right; just beyond is wrong', () => {
    const item = numeric({ tolerance: { absolute: 15 }, answer: 300 });
    expect(grade(item, { kind: 'numeric', value: 315 }).correct).toBe(true);
    expect(grade(item, { kind: 'numeric', value: 285 }).correct).toBe(true);
    expect(grade(item, { kind: 'numeric', value: 315.01 }).correct).toBe(false);
    expect(grade(item, { kind: 'numeric', value: 284.99 }).correct).toBe(false);
  });

  it('maps the error in tolerances to Easy / Good / Hard / Again', () => {
    const rating = (v: number) => grade(numeric(), { kind: 'numeric', value: v }).rating;
    expect(rating(100)).toBe(4);
    expect(rating(105)).toBe(4); // exactly half the tolerance
    expect(rating(105.01)).toBe(3);
    expect(rating(110)).toBe(3);
    expect(rating(120)).toBe(2); // exactly twice
    expect(rating(120.01)).toBe(1);
    expect(rating(-100)).toBe(1);
  });

  it('scores 1 inside the tolerance, falling to 0 at twice it', () => {
    const score = (v: number) => grade(numeric(), { kind: 'numeric', value: v }).score;
    expect(score(110)).toBe(1);
    expect(score(115)).toBeCloseTo(0.5, 9);
    expect(score(120)).toBeCloseTo(0, 9);
    expect(score(200)).toBe(0);
  });

  it('summarises how far off the estimate is', () => {
    expect(grade(numeric(), { kind: 'numeric', value: 100 }).summary).toBe('Right');
    expect(grade(numeric(), { kind: 'numeric', value: 103 }).summary).toBe('Right (off by 3%)');
    expect(grade(numeric(), { kind: 'numeric', value: 138 }).summary).toBe('Off by 38%');
    expect(grade(numeric(), { kind: 'numeric', value: 115 }).summary).toBe('Off by 15% (close)');
  });

  it('an expected value of 0 has no relative error and uses the absolute tolerance', () => {
    const item = numeric({ tolerance: { absolute: 2 }, answer: 0 });
    const g = grade(item, { kind: 'numeric', value: 1 });
    expect(g).toMatchObject({ correct: true, rating: 4 });
    expect(g.relativeError).toBeUndefined();
    expect(grade(item, { kind: 'numeric', value: 5 })).toMatchObject({ correct: false, rating: 1 });
    const exact = numeric({ tolerance: { absolute: 0 }, answer: 7 });
    expect(grade(exact, { kind: 'numeric', value: 7 }).rating).toBe(4);
    expect(grade(exact, { kind: 'numeric', value: 7.5 }).rating).toBe(1);
  });

  it('uses the expected value passed in, and refuses a model-linked item without one', () => {
    const { answer: _, ...rest } = numeric();
    const linked: NumericItem = {
      ...rest,
      model: { name: 'concurrency', params: { rate: 10, durationMs: 100 }, output: 'concurrency' },
    };
    expect(() => grade(linked, { kind: 'numeric', value: 1 })).toThrow(/model-linked/);
    expect(grade(linked, { kind: 'numeric', value: 1 }, 1).correct).toBe(true);
    expect(grade(numeric(), { kind: 'numeric', value: 50 }, 50).correct).toBe(true);
  });

  it('grades a real model-linked item against the model, not a hard-coded number', () => {
    const bank = loadBank(realContent);
    const prices = loadPrices(realContent);
    const item = bank.byId.get('conc-littles-law-numeric');
    if (item?.kind !== 'numeric' || !item.model) throw new Error('the item is not model-linked');
    const resolved = resolveItem(item, { prices });
    if (resolved.kind !== 'numeric' || resolved.answer === undefined) throw new Error('unresolved');
    const rate = Number(item.model.params.rate);
    const durationS = Number(item.model.params.durationMs) / 1000;
    expect(grade(resolved, { kind: 'numeric', value: rate * durationS })).toMatchObject({
      rating: 4,
    });
    expect(grade(resolved, { kind: 'numeric', value: rate * durationS * 3 }).correct).toBe(false);
  });

  it('property: correct exactly when within tolerance, and rating ≥ Good exactly then', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e9, noNaN: true }),
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        (expected, tol, factor) => {
          const value = expected * (1 + factor * tol);
          const g = grade(numeric({ answer: expected, tolerance: { relative: tol } }), {
            kind: 'numeric',
            value,
          });
          expect(g.correct).toBe(g.rating >= 3);
          if (Math.abs(factor) < 0.999) expect(g.correct).toBe(true);
          if (Math.abs(factor) > 1.001) expect(g.correct).toBe(false);
          if (Math.abs(factor) > 2.001) expect(g.rating).toBe(1);
        },
      ),
    );
  });
});

describe('ratingForRelativeError', () => {
  it('documents the bands: ½ tolerance Easy, 1× Good, 2× Hard, beyond Again', () => {
    expect(ratingForRelativeError(0, 0.1)).toBe(4);
    expect(ratingForRelativeError(0.05, 0.1)).toBe(4);
    expect(ratingForRelativeError(0.06, 0.1)).toBe(3);
    expect(ratingForRelativeError(0.1, 0.1)).toBe(3);
    expect(ratingForRelativeError(0.15, { relative: 0.1 })).toBe(2);
    expect(ratingForRelativeError(0.2, 0.1)).toBe(2);
    expect(ratingForRelativeError(0.21, 0.1)).toBe(1);
    expect(ratingForRelativeError(Number.POSITIVE_INFINITY, 0.1)).toBe(1);
  });

  it('turns an absolute tolerance relative to the expected value', () => {
    // ±15 on 300 is ±5%: 4% off is Good, 8% Hard.
    expect(ratingForRelativeError(0.04, { absolute: 15 }, 300)).toBe(3);
    expect(ratingForRelativeError(0.08, { absolute: 15 }, 300)).toBe(2);
    expect(() => ratingForRelativeError(0.04, { absolute: 15 })).toThrow();
  });

  it('ratingForErrorRatio is monotone: a bigger error never rates higher', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a < b ? [a, b] : [b, a];
          expect(ratingForErrorRatio(lo)).toBeGreaterThanOrEqual(ratingForErrorRatio(hi));
        },
      ),
    );
  });
});

describe('mcq grading', () => {
  it('single answer: right is Good, wrong is Again, nothing chosen is Again', () => {
    expect(grade(single, { kind: 'mcq', selected: [1] })).toMatchObject({
      correct: true,
      score: 1,
      rating: 3,
      summary: 'Right',
    });
    expect(grade(single, { kind: 'mcq', selected: [0] })).toMatchObject({
      correct: false,
      score: 0,
      rating: 1,
      summary: 'Wrong',
    });
    expect(grade(single, { kind: 'mcq', selected: [] })).toMatchObject({
      correct: false,
      rating: 1,
      summary: 'No answer',
    });
  });

  it('multi-answer: exactly the right set is correct; order and duplicates do not matter', () => {
    expect(grade(multi, { kind: 'mcq', selected: [3, 0, 1] })).toMatchObject({
      correct: true,
      rating: 3,
    });
    expect(grade(multi, { kind: 'mcq', selected: [0, 1, 3, 3] }).correct).toBe(true);
  });

  it('multi-answer partial credit = (right − wrong) / right count, clamped at 0', () => {
    const g = (selected: number[]) => grade(multi, { kind: 'mcq', selected });
    expect(g([0, 1])).toMatchObject({ correct: false, rating: 2, summary: '2 of 3 right choices' });
    expect(g([0, 1]).score).toBeCloseTo(2 / 3, 12);
    expect(g([0, 1, 3, 2]).score).toBeCloseTo(2 / 3, 12); // all right plus one wrong
    expect(g([0, 1, 3, 2]).summary).toBe('3 of 3 right choices, 1 wrong');
    expect(g([0]).score).toBeCloseTo(1 / 3, 12);
    expect(g([0]).rating).toBe(1);
    expect(g([0, 2]).score).toBe(0);
    expect(g([2, 4]).score).toBe(0); // clamped, not negative
    expect(g([]).score).toBe(0);
  });

  it('rejects choices the item does not have', () => {
    expect(() => grade(single, { kind: 'mcq', selected: [3] })).toThrow(/not one of/);
    expect(() => grade(single, { kind: 'numeric', value: 1 })).toThrow(/numeric answer for mcq/);
  });
});

describe('ordering with steps that may go in any order', () => {
  // Steps 1 and 2 ("two", "three") can swap.
  const grouped: OrderingItem = { ...ordering, anyOrder: [[1, 2]] };
  const order = (o: number[]) => grade(grouped, { kind: 'ordering', order: o });

  it('accepts any order within a group, and only within it', () => {
    expect(order([0, 1, 2, 3])).toMatchObject({ correct: true, score: 1, rating: 3 });
    expect(order([0, 2, 1, 3])).toMatchObject({ correct: true, score: 1, rating: 3 });
    expect(order([1, 0, 2, 3]).correct).toBe(false);
    expect(order([0, 1, 3, 2]).correct).toBe(false);
    // Without the group, the swap is one step to move.
    expect(grade(ordering, { kind: 'ordering', order: [0, 2, 1, 3] }).correct).toBe(false);
  });

  it('partial credit counts a group as in order whichever way it is arranged', () => {
    // 3 before the rest: three steps in order (0, 2, 1 count as in order), one to move.
    expect(order([3, 0, 2, 1])).toMatchObject({
      score: 2 / 3,
      summary: '3 of 4 steps in order, 1 to move',
    });
  });

  it('the right answer names the group', () => {
    expect(rightAnswerText(grouped)).toBe('one → (any order: two; three) → four');
  });

  it('the schema takes only runs of consecutive steps, in range, not shared, not every step', () => {
    const parse = (anyOrder: number[][]) =>
      orderingSchema.safeParse({ ...grouped, source: { section: 'Intro' }, anyOrder });
    expect(parse([[1, 2]]).success).toBe(true);
    expect(
      parse([
        [0, 1],
        [2, 3],
      ]).success,
    ).toBe(true);
    for (const bad of [
      [[1, 3]],
      [[3, 4]],
      [[0, 1, 2, 3]],
      [
        [0, 1],
        [1, 2],
      ],
    ]) {
      expect(parse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('ordering grading', () => {
  it('all in order is right; reversed scores 0', () => {
    expect(grade(ordering, { kind: 'ordering', order: [0, 1, 2, 3] })).toMatchObject({
      correct: true,
      score: 1,
      rating: 3,
    });
    expect(grade(ordering, { kind: 'ordering', order: [3, 2, 1, 0] })).toMatchObject({
      correct: false,
      score: 0,
      rating: 1,
    });
  });

  it('partial credit counts the steps already in order: one step misplaced loses only that step', () => {
    // Moving the first step to the end puts every step in the wrong position, but only one
    // needs to move: 3 of 4 in order.
    const g = grade(ordering, { kind: 'ordering', order: [1, 2, 3, 0] });
    expect(g.score).toBeCloseTo(2 / 3, 12);
    expect(g).toMatchObject({
      correct: false,
      rating: 2,
      summary: '3 of 4 steps in order, 1 to move',
    });
    const swap = grade(ordering, { kind: 'ordering', order: [1, 0, 3, 2] });
    expect(swap.score).toBeCloseTo(1 / 3, 12);
    expect(swap.rating).toBe(1);
  });

  it('rejects an order that is not an arrangement of the steps', () => {
    expect(() => grade(ordering, { kind: 'ordering', order: [0, 1, 2] })).toThrow();
    expect(() => grade(ordering, { kind: 'ordering', order: [0, 1, 1, 3] })).toThrow();
  });

  it('longestIncreasingRun matches a brute force on small arrangements', () => {
    const brute = (xs: number[]): number => {
      let best = 0;
      for (let mask = 1; mask < 1 << xs.length; mask++) {
        const sub = xs.filter((_, i) => mask & (1 << i));
        if (sub.every((v, i) => i === 0 || v > (sub[i - 1] ?? 0)))
          best = Math.max(best, sub.length);
      }
      return best;
    };
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 9 }), (xs) => {
        expect(longestIncreasingRun(xs)).toBe(brute(xs));
      }),
    );
  });
});

describe('spot-the-error grading', () => {
  it('right is Good with score 1; wrong is Again and says what the statement is', () => {
    expect(grade(spot, { kind: 'spot-the-error', saysTrue: false })).toMatchObject({
      correct: true,
      score: 1,
      rating: 3,
    });
    expect(grade(spot, { kind: 'spot-the-error', saysTrue: true })).toMatchObject({
      correct: false,
      score: 0,
      rating: 1,
      summary: 'Wrong: the statement is false',
    });
  });
});

describe('the lucky-guess rule', () => {
  const right = grade(spot, { kind: 'spot-the-error', saysTrue: false });
  const wrong = grade(spot, { kind: 'spot-the-error', saysTrue: true });
  const logged = (g: typeof right, ms: number, saysTrue = false) =>
    reviewEvent(spot.id, { kind: 'spot-the-error', saysTrue }, g, ms);

  it('a true/false answer right in under 2 s is logged Hard, not Good; it still counts as right', () => {
    expect(logged(right, 1_200)).toMatchObject({ rating: 2, correct: true, score: 1 });
    expect(logged(right, LUCKY_GUESS_MS - 1)).toMatchObject({ rating: 2 });
  });

  it('from 2 s on, a right answer is Good; a wrong one is Again however fast', () => {
    expect(logged(right, LUCKY_GUESS_MS)).toMatchObject({ rating: 3 });
    expect(logged(wrong, 300, true)).toMatchObject({ rating: 1, correct: false });
  });

  it('other kinds keep their rating, however fast', () => {
    expect(luckyGuessRating('mcq', 3, true, 500)).toBe(3);
    expect(luckyGuessRating('numeric', 4, true, 500)).toBe(4);
    expect(luckyGuessRating('spot-the-error', 3, true, 500)).toBe(2);
  });
});

describe('gradeRubric', () => {
  const points = [{ weight: 3 }, { weight: 2 }, { weight: 1 }];
  it('score is the ticked weight over the total; bands give the rating', () => {
    expect(gradeRubric(points, [true, true, true])).toMatchObject({
      score: 1,
      rating: 4,
      correct: true,
    });
    const g = gradeRubric(points, [true, true, false]);
    expect(g.score).toBeCloseTo(5 / 6, 12);
    expect(g).toMatchObject({
      rating: 3,
      correct: true,
      summary: '2 of 3 points (83% of the weight)',
    });
    expect(gradeRubric(points, [true, false, false])).toMatchObject({
      score: 0.5,
      rating: 2,
      correct: false,
    });
    expect(gradeRubric(points, [false, false, true]).rating).toBe(1);
    expect(gradeRubric(points, []).score).toBe(0);
    expect(() => gradeRubric([], [])).toThrow();
  });
});

describe('parseNumberInput', () => {
  it('reads the ways people type estimates', () => {
    const v = (s: string, unit?: string) => {
      const r = parseNumberInput(s, unit);
      return r.ok ? r.value : r.hint;
    };
    expect(v('1.5M')).toBe(1_500_000);
    expect(v('1.5 m')).toBe(1_500_000);
    expect(v('2e6')).toBe(2_000_000);
    expect(v('$103.33')).toBe(103.33);
    expect(v('8,720,000')).toBe(8_720_000);
    expect(v('30%', 'probability')).toBeCloseTo(0.3, 12);
    expect(v('30%', '% of requests')).toBe(30);
    expect(v('4k')).toBe(4000);
    expect(v('2bn')).toBe(2e9);
    expect(v('-$5')).toBe(-5);
    expect(v('.5')).toBe(0.5);
    expect(v('0.05')).toBe(0.05);
    expect(v('5 USD')).toBe(5);
  });

  it("accepts the item's own unit and its common forms", () => {
    const v = (s: string, unit?: string) => {
      const r = parseNumberInput(s, unit);
      return r.ok ? r.value : r.hint;
    };
    expect(v('300ms', 'ms')).toBe(300);
    expect(v('0.3 s', 'ms')).toBeCloseTo(300, 9);
    expect(v('0.3s', 'seconds')).toBeCloseTo(0.3, 12);
    expect(v('300ms', 'seconds')).toBeCloseTo(0.3, 12);
    expect(v('2 min', 'seconds')).toBe(120);
    expect(v('90 s', 'minutes')).toBe(1.5);
    expect(v('$110', 'USD/month')).toBe(110);
    expect(v('110 dollars', 'USD/month')).toBe(110);
    expect(v('110 USD/month', 'USD/month')).toBe(110);
    expect(v('1.5k dollars', 'USD')).toBe(1500);
    expect(v('1,000', 'connections')).toBe(1000);
    expect(v('20 connections', 'connections')).toBe(20);
    expect(v('2k', 'requests')).toBe(2000);
    expect(v('1e6', 'invocations/month')).toBe(1e6);
  });

  it('"m" is million for counts and money, and asks where the answer is a time', () => {
    const r = (s: string, unit?: string) => parseNumberInput(s, unit);
    expect(r('5m', 'invocations/month')).toEqual({ ok: true, value: 5e6 });
    expect(r('5m', 'USD')).toEqual({ ok: true, value: 5e6 });
    const time = r('5m', 'seconds');
    expect(time.ok).toBe(false);
    if (!time.ok)
      expect(time.hint).toBe('"m" could be minutes, milli or million here: type min, ms or M');
    expect(r('5M', 'ms')).toEqual({ ok: true, value: 5e6 });
  });

  it("refuses a unit of another dimension, naming the answer's unit", () => {
    expect(parseNumberInput('300ms', 'USD/month')).toEqual({
      ok: false,
      hint: 'The answer is in USD/month',
    });
    expect(parseNumberInput('$5', 'seconds')).toEqual({
      ok: false,
      hint: 'The answer is in seconds',
    });
    expect(parseNumberInput('300ms', 'connections').ok).toBe(false);
  });

  it('refuses what is not a number, with a hint', () => {
    for (const s of ['', 'abc', '1,5', '12,34,567', '5 parsecs', '1.2.3', '--5', '1e999']) {
      const r = parseNumberInput(s);
      expect(r.ok, s).toBe(false);
      if (!r.ok) expect(r.hint.length).toBeGreaterThan(0);
    }
  });
});

describe('answer text', () => {
  it('formats values with their unit', () => {
    expect(formatWithUnit(103.333, 'USD/month')).toBe('$103.33/month');
    expect(formatWithUnit(0.5488, 'probability (0–1)')).toBe('0.549 (54.9%)');
    expect(formatWithUnit(300, 's')).toBe('300 s');
  });

  it('states the right answer and what was answered', () => {
    expect(rightAnswerText(multi)).toBe('A; B; D');
    expect(rightAnswerText(numeric())).toBe('100 req/s');
    expect(rightAnswerText(ordering)).toBe('one → two → three → four');
    expect(rightAnswerText(spot)).toBe('False. Python and .NET too.');
    expect(answerText(multi, { kind: 'mcq', selected: [2, 0] })).toBe('A; C');
    expect(answerText(ordering, { kind: 'ordering', order: [1, 0, 2, 3] })).toBe(
      'two → one → three → four',
    );
    expect(answerText(spot, { kind: 'spot-the-error', saysTrue: true })).toBe('True');
  });

  it('every objective item in the real bank is gradable with its own right answer', () => {
    const bank = loadBank(realContent);
    const prices = loadPrices(realContent);
    let graded = 0;
    for (const raw of bank.items) {
      if (!isGradable(raw)) continue;
      const item = resolveItem(raw, { prices });
      if (!isGradable(item)) continue;
      const answer =
        item.kind === 'mcq'
          ? {
              kind: 'mcq' as const,
              selected: item.choices.flatMap((c, i) => (c.correct ? [i] : [])),
            }
          : item.kind === 'numeric'
            ? { kind: 'numeric' as const, value: item.answer ?? Number.NaN }
            : item.kind === 'ordering'
              ? { kind: 'ordering' as const, order: item.steps.map((_, i) => i) }
              : { kind: 'spot-the-error' as const, saysTrue: item.isTrue };
      expect(grade(item, answer).correct, item.id).toBe(true);
      graded++;
    }
    expect(graded).toBeGreaterThan(50);
  });
});
