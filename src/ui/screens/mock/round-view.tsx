import { Box, Text, useInput } from 'ink';
import { useEffect, useState } from 'react';
import type { Bank } from '../../../core/content/schema.js';
import { isGradable } from '../../../core/grading/types.js';
import { sectionTitles } from '../../../core/mock/plan.js';
import {
  answer,
  currentQuestion,
  endRound,
  flashcardGrade,
  gradeOpen,
  type RoundState,
  setDraft,
  setTyped,
  submitOpen,
} from '../../../core/mock/round.js';
import { clockView, mmss } from '../../../core/mock/timer.js';
import { QuestionView } from '../../components/question/question-view.js';
import { useTerminalSize } from '../../hooks/use-terminal-size.js';
import type { KeyHelp } from '../../navigation.js';
import { useScreen } from '../../navigation.js';
import { colors, textWidth } from '../../theme.js';
import { FlashcardStep } from './flashcard-step.js';
import { GradeStep } from './grade-step.js';
import { OpenStep } from './open-step.js';
import { type Notice, type RoundOutcome, useRound } from './use-round.js';

interface RoundViewProps {
  initial: RoundState;
  bank: Bank;
  onDone: (outcome: RoundOutcome) => void;
}

function keysFor(state: RoundState): { keys: KeyHelp[]; textEntry: boolean } {
  const q = currentQuestion(state);
  const end: KeyHelp = { keys: 'Esc', action: 'end' };
  if (!q) return { keys: [end], textEntry: false };
  if (state.phase === 'grading') {
    return {
      keys: [
        { keys: '↑↓', action: 'point' },
        { keys: 'Space', action: 'tick' },
        { keys: 'Enter', action: 'next' },
        { keys: '←→', action: 'page' },
        end,
      ],
      textEntry: false,
    };
  }
  switch (q.item.kind) {
    case 'flashcard':
      return {
        keys: [{ keys: 'Space', action: 'reveal' }, { keys: '1-4', action: 'rate' }, end],
        textEntry: false,
      };
    case 'numeric':
      return { keys: [{ keys: 'Enter', action: 'answer' }, end], textEntry: true };
    case 'scenario':
    case 'free-response':
      return { keys: [{ keys: 'Tab/Ctrl+D', action: 'done' }, end], textEntry: true };
    default:
      return {
        keys: [{ keys: '↑↓', action: 'choose' }, { keys: 'Enter', action: 'answer' }, end],
        textEntry: false,
      };
  }
}

