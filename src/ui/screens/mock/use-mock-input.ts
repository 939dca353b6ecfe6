// The mock's keys, each declared once (footer, `?` and handler read this list), the clock's
// ticks, and the one place the round is written: after the reducer has accepted an action,
// every new answer goes to the log, and a finished round its study plan and `mock` event.
import type { Key } from 'ink';
import { type RefObject, useEffect, useRef } from 'react';
import type { Answer, Grade, Rating } from '../../../core/grading/types.js';
import { RoundRecorder } from '../../../core/mock/record.js';
import { currentQuestion } from '../../../core/mock/round.js';
import { scoreRound } from '../../../core/mock/score.js';
import { masteryByTopic } from '../../../core/mock/setup.js';
import { studyPlan } from '../../../core/mock/study-plan.js';
import type { ProgressStore } from '../../../core/store/store.js';
import { type Binding, bind, hint, on } from '../../keys/binding.js';
import type { InputControl } from '../../keys/input-control.js';
import { useBindings } from '../../keys/use-bindings.js';
import type { Navigation } from '../../navigation.js';
import { cardScrollLimit, gradeLayoutOf, openLayoutOf, type RoundLayout } from './layout.js';
import type { MockAction, MockState, RoundStage } from './state.js';

/** How often the clock is read; the screen redraws only when the shown second changes. */
export const POLL_MS = 250;

type MockCommand =
  | { type: 'start' }
  | { type: 'reveal' }
  | { type: 'rate'; rating: Rating }
  | { type: 'scroll'; by: number }
  | { type: 'brief'; by: number }
  | { type: 'point'; by: number }
  | { type: 'toggle' }
  | { type: 'page'; by: number }
  | { type: 'next' }
  | { type: 'end-now' }
  | { type: 'quit-now' }
  | { type: 'keep-going' };

const either = (c: string) => on.any(on.char(c), on.char(c.toUpperCase()));
const upDown = (_: string, key: Key) => key.upArrow || key.downArrow;
const byArrow = (_: string, key: Key) => (key.upArrow ? -1 : 1);

/** The keys of the step on screen. An objective question's input and the editor take their own. */
function roundKeys(s: RoundStage, briefScrolls: boolean): Binding<MockCommand>[] {
  if (s.asking) {
    return [
      bind<MockCommand>(
        'y',
        s.asking === 'quit' ? 'quit, draft saved' : 'end now',
        either('y'),
        s.asking === 'quit' ? { type: 'quit-now' } : { type: 'end-now' },
      ),
      bind<MockCommand>('n', 'keep going', either('n'), { type: 'keep-going' }),
    ];
  }
  const step = s.step;
  switch (step.kind) {
    case 'card':
      return step.revealed
        ? [
            bind('1-4', 'rate', on.digit(1, 4), (input) => ({
              type: 'rate',
              rating: Number(input) as Rating,
            })),
            bind('↑↓', 'scroll', upDown, (input, key) => ({
              type: 'scroll',
              by: byArrow(input, key),
            })),
          ]
        : [bind<MockCommand>('Space', 'reveal', on.any(on.space, on.enter), { type: 'reveal' })];
    case 'question':
      return currentQuestion(s.round)?.item.kind === 'numeric'
        ? [hint('Enter', 'answer')]
        : [hint('↑↓', 'choose'), hint('Enter', 'answer')];
    case 'open':
      return [
        hint('Tab/Ctrl+D', 'done'),
        ...(briefScrolls
          ? [
              bind<MockCommand>(
                'PgUp/PgDn',
                'scroll the question',
                (_, key) => key.pageUp || key.pageDown,
                (_, key) => ({ type: 'brief', by: key.pageUp ? -1 : 1 }),
              ),
            ]
          : []),
      ];
    case 'grade':
      return [
        bind('↑↓', 'point', upDown, (input, key) => ({ type: 'point', by: byArrow(input, key) })),
        bind<MockCommand>('Space', 'tick', on.space, { type: 'toggle' }),
        bind<MockCommand>('Enter', 'next', on.enter, { type: 'next' }),
        bind<MockCommand>(
          '←→',
          'page',
          (_, key) => key.leftArrow || key.rightArrow || key.pageUp || key.pageDown,
          (_, key) => ({ type: 'page', by: key.leftArrow || key.pageUp ? -1 : 1 }),
        ),
      ];
    case 'none':
      return [];
  }
}

/** The keys that work in this state (the report's scrolling is its list's own). */
export function mockKeys(state: MockState, layout: RoundLayout): Binding<MockCommand>[] {
  switch (state.stage) {
    case 'intro':
      return state.error ? [] : [bind<MockCommand>('Enter', 'start', on.enter, { type: 'start' })];
    case 'round':
      return roundKeys(state, openLayoutOf(state, layout)?.overflow ?? false);
    case 'report':
      return [hint('↑↓ PgUp PgDn', 'scroll')];
  }
}

interface MockInput {
  latest: RefObject<MockState>;
  dispatch: (action: MockAction) => boolean;
  changedByThisKey: () => boolean;
  nav: Navigation;
  control: InputControl | undefined;
  store: () => ProgressStore;
  now: () => number;
  layout: () => RoundLayout;
  /** Loads the bank and draws the round's questions: a `start` action, or why it cannot. */
  begin: (now: number, read: number) => MockAction;
}

