// The rating row: what each answer would do, shown on the buttons as Anki does.
import type { Grade } from './events.js';
import { type ItemMemory, keepDueIfAhead } from './replay.js';
import { DEFAULT_RETENTION, newCard, scheduler } from './scheduler.js';

const ratingLabels: Record<Grade, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };
export const grades: readonly Grade[] = [1, 2, 3, 4];

export interface RatingPreview {
  rating: Grade;
  label: string;
  /** When the card would next be due. */
  dueAt: number;
  /** `10m`, `1d`, `3.2mo`. */
  interval: string;
}

/**
 * The four outcomes (ts-fsrs `repeat()`), with the ahead rule applied, so the row shows exactly
 * what the rating will do.
 */
export function previewRatings(
  memory: ItemMemory | undefined,
  now: number,
  options: { desiredRetention?: number; ahead?: boolean } = {},
): RatingPreview[] {
  const at = Math.max(now, memory?.lastReview ?? now);
  const before = memory?.card ?? newCard(at);
  const outcomes = scheduler(options.desiredRetention ?? DEFAULT_RETENTION).repeat(
    before,
    new Date(at),
  );
  return grades.map((rating) => {
    const card = keepDueIfAhead(before, outcomes[rating].card, rating, options.ahead === true);
    const dueAt = card.due.getTime();
    return { rating, label: ratingLabels[rating], dueAt, interval: formatInterval(dueAt - at) };
  });
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A duration as Anki writes it on its buttons: 1m, 10m, 5h, 3d, 1.5mo, 2.1y. */
export function formatInterval(ms: number): string {
  const trim = (n: number) => n.toFixed(1).replace(/\.0$/, '');
  if (ms < MINUTE) return '<1m';
  if (ms < HOUR) return `${Math.round(ms / MINUTE)}m`;
  if (ms < DAY) return `${Math.round(ms / HOUR)}h`;
  const days = ms / DAY;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${trim(days / 30)}mo`;
  return `${trim(days / 365)}y`;
}
