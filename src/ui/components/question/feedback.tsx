import { materialNote } from '../../../core/content/material-note.js';
import { answerText, rightAnswerText } from '../../../core/grading/answer-text.js';
import type { Answer, GradableItem, Grade } from '../../../core/grading/types.js';
import { colors, textWidth } from '../../theme.js';
import { anyOrderLegend, anyOrderMarks, placesOf } from './any-order.js';
import type { Line } from './lines.js';
import { isMultiAnswer } from './mcq-input.js';
import { ScrollLines } from './scroll-lines.js';
import { wrapText } from './wrap.js';

export interface FeedbackProps {
  item: GradableItem;
  answer: Answer;
  grade: Grade;
  /** A numeric item's right answer, when not in `item.answer`. */
  expected?: number;
  width: number;
  /** Lines available; longer feedback scrolls with ↑↓. */
  height: number;
  /** Whether ↑↓ scroll it. */
  isActive: boolean;
}

function para(text: string, width: number, style: Omit<Line, 'text'> = {}, indent = 0): Line[] {
  const pad = ' '.repeat(indent);
  return wrapText(text, width - indent).map((t) => ({ text: pad + t, ...style }));
}

function ordinal(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** Every line of the feedback, wrapped to `width`. */
export function feedbackLines(
  item: GradableItem,
  answer: Answer,
  g: Grade,
  width: number,
  expected?: number,
): Line[] {
  const out: Line[] = [];
  const verdictColor = g.correct ? colors.good : g.score > 0 ? colors.warn : colors.bad;
  out.push(
    ...para(`${g.correct ? '✓' : '✗'} ${g.summary}`, width, { color: verdictColor, bold: true }),
  );
  switch (item.kind) {
    case 'mcq': {
      if (answer.kind !== 'mcq') break;
      out.push(...para(`Answer: ${rightAnswerText(item)}`, width, { color: colors.good }));
      const chosen = new Set(answer.selected);
      item.choices.forEach((c, i) => {
        if (chosen.has(i) && !c.correct) {
          out.push(
            ...para(`✗ You chose “${c.text}”: ${c.why ?? 'not right.'}`, width, {
              color: colors.bad,
            }),
          );
        }
      });
      const missed = item.choices.filter((c, i) => c.correct && !chosen.has(i));
      // With several right answers, name the ones left out (the Answer line lists them all).
      if (missed.length && isMultiAnswer(item)) {
        out.push(
          ...para(`Missed: ${missed.map((c) => `“${c.text}”`).join(', ')}`, width, {
            color: colors.warn,
          }),
        );
      }
      break;
    }
    case 'numeric': {
      if (answer.kind !== 'numeric') break;
      out.push(
        ...para(`Answer: ${rightAnswerText(item, expected)}`, width, { color: colors.good }),
      );
      out.push(...para(`You said: ${answerText(item, answer)}`, width));
      out.push(...para(`Solution: ${item.solution}`, width));
      break;
    }
    case 'ordering': {
      if (answer.kind !== 'ordering') break;
      out.push({ text: 'Right order:', color: colors.good });
      const marks = anyOrderMarks(item);
      item.steps.forEach((step, i) => {
        const yours = answer.order.indexOf(i);
        // A step anywhere within its any-order group is in place.
        const { from, to } = placesOf(item, i);
        const note = yours < from || yours > to ? ` (you had it ${ordinal(yours + 1)})` : '';
        const mark = marks[i] ? `${marks[i]} ` : '';
        out.push(
          ...para(`${mark}${i + 1}. ${step}${note}`, width, note ? { color: colors.warn } : {}, 2),
        );
      });
      const legend = anyOrderLegend(item);
      if (legend) out.push(...para(legend, width, { color: colors.dim }));
      break;
    }
    case 'spot-the-error': {
      // A wrong answer's summary already says which it is.
      if (g.correct) {
        out.push(
          ...para(`The statement is ${item.isTrue ? 'true' : 'false'}.`, width, {
            color: colors.good,
          }),
        );
      }
      out.push(
        ...para(`${item.isTrue ? 'Why it holds' : 'Correction'}: ${item.correction}`, width),
      );
      break;
    }
  }
  const note = materialNote(item);
  if (note) out.push(...para(note, width, { color: colors.warn }));
  out.push({ text: '' });
  out.push(...para(item.explanation, width, { color: colors.dim }));
  return out;
}

/**
 * After an answer: right or wrong, the right answer, why a chosen wrong choice is wrong, the
 * worked solution (numeric), the right order (ordering) or the correction (spot-the-error), and
 * the explanation. Scrolls with ↑↓ when taller than `height`. Give it `key={item.id}` so that a
 * new answer starts at the top.
 */
export function Feedback({
  item,
  answer,
  grade,
  expected,
  width,
  height,
  isActive,
}: FeedbackProps) {
  return (
    <ScrollLines
      lines={feedbackLines(item, answer, grade, textWidth(width), expected)}
      height={height}
      isActive={isActive}
    />
  );
}
