// The quiz's keys, each declared once (footer, `?` and handler read this list), and the one
// place its answers are written: after the reducer has accepted them.
import type { RefObject } from 'react';
import type { Answer, Grade } from '../../../core/grading/types.js';
import { reviewEvent } from '../../../core/quiz/record.js';
import { quizScore } from '../../../core/quiz/score.js';
import type { SimCommand } from '../../../core/quiz/sim-link.js';
import type { ProgressStore } from '../../../core/store/store.js';
import { reviewItemId } from '../../../core/templates/draw.js';
import { type Binding, bind, hint, on } from '../../keys/binding.js';
import { type InputControl, useHoldUntilShown } from '../../keys/input-control.js';
import { useBindings } from '../../keys/use-bindings.js';
import type { Navigation } from '../../navigation.js';
import { currentQuestion, type QuizAction, type QuizState } from './state.js';

type QuizCommand =
  | { type: 'next' }
  | { type: 'retry' }
  | { type: 'simulate'; sim: SimCommand }
  | { type: 'back' };

/**
 * The keys that work in this state. While a question is asked its input (the question
 * component) takes the keys; the screen only names Enter for the footer.
 */
export function quizKeys(state: QuizState, sim: SimCommand | undefined): Binding<QuizCommand>[] {
  switch (state.phase) {
    case 'question':
      return [hint('Enter', 'answer')];
    case 'feedback':
      return [
        bind(
          'Enter',
          state.index + 1 < state.questions.length ? 'next' : 'see the score',
          on.enter,
          {
            type: 'next',
          },
        ),
        ...(sim
          ? [
              bind('s', 'open in the simulator', on.char('s'), {
                type: 'simulate',
                sim,
              } as QuizCommand),
            ]
          : []),
      ];
    case 'summary':
      return [
        ...(quizScore(state.answers).missed.length
          ? [bind('r', 'retry the missed ones', on.char('r'), { type: 'retry' } as QuizCommand)]
          : []),
        bind('Enter', 'home', on.enter, { type: 'back' }),
      ];
  }
}

interface QuizInput {
  latest: RefObject<QuizState>;
  dispatch: (action: QuizAction) => boolean;
  changedByThisKey: () => boolean;
  store: () => ProgressStore;
  now: () => number;
  control: InputControl | undefined;
  nav: Navigation;
  /** The simulator that can replay the current feedback's numbers, if any. */
  sim: () => SimCommand | undefined;
  /** Leaves for the simulator, keeping the quiz to come back to. */
  simulate: (sim: SimCommand) => void;
}

/** What a question's input calls with its answer, naming the question it showed. */
export type OnAnswer = (
  asked: { round: number; index: number },
  answer: Answer,
  grade: Grade,
) => void;

/** The read a key came in; without the app's stdin every answer counts as a new read. */
function readOf(control: InputControl | undefined): number {
  return control ? control.reads() : Number.MAX_SAFE_INTEGER;
}

/** Handles the screen's keys; returns what the question input calls with an answer. */
export function useQuizInput(input: QuizInput): OnAnswer {
  const { latest, dispatch, nav, control } = input;
  // A new page (question, feedback, score) mounts new inputs: keys read before they listen
  // wait for them instead of reaching nobody.
  const { round, index, phase } = latest.current;
  const holdUntilShown = useHoldUntilShown(`${round}:${index}:${phase}`);
  useBindings(
    () => quizKeys(latest.current, input.sim()),
    (command) => {
      switch (command.type) {
        case 'back':
          return nav.back();
        case 'simulate':
          return input.simulate(command.sim);
        case 'next':
        case 'retry':
          if (dispatch({ type: command.type, now: input.now(), read: readOf(control) })) {
            holdUntilShown();
          }
          return;
      }
    },
    nav.active,
    input.changedByThisKey,
  );
  return (asked, answer, grade) => {
    const question = currentQuestion(latest.current);
    const accepted = dispatch({
      type: 'answer',
      asked,
      answer,
      grade,
      now: input.now(),
      read: readOf(control),
    });
    if (!accepted || !question) return;
    holdUntilShown();
    const ms = latest.current.answers[latest.current.answers.length - 1]?.ms ?? 0;
    // Saved the moment it is given: a crash or a killed terminal keeps every answer.
    try {
      // A generated question is logged under its template's id (one memory per template).
      input.store().append(reviewEvent(reviewItemId(question.item), answer, grade, ms));
      dispatch({ type: 'saved' });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      dispatch({ type: 'save-failed', message: `Not saved: ${message}` });
    }
  };
}
