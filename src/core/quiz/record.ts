// The review event an answer becomes (the shared event contract: one event per graded answer).
import { luckyGuessRating } from '../grading/ratings.js';
import type { Answer, Grade } from '../grading/types.js';
import type { NewEvent } from '../store/store.js';

type AnswerSource = 'quiz' | 'mock';

/**
 * `{type: 'review', itemId, rating, source, ms, correct, score, answer}` for store.append. A
 * true/false answer right in under 2 s is logged Hard at most (luckyGuessRating).
 */
export function reviewEvent(
  itemId: string,
  answer: Answer,
  grade: Grade,
  ms: number,
  source: AnswerSource = 'quiz',
): NewEvent {
  return {
    type: 'review',
    itemId,
    rating: luckyGuessRating(answer.kind, grade.rating, grade.correct, ms),
    source,
    ms: Math.max(0, Math.round(ms)),
    correct: grade.correct,
    score: grade.score,
    answer,
  };
}
