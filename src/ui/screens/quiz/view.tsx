// What the quiz shows: the question, the feedback on an answer, or the score. Render only.
import { Box, Text } from 'ink';
import type { GradableItem } from '../../../core/grading/types.js';
import { formatScore, quizScore } from '../../../core/quiz/score.js';
import { Feedback } from '../../components/question/feedback.js';
import { Lines, styled } from '../../components/question/lines.js';
import { QuestionView, questionText } from '../../components/question/question-view.js';
import { ScrollLines } from '../../components/question/scroll-lines.js';
import { fitText } from '../../components/question/wrap.js';
import { colors } from '../../theme.js';
import { currentQuestion, lastAnswer, type QuizState } from './state.js';
import { summaryLines } from './summary-lines.js';
import type { OnAnswer } from './use-quiz-input.js';

const kindLabel: Record<GradableItem['kind'], string> = {
  mcq: 'multiple choice',
  numeric: 'estimate',
  ordering: 'put in order',
  'spot-the-error': 'true or false',
};

interface QuizViewProps {
  state: QuizState;
  /** Notes on how the quiz was drawn, shown above its first question. */
  notes: string[];
  seed: number;
  isActive: boolean;
  width: number;
  /** Rows for the body. */
  body: number;
  onAnswer: OnAnswer;
}

export function QuizView({ state, notes, seed, isActive, width, body, onAnswer }: QuizViewProps) {
  const current = currentQuestion(state);
  if (!current) {
    return (
      <ScrollLines
        key={`summary-${state.round}`}
        lines={summaryLines(state.answers, state.questions.length, width)}
        height={body}
        isActive={isActive}
      />
    );
  }
  const last = lastAnswer(state);
  const score = quizScore(state.answers).score;
  const progress = `${state.index + 1}/${state.questions.length} · score ${formatScore(score)} · ${kindLabel[current.item.kind]}${state.round ? ` · retry ${state.round}` : ''}`;
  const shownNotes =
    state.index === 0 && state.phase === 'question' && state.round === 0 ? notes : [];
  const extra = (state.saveError ? 1 : 0) + shownNotes.length;
  const room = Math.max(3, body - 2 - extra);
  // On feedback, the question stays in view (two lines at most) above the answer.
  const asked = fitText(questionText(current.item), width, 2);
  return (
    <Box flexDirection="column">
      <Text color={colors.dim} wrap="truncate-end">
        {progress}
      </Text>
      {shownNotes.map((n) => (
        <Text key={n} color={colors.warn} wrap="truncate-end">
          {n}
        </Text>
      ))}
      {state.saveError ? (
        <Text color={colors.bad} wrap="truncate-end">
          {state.saveError}
        </Text>
      ) : null}
      <Box marginTop={1} flexDirection="column">
        {state.phase === 'question' ? (
          <QuestionView
            key={`${state.round}:${current.item.id}`}
            item={current.item}
            {...(current.expected !== undefined ? { expected: current.expected } : {})}
            shuffleSeed={`${seed}:${state.round}:${current.item.id}`}
            isActive={isActive}
            width={width}
            height={room}
            onAnswer={(answer, grade) =>
              onAnswer({ round: state.round, index: state.index }, answer, grade)
            }
          />
        ) : last ? (
          <>
            <Lines lines={styled(asked, { color: colors.dim })} />
            <Box marginTop={1}>
              <Feedback
                key={`${state.round}:${current.item.id}`}
                item={last.item}
                answer={last.answer}
                grade={last.grade}
                {...(last.expected !== undefined ? { expected: last.expected } : {})}
                width={width}
                height={Math.max(2, room - asked.length - 1)}
                isActive={isActive}
              />
            </Box>
          </>
        ) : null}
      </Box>
    </Box>
  );
}

export function QuizUnavailable({ message }: { message: string }) {
  return (
    <Box flexDirection="column">
      <Text color={colors.warn} wrap="wrap">
        {message}
      </Text>
      <Text color={colors.dim}>Enter goes back.</Text>
    </Box>
  );
}
