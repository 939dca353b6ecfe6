// What the mock shows: the intro, the round (the clock line, a notice line and the step on
// screen) or the report. Render only: the step inputs' callbacks come from use-mock-input.
import { Box, Text } from 'ink';
import { isGradable } from '../../../core/grading/types.js';
import type { PastRound } from '../../../core/mock/history.js';
import { type RoundPlan, sectionTitles } from '../../../core/mock/plan.js';
import { currentQuestion } from '../../../core/mock/round.js';
import { clockView, mmss } from '../../../core/mock/timer.js';
import { QuestionView } from '../../components/question/question-view.js';
import { colors } from '../../theme.js';
import { FlashcardStep } from './flashcard-step.js';
import { GradeStep } from './grade-step.js';
import { IntroView } from './intro-view.js';
import { gradeLayoutOf, openLayoutOf, type RoundLayout } from './layout.js';
import { OpenStep } from './open-step.js';
import { ReportView } from './report-view.js';
import { isOpen, type MockState, type Notice, type RoundStage } from './state.js';
import type { StepInputs } from './use-mock-input.js';

interface MockViewProps {
  state: MockState;
  plan: RoundPlan;
  seed: number;
  rounds: readonly PastRound[];
  layout: RoundLayout;
  /** The terminal's rows. */
  rows: number;
  isActive: boolean;
  inputs: StepInputs;
}

export function MockView({
  state,
  plan,
  seed,
  rounds,
  layout,
  rows,
  isActive,
  inputs,
}: MockViewProps) {
  switch (state.stage) {
    case 'intro':
      return (
        <IntroView
          plan={plan}
          seed={seed}
          rounds={rounds}
          error={state.error}
          width={layout.width}
          rows={rows}
        />
      );
    case 'round':
      return <RoundView state={state} layout={layout} isActive={isActive} inputs={inputs} />;
    case 'report':
      return (
        <ReportView state={state} width={layout.width} body={layout.body} isActive={isActive} />
      );
  }
}

interface RoundViewProps {
  state: RoundStage;
  layout: RoundLayout;
  isActive: boolean;
  inputs: StepInputs;
}

function RoundView({ state, layout, isActive, inputs }: RoundViewProps) {
  const { round, step } = state;
  const q = currentQuestion(round);
  const view = clockView(round.plan, round.timer, state.now);
  const section = round.plan.sections[round.timer.section];
  const inSection = q ? round.questions.filter((x) => x.section === q.section) : [];
  const position = q ? inSection.findIndex((x) => x.item.id === q.item.id) + 1 : 0;
  const clockColor =
    view.level === 'urgent' ? colors.bad : view.level === 'warn' ? colors.warn : colors.accent;
  // The step's inputs wait while a question is asked.
  const active = isActive && !state.asking;
  const { width, height } = layout;

  let content: React.ReactNode = null;
  if (q && step.kind === 'grade' && isOpen(q.item)) {
    const grade = gradeLayoutOf(state, layout);
    content = grade ? <GradeStep item={q.item} step={step} layout={grade} width={width} /> : null;
  } else if (q && step.kind === 'card' && q.item.kind === 'flashcard') {
    content = (
      <FlashcardStep
        item={q.item}
        revealed={step.revealed}
        scroll={step.scroll}
        width={width}
        height={height}
      />
    );
  } else if (q && step.kind === 'open') {
    const open = openLayoutOf(state, layout);
    const index = round.index;
    content = open ? (
      <OpenStep
        key={q.item.id}
        probe={step.probe}
        layout={open}
        width={width}
        isActive={active}
        onChange={(text) => inputs.onDraft(index, step.probe, text)}
        onSubmit={(text) => inputs.onSubmit(index, step.probe, text)}
      />
    ) : null;
  } else if (q && step.kind === 'question' && isGradable(q.item)) {
    const index = round.index;
    content = (
      <QuestionView
        key={q.item.id}
        item={q.item}
        shuffleSeed={`${round.seed}:${q.item.id}`}
        isActive={active}
        width={width}
        height={height}
        onAnswer={(a, g) => inputs.onAnswer(index, a, g)}
        onTyped={(typed) => inputs.onTyped(index, typed)}
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
      <NoticeLine
        notice={state.notice}
        warning={round.warning}
        now={state.now}
        asking={state.asking}
      />
      {layout.gap ? <Box height={1} /> : null}
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
