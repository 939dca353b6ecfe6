// Self-grading against a weighted rubric (free responses, mock scenarios).
import { RUBRIC_PASS, ratingForRubricScore } from './ratings.js';
import type { Grade } from './types.js';

/**
 * score = ticked weight / total weight. Passing (`correct`) is a score of at least 70%; the
 * rating follows `ratingForRubricScore` (all → Easy, ≥ 70% Good, ≥ 40% Hard, else Again).
 * `ticked[i]` says whether point i was covered; missing entries count as not ticked.
 */
export function gradeRubric(
  points: readonly { weight: number }[],
  ticked: readonly boolean[],
): Grade {
  const total = points.reduce((sum, p) => sum + p.weight, 0);
  if (total <= 0) throw new Error('a rubric needs at least one point with a positive weight');
  const got = points.reduce((sum, p, i) => sum + (ticked[i] ? p.weight : 0), 0);
  const score = got / total;
  const covered = points.filter((_, i) => ticked[i]).length;
  return {
    correct: score >= RUBRIC_PASS - 1e-9,
    score,
    rating: ratingForRubricScore(score),
    summary: `${covered} of ${points.length} points (${Math.round(score * 100)}% of the weight)`,
  };
}
