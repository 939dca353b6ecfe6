// The stats report's sentences, shared by the plain \`faas-prep stats\` text and the Progress
// screen, so both say the same thing.
import type { PlanDay } from './interview.js';
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

export function planDayText(day: PlanDay): string {
  const parts: string[] = [];
  if (day.newItems) {
    const other = day.newItems - day.newFlashcards;
    parts.push(
      `${day.newItems} new (${plural(day.newFlashcards, 'flashcard')}${other ? `, ${plural(other, 'quiz item')}` : ''})`,
    );
  }
  parts.push(plural(day.reviews, 'review'));
  return parts.join(', ');
}

/** The advice under the plan: what to run, and whether today's new-card limit is enough. */
export function planAdvice(report: StatsReport): string[] {
  const p = report.interview;
  if (!p) return [];
  const lines: string[] = [];
  const { flashcards, other } = p.unseen;
  if (flashcards || other) {
    lines.push(
      `Not seen yet: ${plural(flashcards, 'flashcard')} (faas-prep study) and ${plural(other, 'quiz item')} (faas-prep quiz).`,
    );
  }
  const today = p.plan[0];
  if (today && today.newFlashcards > report.settings.newPerDay) {
    lines.push(
      `Your limit is ${report.settings.newPerDay} new cards a day; for today's plan run: faas-prep study --new ${today.newFlashcards}`,
    );
  }
  lines.push(
    'The plan assumes every review is answered Good; each Again adds reviews, so take the counts as a minimum.',
  );
  return lines;
}
