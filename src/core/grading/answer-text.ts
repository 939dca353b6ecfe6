// The right answer and the learner's answer as short text (feedback, summaries, mock reports).
import { formatPct, formatUsd, significant } from '../format.js';
import type { Answer, GradableItem } from './types.js';

/** A numeric value with its unit: $103.33/month, 0.549 (54.9%), 8,720,000 invocations/month. */
export function formatWithUnit(value: number, unit: string): string {
  const usd = /^USD\b\s*(.*)$/.exec(unit);
  if (usd)
    return `${formatUsd(value)}${usd[1] ? (usd[1].startsWith('/') ? usd[1] : ` ${usd[1]}`) : ''}`;
  if (/^probability\b/i.test(unit)) return `${significant(value, 3)} (${formatPct(value)})`;
  return `${significant(value, 4)} ${unit}`;
}

/** The right answer in one line. `expected` is the resolved answer of a numeric item. */
export function rightAnswerText(item: GradableItem, expected?: number): string {
  switch (item.kind) {
    case 'mcq':
      return item.choices
        .filter((c) => c.correct)
        .map((c) => c.text)
        .join('; ');
    case 'numeric': {
      const value = expected ?? item.answer;
      return value === undefined ? '(computed by a model)' : formatWithUnit(value, item.unit);
    }
    case 'ordering':
      return orderingText(item);
    case 'spot-the-error':
      return item.isTrue ? `True. ${item.correction}` : `False. ${item.correction}`;
  }
}

/** What the learner answered, in one line. */
export function answerText(item: GradableItem, answer: Answer): string {
  switch (answer.kind) {
    case 'mcq': {
      if (item.kind !== 'mcq') break;
      const picked = [...answer.selected].sort((a, b) => a - b).map((i) => item.choices[i]?.text);
      return picked.length ? picked.join('; ') : '(nothing)';
    }
    case 'numeric':
      if (item.kind !== 'numeric') break;
      return formatWithUnit(answer.value, item.unit);
    case 'ordering':
      if (item.kind !== 'ordering') break;
      return answer.order.map((i) => item.steps[i]).join(' → ');
    case 'spot-the-error':
      return answer.saysTrue ? 'True' : 'False';
  }
  throw new Error(`a ${answer.kind} answer for ${item.kind} item ${item.id}`);
}

/** The steps in order; an `anyOrder` group reads "(any order: a, b)". */
function orderingText(item: Extract<GradableItem, { kind: 'ordering' }>): string {
  const groupOf = new Map<number, number[]>();
  for (const group of item.anyOrder ?? []) {
    const sorted = [...group].sort((a, b) => a - b);
    groupOf.set(sorted[0] ?? 0, sorted);
  }
  const parts: string[] = [];
  for (let i = 0; i < item.steps.length; i++) {
    const group = groupOf.get(i);
    if (!group) {
      parts.push(item.steps[i] ?? '');
      continue;
    }
    parts.push(`(any order: ${group.map((g) => item.steps[g]).join('; ')})`);
    i = group.at(-1) ?? i;
  }
  return parts.join(' → ');
}
