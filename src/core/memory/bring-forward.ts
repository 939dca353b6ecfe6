// `bring-forward` events: a mock round's missed rubric point (or a question cut off unanswered)
// asks for its cards to be studied soon, without pretending they were answered. No FSRS rating is
// invented: a card already seen keeps its memory state (stability, difficulty, last review) and
// only becomes due at the event's time; a card never seen is queued to be introduced before other
// new cards, still within the daily new-card limit (see buildStudyQueue).
import type { LogEvent } from '../store/log.js';
import type { ItemMemory } from './replay.js';

interface BringForwardEvent extends LogEvent {
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
 * Applies one bring-forward event, in log order, to replayed memory (in place): a seen card not
 * due by then becomes due at the event's time, keeping its memory state; a never-seen item joins
 * `queued` (a later review takes it off; see replay.ts). A review after the request replaces the
 * card's memory, so it has answered the request.
 */
export function applyBringForward(
  memory: Map<string, ItemMemory>,
  queued: string[],
  e: BringForwardEvent,
): void {
  const m = memory.get(e.itemId);
  if (!m) {
    if (!queued.includes(e.itemId)) queued.push(e.itemId);
    return;
  }
  if (m.card.due.getTime() <= e.t) return;
  memory.set(e.itemId, { ...m, card: { ...m.card, due: new Date(e.t) } });
}
