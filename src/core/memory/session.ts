// A study session's bookkeeping, kept pure: the planned queue, the ratings given (for undo and
// the summary) and which card comes next. The screen appends the events; this decides the order.
import type { Grade } from './events.js';
import type { QueueEntry } from './queue.js';
import type { ItemMemory } from './replay.js';
import { State } from './scheduler.js';

/** A card in (re)learning that comes due this soon is shown again before the session ends (Anki's learn-ahead limit). */
export const LEARN_AHEAD_MS = 20 * 60_000;

export interface SessionRating {
  entry: QueueEntry;
  /** The review event's id (undo targets it). */
  eventId: string;
  rating: Grade;
  at: number;
}

export interface StudySession {
  startedAt: number;
  /** Planned cards not yet rated, in order. */
  pending: QueueEntry[];
  /** Ratings given in this session and not undone, oldest first. */
  ratings: SessionRating[];
}

export function startSession(queue: QueueEntry[], now: number): StudySession {
  return { startedAt: now, pending: queue, ratings: [] };
}

/**
 * The card to show: the next planned one; when none is left, a card rated in this session that
 * is back in (re)learning and due within LEARN_AHEAD_MS (the soonest first). Undefined: done.
 */
export function nextEntry(
  session: StudySession,
  memory: ReadonlyMap<string, ItemMemory>,
  now: number,
): QueueEntry | undefined {
  const planned = session.pending[0];
  if (planned) return planned;
  let best: { id: string; due: number } | undefined;
  for (const id of new Set(session.ratings.map((r) => r.entry.itemId))) {
    const card = memory.get(id)?.card;
    if (!card || (card.state !== State.Learning && card.state !== State.Relearning)) continue;
    const due = card.due.getTime();
    if (due > now + LEARN_AHEAD_MS) continue;
    if (!best || due < best.due) best = { id, due };
  }
  return best ? { itemId: best.id, reason: 'learning' } : undefined;
}

/** The session after rating `entry` (the card nextEntry returned). */
export function rated(session: StudySession, rating: SessionRating): StudySession {
  const [head, ...rest] = session.pending;
  const fromPlan = head !== undefined && head === rating.entry;
  return {
    ...session,
    pending: fromPlan ? rest : session.pending,
    ratings: [...session.ratings, rating],
  };
}

/** The session with its last rating taken back: that card is shown again first. */
export function undone(session: StudySession): { session: StudySession; undone?: SessionRating } {
  const last = session.ratings[session.ratings.length - 1];
  if (!last) return { session };
  return {
    session: {
      ...session,
      pending: [last.entry, ...session.pending],
      ratings: session.ratings.slice(0, -1),
    },
    undone: last,
  };
}

export interface SessionSummary {
  cards: number;
  again: number;
  /** Share of ratings that were Again (0 when nothing was rated). */
  againRate: number;
  durationMs: number;
}

export function summarize(session: StudySession, now: number): SessionSummary {
  const cards = session.ratings.length;
  const again = session.ratings.filter((r) => r.rating === 1).length;
  return {
    cards,
    again,
    againRate: cards ? again / cards : 0,
    durationMs: Math.max(0, now - session.startedAt),
  };
}
