// A quiz's running score and its end summary.
import type { Answer, GradableItem, Grade } from '../grading/types.js';

export interface QuizAnswer {
  item: GradableItem;
  answer: Answer;
  grade: Grade;
  /** A numeric item's right answer. */
  expected?: number;
  ms: number;
}

interface QuizScore {
  answered: number;
  /** Answers fully right. */
  right: number;
  /** Sum of partial credit (each answer 0..1). */
  score: number;
  /** Answers not fully right, in the order asked. */
  missed: QuizAnswer[];
}

export function quizScore(answers: readonly QuizAnswer[]): QuizScore {
  return {
    answered: answers.length,
    right: answers.filter((a) => a.grade.correct).length,
    score: answers.reduce((s, a) => s + a.grade.score, 0),
    missed: answers.filter((a) => !a.grade.correct),
  };
}

/** 2, 2.5, 2.33: whole scores without decimals, partial credit to two places at most. */
export function formatScore(score: number): string {
  return String(Math.round(score * 100) / 100);
}
