// The end of a quiz as lines: the score, then each missed item with its right answer.
import { answerText, rightAnswerText } from '../../../core/grading/answer-text.js';
import { formatScore, type QuizAnswer, quizScore } from '../../../core/quiz/score.js';
import type { Line } from '../../components/question/lines.js';
import { questionText } from '../../components/question/question-view.js';
import { clipLines, wrapText } from '../../components/question/wrap.js';
import { colors } from '../../theme.js';

function block(
  text: string,
  width: number,
  max: number,
  indent: number,
  style: Omit<Line, 'text'>,
) {
  const pad = ' '.repeat(indent);
  return clipLines(wrapText(text, width - indent), max, width - indent).map(
    (t): Line => ({ text: pad + t, ...style }),
  );
}

export function summaryLines(
  answers: readonly QuizAnswer[],
  planned: number,
  width: number,
): Line[] {
  const s = quizScore(answers);
  const out: Line[] = [
    {
      text: `Score ${formatScore(s.score)} / ${s.answered} · ${s.right} right`,
      bold: true,
      color: s.answered && s.right === s.answered ? colors.good : colors.accent,
    },
  ];
  if (s.answered < planned) {
    out.push({
      text: `Ended early: ${s.answered} of ${planned} answered (all saved).`,
      color: colors.dim,
    });
  }
  out.push({ text: '' });
  if (s.answered === 0) {
    out.push({ text: 'No answers this time.' });
    return out;
  }
  if (s.missed.length === 0) {
    out.push({ text: 'Nothing missed.', color: colors.good });
    return out;
  }
  out.push({ text: `Missed (${s.missed.length}):`, bold: true });
  for (const a of s.missed) {
    out.push(...block(`✗ ${questionText(a.item)}`, width, 2, 0, { color: colors.bad }));
    out.push(
      ...block(`Answer: ${rightAnswerText(a.item, a.expected)}`, width, 3, 2, {
        color: colors.good,
      }),
    );
    out.push(
      ...block(`You: ${answerText(a.item, a.answer)} (${a.grade.summary})`, width, 2, 2, {}),
    );
  }
  return out;
}
