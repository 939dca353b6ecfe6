// A study session's bookkeeping, kept pure: the planned queue, the ratings given (for undo and
// the summary) and which card comes next. The screen appends the events; this decides the order.
import type { Grade } from './events.js';
import type { QueueEntry } from './queue.js';
import type { ItemMemory } from './replay.js';
import { State } from './scheduler.js';

/** A card in (re)learning that comes due this soon is shown again before the session ends (Anki's learn-ahead limit). */
const LEARN_AHEAD_MS = 20 * 60_000;

interface SessionRating {
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
  /** Cards suspended or buried during the session: not shown again in it. */
  aside: string[];
}

export function startSession(queue: QueueEntry[], now: number): StudySession {
  return { startedAt: now, pending: queue, ratings: [], aside: [] };
}

/** Rated cards back in (re)learning and due by `until`, soonest first (aside ones excluded). */
function returning(
  session: StudySession,
  memory: ReadonlyMap<string, ItemMemory>,
  until: number,
): { id: string; due: number }[] {
  const out: { id: string; due: number }[] = [];
  for (const id of new Set(session.ratings.map((r) => r.entry.itemId))) {
    if (session.aside.includes(id)) continue;
    const card = memory.get(id)?.card;
    if (!card || (card.state !== State.Learning && card.state !== State.Relearning)) continue;
    const due = card.due.getTime();
    if (due <= until) out.push({ id, due });
  }
  return out.sort((a, b) => a.due - b.due);
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
  const best = returning(session, memory, now + LEARN_AHEAD_MS)[0];
  return best ? { itemId: best.id, reason: 'learning' } : undefined;
}

/**
 * Cards still to come after `current` (the one nextEntry returned): the planned ones, and the
 * rated ones that come back within the learn-ahead limit (nextEntry's rule), each once.
 */
export function cardsLeft(
  session: StudySession,
  memory: ReadonlyMap<string, ItemMemory>,
  now: number,
  current: QueueEntry | undefined,
): number {
  const planned = session.pending.filter((e) => e !== current);
  const ids = new Set(planned.map((e) => e.itemId));
  for (const r of returning(session, memory, now + LEARN_AHEAD_MS)) {
    if (r.id !== current?.itemId) ids.add(r.id);
  }
  return planned.length + [...ids].filter((id) => !planned.some((e) => e.itemId === id)).length;
}

/** The session with `itemId` suspended or buried: out of the plan and never shown again. */
export function setAside(session: StudySession, itemId: string): StudySession {
  return {
    ...session,
    pending: session.pending.filter((e) => e.itemId !== itemId),
    aside: session.aside.includes(itemId) ? session.aside : [...session.aside, itemId],
  };
}

/** The session with a set-aside card taken back (its mark undone): shown again first. */
export function restore(session: StudySession, entry: QueueEntry): StudySession {
  return {
    ...session,
    pending: [entry, ...session.pending.filter((e) => e.itemId !== entry.itemId)],
    aside: session.aside.filter((id) => id !== entry.itemId),
  };
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

interface SessionSummary {
  /** Distinct cards rated (a card that came back counts once). */
  cards: number;
  /** Ratings given (a card that came back counts each time). */
  reviews: number;
  /** Ratings by button: index 0 Again … 3 Easy. */
  byRating: [number, number, number, number];
  again: number;
  /** Share of reviews that were Again (0 when nothing was rated). */
  againRate: number;
  durationMs: number;
}

export function summarize(session: StudySession, now: number): SessionSummary {
  const reviews = session.ratings.length;
  const byRating: [number, number, number, number] = [0, 0, 0, 0];
  for (const r of session.ratings) byRating[r.rating - 1] = (byRating[r.rating - 1] ?? 0) + 1;
  const again = byRating[0];
  return {
    cards: new Set(session.ratings.map((r) => r.entry.itemId)).size,
    reviews,
    byRating,
    again,
    againRate: reviews ? again / reviews : 0,
    durationMs: Math.max(0, now - session.startedAt),
  };
}
