import { Box } from 'ink';
import { useMemo } from 'react';
import { grade } from '../../../core/grading/grade.js';
import type { Answer, GradableItem, Grade } from '../../../core/grading/types.js';
import { stableShuffleIndices } from '../../../core/stable-shuffle.js';
import { Lines, styled } from './lines.js';
import { isMultiAnswer, McqInput, mcqHeight } from './mcq-input.js';
import { NUMERIC_HEIGHT, NumericInput } from './numeric-input.js';
import { OrderingInput, orderingHeight } from './ordering-input.js';
import { SPOT_HEIGHT, SpotInput } from './spot-input.js';
import { fitText, wrapText } from './wrap.js';

export interface QuestionViewProps {
  /**
   * The item to ask, resolved: a model-linked numeric must come from `resolveItem` (its text
   * rendered and `answer` computed), or `expected` must be given.
   */
  item: GradableItem;
  /** A numeric item's right answer, when not in `item.answer`. */
  expected?: number;
  /** Fixes the shuffled display of mcq choices and ordering steps (e.g. `${seed}:${item.id}`). */
  shuffleSeed: string;
  isActive: boolean;
  width: number;
  /** Lines available: the prompt is clipped so the answer input always fits. */
  height: number;
  onAnswer: (answer: Answer, grade: Grade) => void;
}

/** Whether answering takes typed text: the screen then sets `textEntry` (`?` and `q` are characters). */
export function takesText(item: GradableItem): boolean {
  return item.kind === 'numeric';
}

/** The text asked: the prompt, or for spot-the-error the statement to judge. */
export function questionText(item: GradableItem): string {
  return item.kind === 'spot-the-error' ? `True or false? “${item.statement}”` : item.prompt;
}

function inputHeight(item: GradableItem, width: number): number {
  switch (item.kind) {
    case 'mcq':
      return mcqHeight(item, width);
    case 'numeric':
      return NUMERIC_HEIGHT;
    case 'ordering':
      return orderingHeight(item, width);
    case 'spot-the-error':
      return SPOT_HEIGHT;
  }
}

/** An objective item asked at the keyboard; grades the answer and hands both to `onAnswer`. */
export function QuestionView({
  item,
  expected,
  shuffleSeed,
  isActive,
  width,
  height,
  onAnswer,
}: QuestionViewProps) {
  const n =
    item.kind === 'mcq' ? item.choices.length : item.kind === 'ordering' ? item.steps.length : 0;
  const order = useMemo(() => stableShuffleIndices(n, shuffleSeed), [n, shuffleSeed]);
  const submit = (answer: Answer) => onAnswer(answer, grade(item, answer, expected));

  const text = questionText(item);
  const need = inputHeight(item, width);
  const promptRoom = Math.max(2, height - 1 - need);
  const prompt = fitText(text, width, Math.min(promptRoom, wrapText(text, width).length));
  const room = Math.max(1, height - prompt.length - 1);

  let input: React.ReactNode;
  switch (item.kind) {
    case 'mcq':
      input = (
        <McqInput
          key={item.id}
          item={item}
          order={order}
          isActive={isActive}
          width={width}
          height={room}
          onSubmit={(selected) => submit({ kind: 'mcq', selected })}
        />
      );
      break;
    case 'numeric':
      input = (
        <NumericInput
          key={item.id}
          unit={item.unit}
          isActive={isActive}
          onSubmit={(value) => submit({ kind: 'numeric', value })}
        />
      );
      break;
    case 'ordering':
      input = (
        <OrderingInput
          key={item.id}
          item={item}
          initial={order}
          isActive={isActive}
          width={width}
          height={room}
          onSubmit={(o) => submit({ kind: 'ordering', order: o })}
        />
      );
      break;
    case 'spot-the-error':
      input = (
        <SpotInput
          key={item.id}
          isActive={isActive}
          onSubmit={(saysTrue) => submit({ kind: 'spot-the-error', saysTrue })}
        />
      );
      break;
  }
  return (
    <Box flexDirection="column">
      <Lines lines={styled(prompt, { bold: true })} />
      <Box marginTop={1} flexDirection="column">
        {input}
      </Box>
    </Box>
  );
}

export { isMultiAnswer };
