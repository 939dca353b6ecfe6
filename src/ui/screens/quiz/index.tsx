// Graded questions at the keyboard; every answer is saved the moment it is given.
import { useState } from 'react';
import type { ContentSource } from '../../../core/content/compiled.js';
import { loadBank } from '../../../core/content/load.js';
import { loadPrices } from '../../../core/content/prices.js';
import type { QuizKind } from '../../../core/quiz/kinds.js';
import { planQuiz, type QuizQuestion } from '../../../core/quiz/prepare.js';
import { simCommandFor } from '../../../core/quiz/sim-link.js';
import { loadTemplates } from '../../../core/templates/load.js';
import type { Template } from '../../../core/templates/schema.js';
import { checkTopic } from '../../check-topic.js';
import { takesText } from '../../components/question/question-view.js';
import { useTerminalSize } from '../../hooks/use-terminal-size.js';
import { bind, hintsOf, on } from '../../keys/binding.js';
import { useInputControl } from '../../keys/input-control.js';
import { useBindings } from '../../keys/use-bindings.js';
import { useLatestReducer } from '../../keys/use-latest-reducer.js';
import { useScreen } from '../../navigation.js';
import type { QuizArgs, RouteTo } from '../../routes.js';
import { type Services, useServices } from '../../services.js';
import { screens } from '../registry.js';
import { currentQuestion, type QuizState, reduceQuiz, startQuiz } from './state.js';
import { quizKeys, useQuizInput } from './use-quiz-input.js';
import { QuizUnavailable, QuizView } from './view.js';

type Setup =
  | { ok: true; questions: QuizQuestion[]; title: string; notes: string[] }
  | { ok: false; message: string };

/** What the title says a `--kind` quiz asks. */
const quizKindLabel: Record<QuizKind, string> = {
  mcq: 'multiple choice',
  numeric: 'estimate',
  ordering: 'put in order',
  'spot-the-error': 'true or false',
  estimate: 'generated estimates',
};

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

/**
 * The templates an `estimate` quiz needs (a broken templates.yaml stops it); other quizzes go
 * on without generated questions and say why.
 */
function templatesFor(
  { dir, compiled }: ContentSource,
  kind: QuizKind | undefined,
  notes: string[],
): Template[] {
  try {
    return [...loadTemplates(dir, compiled)];
  } catch (error) {
    if (kind === 'estimate') throw error;
    notes.push(`Generated questions left out: ${firstLine(error)}`);
    return [];
  }
}

function prepare(args: QuizArgs, services: Services): Setup {
  try {
    const { dir, compiled } = services.content;
    const bank = loadBank(dir, compiled);
    checkTopic(bank, args.topic);
    const store = services.store();
    const notes: string[] = [];
    const plan = planQuiz(bank, loadPrices(dir), store.events(), {
      ...args,
      now: services.now(),
      seed: args.seed ?? services.seed,
      desiredRetention: store.settings().desiredRetention,
      // Today's new quiz items stop at the daily limit, as Home and stats count them.
      newPerDay: store.settings().newPerDay,
      templates: templatesFor(services.content, args.kind, notes),
    });
    const what = [
      args.topic ? (bank.material.topics[args.topic] ?? args.topic) : undefined,
      args.kind ? quizKindLabel[args.kind] : undefined,
    ].filter(Boolean);
    if (plan.questions.length === 0) {
      return {
        ok: false,
        message: `No questions match${what.length ? ` (${what.join(', ')})` : ''}.`,
      };
    }
    notes.push(...plan.skipped.map((s) => `Skipped ${s.id}: ${s.error}`));
    if (plan.questions.length < args.count) {
      notes.push(
        `Only ${plan.questions.length} question${plan.questions.length === 1 ? '' : 's'} match.`,
      );
    }
    return { ok: true, questions: plan.questions, title: ['Quiz', ...what].join(' · '), notes };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

type Ready = Extract<Setup, { ok: true }>;

/** A quiz left for the simulator (the shell unmounts covered screens), restored on return. */
let parked: { args: QuizArgs; setup: Ready; state: QuizState } | undefined;

export function QuizScreen({ route }: { route: RouteTo<'quiz'> }) {
  const { args } = route;
  const services = useServices();
  const [restored] = useState(() => {
    const p = parked;
    parked = undefined;
    return p && p.args === args ? p : undefined;
  });
  const [setup] = useState<Setup>(() => restored?.setup ?? prepare(args, services));
  if (!setup.ok) return <Unavailable message={setup.message} />;
  return <Quiz args={args} setup={setup} restored={restored?.state} />;
}

function Unavailable({ message }: { message: string }) {
  const keys = [bind('Enter', 'back', on.enter, 'back' as const)];
  const nav = useScreen({ title: 'Quiz', keys: hintsOf(keys) });
  useBindings(
    () => keys,
    () => nav.back(),
    nav.active,
  );
  return <QuizUnavailable message={message} />;
}

function Quiz({ args, setup, restored }: { args: QuizArgs; setup: Ready; restored?: QuizState }) {
  const services = useServices();
  const control = useInputControl();
  const size = useTerminalSize();
  const { state, latest, dispatch, changedByThisKey } = useLatestReducer(
    reduceQuiz,
    () => restored ?? startQuiz(setup.questions, services.now(), control?.reads() ?? 0),
  );

  const simFor = (s: QuizState) => {
    const q = currentQuestion(s);
    return s.phase === 'feedback' && q?.item.kind === 'numeric' && 'sim' in screens
      ? simCommandFor(q.item)
      : undefined;
  };
  const current = currentQuestion(state);
  const typing = state.phase === 'question' && current !== undefined && takesText(current.item);
  const running = state.phase !== 'summary';
  const finish = () => dispatch({ type: 'finish' });
  const nav = useScreen({
    title: setup.title,
    keys: [
      ...hintsOf(quizKeys(state, simFor(state))),
      ...(running ? [{ keys: 'Esc', action: 'end quiz' }] : []),
    ],
    textEntry: typing,
    // A running quiz ends to its score first (q, or Esc while typing an answer).
    quit: running ? { help: 'end quiz', run: finish } : undefined,
    onEscape: running ? finish : undefined,
  });

  const onAnswer = useQuizInput({
    latest,
    dispatch,
    changedByThisKey,
    store: services.store,
    now: services.now,
    control,
    nav,
    sim: () => simFor(latest.current),
    simulate: (sim) => {
      parked = { args, setup, state: latest.current };
      nav.push({ screen: 'sim', flags: sim });
    },
  });

  return (
    <QuizView
      state={state}
      notes={setup.notes}
      seed={services.seed}
      isActive={nav.active}
      width={Math.max(20, size.columns - 2)}
      body={Math.max(4, size.rows - 4)}
      onAnswer={onAnswer}
    />
  );
}
