// How a grade becomes an FSRS rating. The maps are deliberately simple and documented here,
// because they decide how soon a missed or shaky item comes back.
import type { Tolerance } from '../content/schema.js';
import type { Rating } from './types.js';

/** Allowed error, relative to a tolerance's bound, that still counts as inside (float noise). */
const SLACK = 1e-9;

/**
 * A numeric estimate's rating from its error measured in tolerances (error / allowed error):
 * - ≤ ½ tolerance → Easy (4)
 * - ≤ 1 tolerance → Good (3) (the boundary itself is inside, as `withinTolerance` says)
 * - ≤ 2 tolerances → Hard (2): a near miss
 * - beyond → Again (1)
 */
export function ratingForErrorRatio(ratio: number): Rating {
  if (!Number.isFinite(ratio)) return 1;
  if (ratio <= 0.5 + SLACK) return 4;
  if (ratio <= 1 + SLACK) return 3;
  if (ratio <= 2 + SLACK) return 2;
  return 1;
}

/**
 * The rating for a relative error `e` (|answer − expected| / |expected|) under a tolerance:
 * a relative tolerance is used as it is; an absolute one is made relative to `expected`.
 * See `ratingForErrorRatio` for the bands (½×, 1×, 2× the tolerance).
 */
export function ratingForRelativeError(
  e: number,
  tolerance: Tolerance | number,
  expected?: number,
): Rating {
  const relTol =
    typeof tolerance === 'number'
      ? tolerance
      : 'relative' in tolerance
        ? tolerance.relative
        : expected === undefined || expected === 0
          ? Number.NaN
          : tolerance.absolute / Math.abs(expected);
  if (Number.isNaN(relTol)) throw new Error('an absolute tolerance needs the expected value');
  if (relTol === 0) return e <= SLACK ? 4 : 1;
  return ratingForErrorRatio(Math.abs(e) / relTol);
}

/**
 * Partial credit (mcq sets, orderings) → rating: all right → Good (3); at least half → Hard (2);
 * less → Again (1). Recognising the answer among choices is not strong enough evidence for Easy.
 */
export function ratingForScore(score: number): Rating {
  if (score >= 1 - SLACK) return 3;
  if (score >= 0.5 - SLACK) return 2;
  return 1;
}

/**
 * Self-graded rubric score → rating: every point → Easy (4); ≥ 70% → Good (3); ≥ 40% → Hard (2);
 * less → Again (1). Recalling every key point unprompted is strong evidence, unlike picking a choice.
 */
export function ratingForRubricScore(score: number): Rating {
  if (score >= 1 - SLACK) return 4;
  if (score >= 0.7 - SLACK) return 3;
  if (score >= 0.4 - SLACK) return 2;
  return 1;
}

/** A rubric score that counts as a pass (the `correct` of a rubric grade). */
export const RUBRIC_PASS = 0.7;

/**
 * A true/false answer given faster than this, with nothing revealed first, may be a coin toss.
 * Two seconds is about the time to read a short statement once; under it, recall is unproven.
 */
export const LUCKY_GUESS_MS = 2000;

/**
 * The lucky-guess rule: a right true/false (spot-the-error) answer in under LUCKY_GUESS_MS rates
 * Hard at most, not Good; it still counts as right. With two choices, half of all blind answers
 * are right, so a fast right answer must not push the card weeks away. Other kinds, slower
 * answers and wrong answers keep their rating.
 */
export function luckyGuessRating(
  kind: string,
  rating: Rating,
  correct: boolean,
  ms: number,
): Rating {
  if (kind !== 'spot-the-error' || !correct || !(ms < LUCKY_GUESS_MS)) return rating;
  return rating > 2 ? 2 : rating;
}

/**
 * Grades an estimate by ratio (log error), the fair measure for quantities that span decades:
 * a probability of 0.45% against 0.0335% is 13× off however small the gap in points. The error
 * is |ln(estimate / actual)| measured in ln(1 + tolerance): a 25% tolerance accepts anything
 * within ×1.25 or ÷1.25 of the actual value, and the bands are ratingForErrorRatio's. Values
 * below `floor` count as the floor, so "about zero" is right when the answer is about zero.
 */
export function gradeByRatio(
  estimate: number,
  actual: number,
  tolerance: number,
  floor: number,
): { ratio: number; rating: Rating; correct: boolean; score: number } {
  const e = Math.max(Math.abs(estimate), floor);
  const a = Math.max(Math.abs(actual), floor);
  const allowed = Math.log1p(tolerance);
  const off = e > 0 && a > 0 ? Math.abs(Math.log(e / a)) : e === a ? 0 : Number.POSITIVE_INFINITY;
  const ratio = allowed > 0 ? off / allowed : off === 0 ? 0 : Number.POSITIVE_INFINITY;
  const rating = ratingForErrorRatio(ratio);
  const correct = rating >= 3;
  return { ratio, rating, correct, score: correct ? 1 : Math.max(0, Math.min(1, 2 - ratio)) };
}
