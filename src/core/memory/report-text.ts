// The stats report's sentences, shared by the plain \`faas-prep stats\` text and the Progress
// screen, so both say the same thing.
import { type PlanDay, unreachableText } from './interview.js';
import type { StatsReport } from './report.js';
import type { RetentionCount } from './stats.js';

export const pct = (n: number) => `${Math.round(n * 100)}%`;
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "3 predictions (2 within tolerance)": the simulator screens' predict-first mode. */
export function predictionsText(r: StatsReport): string {
  return `${plural(r.predictions, 'prediction')} (${r.predictionsWithinTolerance} within tolerance)`;
}

export function retentionText(r: RetentionCount): string {
  return r.rate === null ? 'no data yet' : `${pct(r.rate)} (${r.passed} of ${r.passed + r.failed})`;
}

/** The answers true retention counts, by button (empty when there are none). */
export function retentionButtonsText(r: RetentionCount): string {
  if (r.rate === null) return '';
  const b = r.byButton;
  return `Again ${b.again} · Hard ${b.hard} · Good ${b.good} · Easy ${b.easy}`;
}

export function planDayText(day: PlanDay): string {
  const parts: string[] = [];
  if (day.newItems) {
    const open = day.newItems - day.newFlashcards - day.newQuizItems;
    const kinds = [
      plural(day.newFlashcards, 'flashcard'),
      day.newQuizItems ? plural(day.newQuizItems, 'quiz item') : '',
      open ? `${open} for mock rounds` : '',
    ].filter(Boolean);
    parts.push(`${day.newItems} new (${kinds.join(', ')})`);
  }
  parts.push(plural(day.reviews, 'review'));
  return parts.join(', ');
}

/** The advice under the plan: what to run, and whether today's new-card limit is enough. */
export function planAdvice(
  report: StatsReport,
  topicNameOf: (topic: string) => string = (t) => t,
): string[] {
  const p = report.interview;
  if (!p) return [];
  const lines: string[] = [];
  if (p.unreachable) {
    const topics = p.unreachable.deferredTopics;
    const names = topics.slice(0, 4).map((t) => topicNameOf(t));
    const more = topics.length > 4 ? ` (then ${topics.length - 4} more)` : '';
    lines.push(
      unreachableText(p.unreachable),
      `Drop or defer first (least weight in the interview rubric): ${names.join(', ')}${more}.`,
    );
    const need = Math.ceil(p.unseen.flashcards / p.unreachable.days);
    if (need > report.settings.newPerDay) {
      lines.push(
        `To see every flashcard anyway, today needs ${need} new ones (your limit is ${report.settings.newPerDay}): faas-prep study --new ${need}`,
      );
    }
  }
  const { flashcards, other } = p.unseen;
  if (flashcards || other) {
    lines.push(
      `Not seen yet: ${plural(flashcards, 'flashcard')} (faas-prep study) and ${plural(other, 'quiz item')} (faas-prep quiz).`,
    );
  }
  lines.push(
    'The plan assumes every review is answered Good; each Again adds reviews, so take the counts as a minimum.',
  );
  return lines;
}
