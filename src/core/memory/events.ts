// The review events of the shared log (see the event contract): every graded answer of any item
// is one `review` event; `undo` events cancel a review by id.
import type { LogEvent } from '../store/log.js';

export type Grade = 1 | 2 | 3 | 4;
type ReviewSource = 'study' | 'quiz' | 'mock' | 'predict';

export interface ReviewEvent extends LogEvent {
  type: 'review';
  itemId: string;
  /** FSRS Again/Hard/Good/Easy. */
  rating: Grade;
  source: ReviewSource;
  ms?: number;
  correct?: boolean;
  score?: number;
  answer?: unknown;
  /** Reviewed before it was due (study --ahead); see replay.ts for what that changes. */
  ahead?: boolean;
}

function isGrade(value: unknown): value is Grade {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

/** A well-formed review event; anything else (hand edits, other versions) is not replayed. */
export function isReviewEvent(event: LogEvent): event is ReviewEvent {
  return (
    event.type === 'review' &&
    typeof event.itemId === 'string' &&
    event.itemId !== '' &&
    isGrade(event.rating)
  );
}

/** The ids that undo events cancel. */
export function undoneIds(events: readonly LogEvent[]): Set<string> {
  const ids = new Set<string>();
  for (const e of events) if (e.type === 'undo' && typeof e.target === 'string') ids.add(e.target);
  return ids;
}

/** The reviews that count, in log order: well-formed and not undone. */
export function effectiveReviews(events: readonly LogEvent[]): ReviewEvent[] {
  const undone = undoneIds(events);
  return events.filter((e): e is ReviewEvent => isReviewEvent(e) && !undone.has(e.id));
}

/** Items answered (any source) at or after `sinceMs`, most recent first. */
export function recentItemIds(events: readonly LogEvent[], sinceMs: number): Set<string> {
  const recent = effectiveReviews(events)
    .filter((e) => e.t >= sinceMs)
    .sort((a, b) => b.t - a.t);
  return new Set(recent.map((e) => e.itemId));
}
