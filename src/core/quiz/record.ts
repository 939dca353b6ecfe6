// The review event an answer becomes (the shared event contract: one event per graded answer).
import type { Answer, Grade } from '../grading/types.js';
import type { NewEvent } from '../store/store.js';

export type AnswerSource = 'quiz' | 'mock';

/** `{type: 'review', itemId, rating, source, ms, correct, score, answer}` for store.append. */
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
    rating: grade.rating,
    source,
    ms: Math.max(0, Math.round(ms)),
    correct: grade.correct,
    score: grade.score,
    answer,
  };
}
