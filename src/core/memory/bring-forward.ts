// `bring-forward` events: a mock round's missed rubric point (or a question cut off unanswered)
// asks for its cards to be studied soon, without pretending they were answered. No FSRS rating is
// invented: a card already seen keeps its memory state (stability, difficulty, last review) and
// only becomes due at the event's time; a card never seen is queued to be introduced before other
// new cards, still within the daily new-card limit (see buildStudyQueue).
import type { LogEvent } from '../store/log.js';
import { undoneIds } from './events.js';
import type { ItemMemory } from './replay.js';

export interface BringForwardEvent extends LogEvent {
  type: 'bring-forward';
  itemId: string;
  source: 'mock';
  /** Why: 'rubric' (a missed point links to it), 'rubric:<dimension>', or 'unanswered'. */
  reason: string;
}

export function isBringForwardEvent(event: LogEvent): event is BringForwardEvent {
  return event.type === 'bring-forward' && typeof event.itemId === 'string' && event.itemId !== '';
}

/**
 * Applies the bring-forward events stamped at or before `now` to replayed memory (in place) and
 * returns the never-seen items they queue, oldest request first. A review after the request has
 * already answered it, so it no longer moves the card.
 */
export function applyBringForwards(
  events: readonly LogEvent[],
  memory: Map<string, ItemMemory>,
  now: number,
): string[] {
  const undone = undoneIds(events);
  const queued: string[] = [];
  for (const e of events) {
    if (!isBringForwardEvent(e) || undone.has(e.id) || e.t > now) continue;
    const m = memory.get(e.itemId);
    if (!m) {
      if (!queued.includes(e.itemId)) queued.push(e.itemId);
      continue;
    }
    if (m.lastReview > e.t || m.card.due.getTime() <= e.t) continue;
    memory.set(e.itemId, { ...m, card: { ...m.card, due: new Date(e.t) } });
  }
  return queued;
}