/** The round: the clock line, a notice line, and the question on screen. */
export function RoundView({ initial, bank, onDone }: RoundViewProps) {
  // A question the shell's keys asked: end the round (Esc, q) or quit the app (Ctrl+C while
  // writing an open answer).
  const [asking, setAsking] = useState<'end' | 'quit' | undefined>();
  const confirming = asking !== undefined;
  const { state, outcome, notice, apply, now } = useRound(
    initial,
    bank,
    (i) => sectionTitles[initial.plan.sections[i]?.kind ?? 'design'],
  );
  const { keys, textEntry } = keysFor(state);
  const asked = currentQuestion(state)?.item.kind;
  const writing =
    state.phase === 'answering' && (asked === 'scenario' || asked === 'free-response');
  const nav = useScreen({
    title: `Mock interview (${state.plan.format}, ${state.plan.minutes} min)`,
    keys: confirming
      ? [
          { keys: 'y', action: asking === 'quit' ? 'quit, draft saved' : 'end now' },
          { keys: 'n', action: 'keep going' },
        ]
      : keys,
    onEscape: () => setAsking((a) => (a ? undefined : 'end')),
    quit: { help: 'end', run: () => setAsking('end') },
    // Ctrl+C while an answer is being written asks first; a second Ctrl+C quits.
    ...(writing
      ? { interrupt: () => (asking === 'quit' ? nav.interrupt() : setAsking('quit')) }
      : {}),
    textEntry: textEntry && !confirming,
  });
  const size = useTerminalSize();

  useEffect(() => {
    if (outcome) onDone(outcome);
  }, [outcome, onDone]);

  useInput(
    (input) => {
      if (input === 'y' || input === 'Y') {
        setAsking(undefined);
        // Quitting saves the round as abandoned with the draft (useRound's interrupt save).
        if (asking === 'quit') nav.interrupt();
        else apply((s, t) => endRound(s, t, 'ended-early'));
      } else if (input === 'n' || input === 'N') setAsking(undefined);
    },
    { isActive: nav.active && confirming },
  );

  const width = textWidth(Math.max(20, size.columns - 1));
  const body = Math.max(6, size.rows - 4);
  // The clock and notice lines, and a blank line under them when the terminal has room.
  const gap = body >= 12 ? 1 : 0;
  const height = body - 2 - gap;
  const active = nav.active && !confirming;
  const q = currentQuestion(state);
  const t = now();
  const view = clockView(state.plan, state.timer, t);
  const section = state.plan.sections[state.timer.section];
  const inSection = q ? state.questions.filter((x) => x.section === q.section) : [];
  const position = q ? inSection.findIndex((x) => x.item.id === q.item.id) + 1 : 0;
  const clockColor =
    view.level === 'urgent' ? colors.bad : view.level === 'warn' ? colors.warn : colors.accent;

  let content: React.ReactNode = null;
  if (
    q &&
    state.phase === 'grading' &&
    (q.item.kind === 'scenario' || q.item.kind === 'free-response')
  ) {
    content = (
      <GradeStep
        key={`grade:${q.item.id}`}
        item={q.item}
        draft={state.draft ?? { text: '', probes: [] }}
        width={width}
        height={height}
        isActive={active}
        onDone={(g, ticks, seen) => apply((s, at) => gradeOpen(s, at, g, ticks, seen))}
      />
    );
  } else if (q && q.item.kind === 'flashcard') {
    const id = q.item.id;
    content = (
      <FlashcardStep
        key={id}
        item={q.item}
        width={width}
        height={height}
        isActive={active}
        onRate={(rating) =>
          apply((s, at) =>
            currentQuestion(s)?.item.id === id
              ? answer(s, at, flashcardGrade(rating), { rating })
              : s,
          )
        }
      />
    );
  } else if (q && (q.item.kind === 'scenario' || q.item.kind === 'free-response')) {
    const id = q.item.id;
    const same = (s: RoundState) => currentQuestion(s)?.item.id === id && s.phase === 'answering';
    content = (
      <OpenStep
        key={id}
        item={q.item}
        probes={section?.kind === 'design' ? section.probes : 0}
        width={width}
        height={height}
        isActive={active}
        onDraft={(d) => apply((s) => (same(s) ? setDraft(s, d) : s))}
        onSubmit={(d) => apply((s, at) => (same(s) ? submitOpen(s, at, d) : s))}
      />
    );
  } else if (q && isGradable(q.item)) {
    const id = q.item.id;
    content = (
      <QuestionView
        key={id}
        item={q.item}
        shuffleSeed={`${state.seed}:${id}`}
        isActive={active}
        width={width}
        height={height}
        onAnswer={(a, g) =>
          apply((s, at) => (currentQuestion(s)?.item.id === id ? answer(s, at, g, a) : s))
        }
        onTyped={(typed) =>
          apply((s) =>
            currentQuestion(s)?.item.id === id
              ? setTyped(s, typed && { graded: typed.grade, given: typed.answer })
              : s,
          )
        }
      />
    );
  }

  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text bold>{sectionTitles[q?.section ?? section?.kind ?? 'design']}</Text>
        <Text color={clockColor}> {mmss(view.sectionLeftMs)} left in section</Text>
        <Text> · </Text>
        <Text color={clockColor} bold>
          round {mmss(view.roundLeftMs)}
        </Text>
        <Text color={colors.dim}>
          {view.paused
            ? ' · clock paused while you grade'
            : q
              ? ` · question ${position} of ${inSection.length}`
              : ''}
        </Text>
      </Text>
      <NoticeLine notice={notice} warning={state.warning} now={t} asking={asking} />
      {gap ? <Box height={1} /> : null}
      {content}
    </Box>
  );
}

function NoticeLine({
  notice,
  warning,
  now,
  asking,
}: {
  notice?: Notice;
  warning?: number;
  now: number;
  asking?: 'end' | 'quit';
}) {
  if (asking) {
    return (
      <Text color={colors.warn} bold wrap="truncate-end">
        {asking === 'quit'
          ? 'Quit? The draft is saved with the round, marked abandoned. (y/n)'
          : 'End the interview now? (y/n)'}
      </Text>
    );
  }
  if (notice && (notice.until === undefined || now < notice.until)) {
    return (
      <Text color={colors.accent} bold wrap="truncate-end">
        → {notice.text}
      </Text>
    );
  }
  if (warning !== undefined) {
    return (
      <Text color={warning === 1 ? colors.bad : colors.warn} bold wrap="truncate-end">
        ⚠ {warning === 1 ? '1 minute' : `${warning} minutes`} left in the interview
      </Text>
    );
  }
  return (
    <Text color={colors.dim} wrap="truncate-end">
      Esc ends the interview early
    </Text>
  );
}
