// Grades an answer to an objective item: right or wrong, partial credit and an FSRS rating.
import type { McqItem, NumericItem, OrderingItem, SpotTheErrorItem } from '../content/schema.js';
import { withinTolerance } from '../content/tolerance.js';
import { ratingForErrorRatio, ratingForScore } from './ratings.js';
import type { Answer, GradableItem, Grade, Rating } from './types.js';

/**
 * Grades `answer` for `item`. For a numeric item `expected` is the resolved answer (from
 * `answerOf`/`resolveItem` in content/model-link.ts); without it `item.answer` is used, which a
 * resolved model-linked item has. Throws when the answer's kind does not match the item's, or an
 * mcq/ordering answer names indices the item does not have.
 */
export function grade(item: GradableItem, answer: Answer, expected?: number): Grade {
  if (answer.kind !== item.kind) {
    throw new Error(`a ${answer.kind} answer for ${item.kind} item ${item.id}`);
  }
  switch (item.kind) {
    case 'mcq':
      return gradeMcq(item, (answer as Extract<Answer, { kind: 'mcq' }>).selected);
    case 'numeric':
      return gradeNumeric(item, (answer as Extract<Answer, { kind: 'numeric' }>).value, expected);
    case 'ordering':
      return gradeOrdering(item, (answer as Extract<Answer, { kind: 'ordering' }>).order);
    case 'spot-the-error':
      return gradeSpot(item, (answer as Extract<Answer, { kind: 'spot-the-error' }>).saysTrue);
  }
}

/**
 * Exactly the right set is correct. Partial credit = (right picks − wrong picks) / number of
 * right choices, clamped at 0; the rating follows `ratingForScore`.
 */
export function gradeMcq(item: McqItem, selected: readonly number[]): Grade {
  const picks = new Set(selected);
  for (const i of picks) {
    if (!Number.isInteger(i) || i < 0 || i >= item.choices.length) {
      throw new Error(`choice ${i} is not one of item ${item.id}'s ${item.choices.length}`);
    }
  }
  const rightCount = item.choices.filter((c) => c.correct).length;
  let right = 0;
  let wrong = 0;
  for (const i of picks) {
    if (item.choices[i]?.correct) right++;
    else wrong++;
  }
  const correct = right === rightCount && wrong === 0;
  const score = correct ? 1 : Math.max(0, (right - wrong) / rightCount);
  let summary: string;
  if (correct) summary = 'Right';
  else if (rightCount === 1) summary = picks.size === 0 ? 'No answer' : 'Wrong';
  else {
    summary = `${right} of ${rightCount} right choices`;
    if (wrong > 0) summary += `, ${wrong} wrong`;
  }
  return { correct, score, rating: ratingForScore(score), summary };
}

/**
 * Within the item's tolerance is correct. The rating comes from the error measured in
 * tolerances (`ratingForErrorRatio`: ½× Easy, 1× Good, 2× Hard, beyond Again); the score is 1
 * inside the tolerance, falling linearly to 0 at twice it.
 */
export function gradeNumeric(item: NumericItem, value: number, expected?: number): Grade {
  const target = expected ?? item.answer;
  if (target === undefined) {
    throw new Error(
      `numeric item ${item.id} is model-linked: resolve it or pass the expected value`,
    );
  }
  if (!Number.isFinite(value)) {
    return { correct: false, score: 0, rating: 1, summary: 'Not a number' };
  }
  const error = Math.abs(value - target);
  const allowed =
    'relative' in item.tolerance
      ? item.tolerance.relative * Math.abs(target)
      : item.tolerance.absolute;
  const correct = withinTolerance(value, target, item.tolerance);
  const ratio = allowed > 0 ? error / allowed : correct ? 0 : Number.POSITIVE_INFINITY;
  const banded = ratingForErrorRatio(ratio);
  // `withinTolerance` decides right and wrong; the bands only say how right or how wrong.
  const rating: Rating = correct ? (banded === 4 ? 4 : 3) : banded === 2 ? 2 : 1;
  const score = correct ? 1 : Math.max(0, Math.min(1, 2 - ratio));
  const relativeError = target !== 0 ? error / Math.abs(target) : undefined;
  const off = relativeError !== undefined ? `off by ${percent(relativeError)}` : `off by ${error}`;
  const summary = correct
    ? error === 0
      ? 'Right'
      : `Right (${off})`
    : `${off[0]?.toUpperCase()}${off.slice(1)}${rating === 2 ? ' (close)' : ''}`;
  return relativeError !== undefined
    ? { correct, score, rating, relativeError, summary }
    : { correct, score, rating, summary };
}

function percent(fraction: number): string {
  const p = fraction * 100;
  if (p >= 10) return `${Math.round(p)}%`;
  return `${Number(p.toPrecision(2))}%`;
}

/**
 * The rank of each step: its index, except that the steps of an `anyOrder` group all share the
 * group's first index (so any order within the group is in order).
 */
function stepRanks(item: OrderingItem): number[] {
  const ranks = item.steps.map((_, i) => i);
  for (const group of item.anyOrder ?? []) {
    const first = Math.min(...group);
    for (const i of group) ranks[i] = first;
  }
  return ranks;
}

/**
 * All steps in content order (any order within an `anyOrder` group) is correct. Partial credit
 * is based on the longest run of steps already in the right relative order (the longest
 * non-decreasing subsequence of their ranks, L): the other n − L steps are the fewest that must
 * move. score = (L − 1) / (n − 1): reversed scores 0, one step out of place in four scores ⅔.
 * The rating follows `ratingForScore`.
 */
export function gradeOrdering(item: OrderingItem, order: readonly number[]): Grade {
  const n = item.steps.length;
  const sorted = [...order].sort((a, b) => a - b);
  if (order.length !== n || sorted.some((v, i) => v !== i)) {
    throw new Error(
      `order [${order.join(', ')}] is not an arrangement of item ${item.id}'s ${n} steps`,
    );
  }
  const ranks = stepRanks(item);
  const inOrder = longestIncreasingRun(
    order.map((i) => ranks[i] ?? i),
    true,
  );
  const correct = inOrder === n;
  const score = correct ? 1 : (inOrder - 1) / (n - 1);
  const summary = correct ? 'Right' : `${inOrder} of ${n} steps in order, ${n - inOrder} to move`;
  return { correct, score, rating: ratingForScore(score), summary };
}

/**
 * Length of the longest strictly increasing subsequence (patience sorting, O(n log n)); with
 * `ties`, of the longest non-decreasing one (equal values may follow each other).
 */
export function longestIncreasingRun(xs: readonly number[], ties = false): number {
  const tails: number[] = [];
  for (const x of xs) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const t = tails[mid] ?? 0;
      if (ties ? t <= x : t < x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x;
  }
  return tails.length;
}

/** True or false: right is Good (3), wrong is Again (1). */
export function gradeSpot(item: SpotTheErrorItem, saysTrue: boolean): Grade {
  const correct = saysTrue === item.isTrue;
  return {
    correct,
    score: correct ? 1 : 0,
    rating: correct ? 3 : 1,
    summary: correct ? 'Right' : `Wrong: the statement is ${item.isTrue ? 'true' : 'false'}`,
  };
}
