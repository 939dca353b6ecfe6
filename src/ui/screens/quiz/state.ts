// A quiz as a pure reducer. An answer is accepted once, for the question on screen, and only
// from a read after the one that showed it: Enter pressed twice on the feedback page moves on
// once and never answers the next question unseen, and a double Enter on a choice records once.
import type { Answer, Grade } from '../../../core/grading/types.js';
import type { QuizQuestion } from '../../../core/quiz/prepare.js';
import { type QuizAnswer, quizScore } from '../../../core/quiz/score.js';

type QuizPhase = 'question' | 'feedback' | 'summary';

export interface QuizState {
  questions: QuizQuestion[];
  index: number;
  answers: QuizAnswer[];
  phase: QuizPhase;
  /** 0 for the quiz, 1, 2, ... for each retry of the missed items. */
  round: number;
  /** When the question was shown (its answer time is measured from here). */
  shownAt: number;
  /** The terminal read during which it was shown: an answer must come from a later one. */
  shownOnRead: number;
  /** Why the last answer is not in the log, if it is not. */
  saveError?: string;
}

export type QuizAction =
  /** `asked` names the question answered (its round and index): a stale input cannot answer another. */
  | {
      type: 'answer';
      asked: { round: number; index: number };
      answer: Answer;
      grade: Grade;
      now: number;
      read: number;
    }
  | { type: 'saved' }
  | { type: 'save-failed'; message: string }
  | { type: 'next'; now: number; read: number }
  | { type: 'finish' }
  | { type: 'retry'; now: number; read: number };

export function startQuiz(questions: QuizQuestion[], now: number, read: number): QuizState {
  return {
    questions,
    index: 0,
    answers: [],
    phase: 'question',
    round: 0,
    shownAt: now,
    shownOnRead: read,
  };
}

export function currentQuestion(state: QuizState): QuizQuestion | undefined {
  return state.phase === 'summary' ? undefined : state.questions[state.index];
}

/** The answer last given (shown on the feedback page). */
export function lastAnswer(state: QuizState): QuizAnswer | undefined {
  return state.answers[state.answers.length - 1];
}

export function reduceQuiz(state: QuizState, action: QuizAction): QuizState {
  switch (action.type) {
    case 'answer': {
      const q = currentQuestion(state);
      const same = action.asked.round === state.round && action.asked.index === state.index;
      if (state.phase !== 'question' || !q || !same || action.read <= state.shownOnRead) {
        return state;
      }
      const ms = Math.max(0, action.now - state.shownAt);
      const record: QuizAnswer =
        q.expected !== undefined
          ? { item: q.item, answer: action.answer, grade: action.grade, expected: q.expected, ms }
          : { item: q.item, answer: action.answer, grade: action.grade, ms };
      return { ...state, answers: [...state.answers, record], phase: 'feedback' };
    }
    case 'saved':
      return state.saveError === undefined ? state : { ...state, saveError: undefined };
    case 'save-failed':
      return { ...state, saveError: action.message };
    case 'next':
      if (state.phase !== 'feedback') return state;
      return state.index + 1 < state.questions.length
        ? {
            ...state,
            index: state.index + 1,
            phase: 'question',
            shownAt: action.now,
            shownOnRead: action.read,
          }
        : { ...state, phase: 'summary' };
    case 'finish':
      return state.phase === 'summary' ? state : { ...state, phase: 'summary' };
    case 'retry': {
      const missed = quizScore(state.answers).missed;
      if (state.phase !== 'summary' || missed.length === 0) return state;
      return {
        questions: missed.map((a) =>
          a.expected !== undefined
            ? { item: a.item, expected: a.expected, reason: 'weak' as const }
            : { item: a.item, reason: 'weak' as const },
        ),
        index: 0,
        answers: [],
        phase: 'question',
        round: state.round + 1,
        shownAt: action.now,
        shownOnRead: action.read,
      };
    }
  }
}
