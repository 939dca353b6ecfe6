import { Box, Text, useInput } from 'ink';
import { useRef, useState } from 'react';
import type { ParsedCommand } from '../../cli/commands.js';
import { quizArgs } from '../../cli/quiz-args.js';
import { topicIds } from '../../cli/topics.js';
import type { ContentSource } from '../../core/content/compiled.js';
import { loadBank } from '../../core/content/load.js';
import { loadPrices } from '../../core/content/prices.js';
import type { GradableItem } from '../../core/grading/types.js';
import type { QuizKind } from '../../core/quiz/kinds.js';
import { planQuiz, type QuizQuestion } from '../../core/quiz/prepare.js';
import { reviewEvent } from '../../core/quiz/record.js';
import { formatScore, type QuizAnswer, quizScore } from '../../core/quiz/score.js';
import { type SimCommand, simCommandFor } from '../../core/quiz/sim-link.js';
import { reviewItemId } from '../../core/templates/draw.js';
import { loadTemplates } from '../../core/templates/load.js';
import type { Template } from '../../core/templates/schema.js';
import { Feedback } from '../components/question/feedback.js';
import { Lines, styled } from '../components/question/lines.js';
import { QuestionView, questionText, takesText } from '../components/question/question-view.js';
import { ScrollLines } from '../components/question/scroll-lines.js';
import { fitText } from '../components/question/wrap.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { type KeyHelp, useScreen } from '../navigation.js';
import { type Services, useServices } from '../services.js';
import { colors } from '../theme.js';
import { summaryLines } from './quiz-summary.js';
import { screens } from './registry.js';

type Setup =
  | { ok: true; questions: QuizQuestion[]; title: string; notes: string[] }
  | { ok: false; message: string };

interface Session {
  questions: QuizQuestion[];
  index: number;
  answers: QuizAnswer[];
  phase: 'question' | 'feedback' | 'summary';
  /** 0 for the quiz, 1, 2, ... for each retry of the missed items. */
  round: number;
}

const kindLabel: Record<GradableItem['kind'], string> = {
  mcq: 'multiple choice',
  numeric: 'estimate',
  ordering: 'put in order',
  'spot-the-error': 'true or false',
};

