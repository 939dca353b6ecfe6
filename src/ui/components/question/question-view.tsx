import { Box } from 'ink';
import { useMemo } from 'react';
import { grade } from '../../../core/grading/grade.js';
import { parseNumberInput } from '../../../core/grading/parse-number.js';
import type { Answer, GradableItem, Grade } from '../../../core/grading/types.js';
import { stableShuffleIndices } from '../../../core/stable-shuffle.js';
import { useHoldUntilListening } from '../../keys/input-control.js';
import { textWidth } from '../../theme.js';
import { styled } from './lines.js';
import { isMultiAnswer, McqInput, mcqHeight } from './mcq-input.js';
import { NUMERIC_HEIGHT, NumericInput } from './numeric-input.js';
import { OrderingInput, orderingHeight } from './ordering-input.js';
import { ScrollLines } from './scroll-lines.js';
import { SPOT_HEIGHT, SpotInput } from './spot-input.js';
import { wrapText } from './wrap.js';

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
  /**
   * What a typed answer (an estimate) would be if submitted now, on every change; undefined
   * while the text does not parse. The mock submits it when time runs out.
   */
  onTyped?: (typed: { answer: Answer; grade: Grade } | undefined) => void;
}

/** Whether answering takes typed text: the screen then sets `textEntry` (`?` and `q` are characters). */
export function takesText(item: GradableItem): boolean {
  return item.kind === 'numeric';
}

/** The text asked: the prompt, or for spot-the-error the statement to judge. */
export function questionText(item: GradableItem): string {
  return item.kind === 'spot-the-error' ? `True or false? “${item.statement}”` : item.prompt;
}

/** Rows the answer input needs with nothing cut, and the fewest it can work in. */
function inputRows(item: GradableItem, width: number): { natural: number; least: number } {
  switch (item.kind) {
    case 'mcq':
      return { natural: mcqHeight(item, width), least: 1 + Math.min(item.choices.length, 3) };
    case 'numeric':
      return { natural: NUMERIC_HEIGHT, least: NUMERIC_HEIGHT };
    case 'ordering':
      return { natural: orderingHeight(item, width), least: 1 + Math.min(item.steps.length, 3) };
    case 'spot-the-error':
      return { natural: SPOT_HEIGHT, least: SPOT_HEIGHT };
  }
}

/**
 * How `height` rows are shared: the question first (it is what is asked), then the input at
 * no less than it needs to work, then a blank line between them when there is room for it.
 * A question that still does not fit scrolls (PgUp/PgDn) above a "↓ N more" row.
 */
export function questionLayout(
  promptLines: number,
  input: { natural: number; least: number },
  height: number,
): { prompt: number; gap: number; input: number } {
  const gap = promptLines + 1 + input.natural <= height ? 1 : 0;
  const prompt = Math.min(promptLines, Math.max(2, height - gap - input.least));
  return { prompt, gap, input: Math.max(1, height - prompt - gap) };
}

/** An objective item asked at the keyboard; grades the answer and hands both to `onAnswer`. */
export function QuestionView({
  item,
  expected,
  shuffleSeed,
  isActive,
  width: available,
  height,
  onAnswer,
  onTyped,
}: QuestionViewProps) {
  const width = textWidth(available);
  const n =
    item.kind === 'mcq' ? item.choices.length : item.kind === 'ordering' ? item.steps.length : 0;
  const order = useMemo(() => stableShuffleIndices(n, shuffleSeed), [n, shuffleSeed]);
  const submit = (answer: Answer) => onAnswer(answer, grade(item, answer, expected));
  // Each question mounts a new input: keys wait until it listens.
  useHoldUntilListening(isActive);

  const text = useMemo(() => wrapText(questionText(item), width), [item, width]);
  const fit = questionLayout(text.length, inputRows(item, width), height);
  const room = fit.input;
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
          onChange={(typed) => {
            if (!onTyped) return;
            const parsed = typed.trim() ? parseNumberInput(typed, item.unit) : undefined;
            if (!parsed?.ok) return onTyped(undefined);
            const answer: Answer = { kind: 'numeric', value: parsed.value };
            onTyped({ answer, grade: grade(item, answer, expected) });
          }}
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
      <ScrollLines
        lines={styled(text, { bold: true })}
        height={fit.prompt}
        isActive={isActive}
        keys="page"
      />
      <Box marginTop={fit.gap} flexDirection="column">
        {input}
      </Box>
    </Box>
  );
}

export { isMultiAnswer };