/** What the step's own inputs call (an objective question's, the editor's). */
export interface StepInputs {
  onAnswer: (index: number, given: Answer, grade: Grade) => void;
  onTyped: (index: number, typed: { answer: Answer; grade: Grade } | undefined) => void;
  onDraft: (index: number, probe: number, text: string) => void;
  onSubmit: (index: number, probe: number, text: string) => void;
}

export function useMockInput(input: MockInput): StepInputs {
  const self = useRef(input);
  self.current = input;
  const recorder = useRef<RoundRecorder | undefined>(undefined);
  // Without the app's stdin (a bare render) every key counts as a read of its own.
  const counted = useRef(0);
  const keyRead = () => {
    const { control } = self.current;
    return control ? control.reads() : ++counted.current;
  };
  const lastRead = () => self.current.control?.reads() ?? counted.current;

  /** Dispatches, and writes what an accepted action changed. */
  const run = (action: MockAction) => {
    if (self.current.dispatch(action)) persist();
  };
  const persist = () => {
    const { latest, dispatch, store, now } = self.current;
    const s = latest.current;
    if (s.stage !== 'round') return;
    recorder.current ??= new RoundRecorder(store());
    let failed: string | undefined;
    try {
      recorder.current.sync(s.round);
    } catch (error) {
      failed = notSaved(error);
      dispatch({ type: 'save-failed', message: failed });
    }
    if (s.round.phase !== 'done' || recorder.current.finished) return;
    const report = scoreRound(s.round);
    const plan = studyPlan(
      report,
      s.bank.items,
      s.round.seed,
      masteryByTopic(s.bank, store().events(), now()),
    );
    try {
      recorder.current.finish(s.round, report, plan);
    } catch (error) {
      failed = notSaved(error);
    }
    dispatch({ type: 'reported', report, plan, ...(failed ? { saveError: failed } : {}) });
  };
  const timed = () => ({ now: self.current.now(), read: keyRead() });

  useBindings(
    () => mockKeys(self.current.latest.current, self.current.layout()),
    (command) => {
      const { latest, layout, nav } = self.current;
      const s = latest.current;
      const round = s.stage === 'round' ? s : undefined;
      switch (command.type) {
        case 'start': {
          const t = timed();
          return run(self.current.begin(t.now, t.read));
        }
        case 'reveal':
          return run({ type: 'reveal', ...timed() });
        case 'rate':
          return run({ type: 'rate', rating: command.rating, ...timed() });
        case 'scroll': {
          const q = round && currentQuestion(round.round);
          if (q?.item.kind !== 'flashcard') return;
          const { width, height } = layout();
          return run({
            type: 'scroll',
            by: command.by,
            limit: cardScrollLimit(q.item, width, height),
          });
        }
        case 'brief': {
          const open = round && openLayoutOf(round, layout());
          if (!open) return;
          return run({ type: 'brief', by: command.by * open.pageBy, max: open.maxTop });
        }
        case 'point':
        case 'page':
        case 'toggle':
        case 'next': {
          const grade = round && gradeLayoutOf(round, layout());
          if (!grade) return;
          const visible = grade.visible;
          if (command.type === 'point') return run({ type: 'point', by: command.by, visible });
          if (command.type === 'page') {
            return run({ type: 'page', by: command.by, pages: grade.pages, visible });
          }
          return run({ type: command.type, visible, ...timed() });
        }
        case 'end-now':
          return run({ type: 'end-now', ...timed() });
        case 'keep-going':
          return run({ type: 'keep-going' });
        case 'quit-now':
          // Quitting saves the round as abandoned, with the draft (the interrupt save below).
          return nav.interrupt();
      }
    },
    input.nav.active,
    input.changedByThisKey,
  );

  // Read through a ref: the interval and the interrupt save are set up once.
  const background = useRef({ tick: () => {}, interrupt: () => {} });
  background.current = {
    // A tick applies the time (a section running out moves on) and redraws the countdown
    // when the second shown changes. The time comes from the injected clock.
    tick: () => {
      const s = self.current.latest.current;
      if (s.stage === 'round' && s.round.phase !== 'done') {
        run({ type: 'tick', now: self.current.now(), read: lastRead() });
      }
    },
    // Ctrl+C saves the partial round as abandoned (the answers are already in the log).
    interrupt: () => {
      const s = self.current.latest.current;
      if (s.stage === 'round' && s.round.phase !== 'done') {
        run({ type: 'interrupt', now: self.current.now(), read: lastRead() });
      }
    },
  };
  useEffect(() => {
    const timer = setInterval(() => background.current.tick(), POLL_MS);
    return () => clearInterval(timer);
  }, []);
  const { nav } = input;
  useEffect(() => nav.onInterrupt(() => background.current.interrupt()), [nav]);

  return {
    onAnswer: (index, given, grade) => run({ type: 'answer', index, given, grade, ...timed() }),
    onTyped: (index, typed) =>
      run({
        type: 'typed',
        index,
        ...(typed ? { typed: { given: typed.answer, grade: typed.grade } } : {}),
      }),
    onDraft: (index, probe, text) => run({ type: 'draft', index, probe, text }),
    onSubmit: (index, probe, text) => run({ type: 'submit', index, probe, text, ...timed() }),
  };
}

function notSaved(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `Not saved: ${message.split('\n')[0] ?? message}`;
}