/** What the title says a `--kind` quiz asks. */
const quizKindLabel: Record<QuizKind, string> = {
  ...kindLabel,
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

function prepare(cmd: ParsedCommand, services: Services): Setup {
  try {
    const { dir, compiled } = services.content;
    const args = quizArgs(cmd, topicIds(dir));
    const bank = loadBank(dir, compiled);
    const store = services.store();
    const now = services.now();
    const notes: string[] = [];
    const plan = planQuiz(bank, loadPrices(dir), store.events(), {
      ...args,
      now,
      seed: services.seed,
      desiredRetention: store.settings().desiredRetention,
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

/** A quiz left for the simulator (the shell unmounts covered screens), restored on return. */
let parked: { cmd: ParsedCommand; setup: Setup; session: Session } | undefined;

export function QuizScreen({ cmd }: { cmd: ParsedCommand }) {
  const services = useServices();
  const size = useTerminalSize();

  const [restored] = useState(() => {
    const p = parked;
    parked = undefined;
    return p && p.cmd === cmd ? p : undefined;
  });
  const [setup] = useState<Setup>(() => restored?.setup ?? prepare(cmd, services));
  const [session, setSession] = useState<Session>(
    () =>
      restored?.session ?? {
        questions: setup.ok ? setup.questions : [],
        index: 0,
        answers: [],
        phase: 'question',
        round: 0,
      },
  );
  const [saveError, setSaveError] = useState<string | undefined>();
  const shownAt = useRef(services.now());

  const current = session.questions[session.index];
  const last = session.answers[session.answers.length - 1];
  const sim: SimCommand | undefined =
    session.phase === 'feedback' && current?.item.kind === 'numeric' && 'sim' in screens
      ? simCommandFor(current.item)
      : undefined;
  const typing = session.phase === 'question' && current !== undefined && takesText(current.item);
  const missed = quizScore(session.answers).missed;

  const endEarly = () => setSession((s) => ({ ...s, phase: 'summary' }));
  const next = () => {
    shownAt.current = services.now();
    setSession((s) =>
      s.index + 1 < s.questions.length
        ? { ...s, index: s.index + 1, phase: 'question' }
        : { ...s, phase: 'summary' },
    );
  };
  const retryMissed = () => {
    shownAt.current = services.now();
    setSession((s) => ({
      questions: quizScore(s.answers).missed.map((a) =>
        a.expected !== undefined
          ? { item: a.item, expected: a.expected, reason: 'weak' as const }
          : { item: a.item, reason: 'weak' as const },
      ),
      index: 0,
      answers: [],
      phase: 'question',
      round: s.round + 1,
    }));
  };

  const keys: KeyHelp[] = [];
  if (!setup.ok) keys.push({ keys: 'Enter', action: 'back' });
  else if (session.phase === 'question') {
    if (typing) keys.push({ keys: 'Enter', action: 'answer' }, { keys: 'Esc', action: 'end quiz' });
    else keys.push({ keys: 'Enter', action: 'answer' }, { keys: 'q', action: 'end quiz' });
  } else if (session.phase === 'feedback') {
    keys.push({
      keys: 'Enter',
      action: session.index + 1 < session.questions.length ? 'next' : 'see the score',
    });
    if (sim) keys.push({ keys: 's', action: 'open in the simulator' });
    keys.push({ keys: 'q', action: 'end quiz' });
  } else {
    if (missed.length) keys.push({ keys: 'r', action: 'retry the missed ones' });
    keys.push({ keys: 'Enter', action: 'home' });
  }
  const nav = useScreen({
    title: setup.ok ? setup.title : 'Quiz',
    keys,
    textEntry: typing,
    onEscape: setup.ok && session.phase !== 'summary' ? endEarly : undefined,
  });

  useInput(
    (input, key) => {
      if (!setup.ok) {
        if (key.return || input === 'q') nav.back();
        return;
      }
      if (session.phase === 'question') {
        if (input === 'q' && !typing) endEarly();
      } else if (session.phase === 'feedback') {
        if (key.return) next();
        else if (input === 'q') endEarly();
        else if (input === 's' && sim) {
          parked = { cmd, setup, session };
          nav.push({ screen: 'sim', cmd: sim });
        }
      } else if (session.phase === 'summary') {
        if (input === 'r' && missed.length) retryMissed();
        else if (key.return || input === 'q') nav.back();
      }
    },
    { isActive: nav.active },
  );

  const onAnswer: React.ComponentProps<typeof QuestionView>['onAnswer'] = (answer, grade) => {
    if (!current) return;
    const ms = services.now() - shownAt.current;
    // Saved the moment it is given: a crash or a killed terminal keeps every answer.
    try {
      // A generated question is logged under its template's id (one memory per template).
      services.store().append(reviewEvent(reviewItemId(current.item), answer, grade, ms));
      setSaveError(undefined);
    } catch (error) {
      setSaveError(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
    const record: QuizAnswer =
      current.expected !== undefined
        ? { item: current.item, answer, grade, expected: current.expected, ms }
        : { item: current.item, answer, grade, ms };
    setSession((s) => ({ ...s, answers: [...s.answers, record], phase: 'feedback' }));
  };

  const width = Math.max(20, size.columns - 2);
  const body = Math.max(4, size.rows - 4);

  if (!setup.ok) {
    return (
      <Box flexDirection="column">
        <Text color={colors.warn} wrap="wrap">
          {setup.message}
        </Text>
        <Text color={colors.dim}>Enter goes back.</Text>
      </Box>
    );
  }

  if (session.phase === 'summary' || !current) {
    const planned = session.questions.length;
    return (
      <ScrollLines
        key={`summary-${session.round}`}
        lines={summaryLines(session.answers, planned, width)}
        height={body}
        isActive={nav.active}
      />
    );
  }

  const score = quizScore(session.answers).score;
  const progress = `${session.index + 1}/${session.questions.length} · score ${formatScore(score)} · ${kindLabel[current.item.kind]}${session.round ? ` · retry ${session.round}` : ''}`;
  const notes =
    session.index === 0 && session.phase === 'question' && session.round === 0 ? setup.notes : [];
  const extra = (saveError ? 1 : 0) + notes.length;
  const room = Math.max(3, body - 2 - extra);
  // On feedback, the question stays in view (two lines at most) above the answer.
  const asked = fitText(questionText(current.item), width, 2);
  return (
    <Box flexDirection="column">
      <Text color={colors.dim} wrap="truncate-end">
        {progress}
      </Text>
      {notes.map((n) => (
        <Text key={n} color={colors.warn} wrap="truncate-end">
          {n}
        </Text>
      ))}
      {saveError ? (
        <Text color={colors.bad} wrap="truncate-end">
          {saveError}
        </Text>
      ) : null}
      <Box marginTop={1} flexDirection="column">
        {session.phase === 'question' ? (
          <QuestionView
            key={`${session.round}:${current.item.id}`}
            item={current.item}
            {...(current.expected !== undefined ? { expected: current.expected } : {})}
            shuffleSeed={`${services.seed}:${session.round}:${current.item.id}`}
            isActive={nav.active}
            width={width}
            height={room}
            onAnswer={onAnswer}
          />
        ) : last ? (
          <>
            <Lines lines={styled(asked, { color: colors.dim })} />
            <Box marginTop={1}>
              <Feedback
                key={`${session.round}:${current.item.id}`}
                item={last.item}
                answer={last.answer}
                grade={last.grade}
                {...(last.expected !== undefined ? { expected: last.expected } : {})}
                width={width}
                height={Math.max(2, room - asked.length - 1)}
                isActive={nav.active}
              />
            </Box>
          </>
        ) : null}
      </Box>
    </Box>
  );
}
