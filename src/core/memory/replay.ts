// Per-item memory state, derived by replaying the review log with FSRS. Nothing else is stored:
// the log is the truth, keyed by item id, so undo is a log operation and rewording an item in
// content/ never resets its progress.
import type { LogEvent } from '../store/log.js';
import { applyBringForward, isBringForwardEvent } from './bring-forward.js';
import { applyCardMark, type CardMarks, isCardMarkEvent } from './card-marks.js';
import { type Grade, isReviewEvent, type ReviewEvent, undoneIds } from './events.js';
import {
  type Card,
  DEFAULT_RETENTION,
  newCard,
  retrievability,
  State,
  scheduler,
} from './scheduler.js';
import { runSteps, type Steps } from './steps.js';

/** Anki's threshold: a card forgotten this many times is a leech. */
export const LEECH_LAPSES = 8;

export interface ItemMemory {
  itemId: string;
  /** The ts-fsrs card: due, stability, difficulty, state, reps, lapses, last_review. */
  card: Card;
  /** Reviews replayed (not undone). */
  reps: number;
  /** Times forgotten after being learned (Again on a card in Review state). */
  lapses: number;
  /** Epoch ms of the first and the last review. */
  firstReview: number;
  lastReview: number;
  lastRating: Grade;
  /** Forgotten LEECH_LAPSES times or more: rewrite it, or split it in two. */
  leech: boolean;
}

export interface ReplayOptions {
  /** FSRS desired retention: the recall probability at which a card comes due. */
  desiredRetention?: number;
}

/** One replayed review with what the card was just before it (for true retention). */
export interface AppliedReview {
  event: ReviewEvent;
  /** The card's state before this review (New, Learning, Review, Relearning). */
  stateBefore: State;
  /** Epoch ms the card was due before this review (undefined for a new card). */
  dueBefore?: number;
}

/**
 * Applies one review to an item's memory.
 *
 * Reviews ahead (`ahead: true`, from `study --ahead`) must not spoil the schedule. FSRS itself
 * models an early review (stability grows little when recall was still likely), so the memory
 * state (stability, difficulty, last review) is updated as FSRS says; but the due date is left
 * where it was, unless the answer was Again: then the card lapses and relearns as usual. So a
 * cram session before an interview can only bring reviews closer, never push them away.
 */
export function applyReview(
  prev: ItemMemory | undefined,
  event: ReviewEvent,
  options: ReplayOptions = {},
): { memory: ItemMemory; applied: AppliedReview } {
  const fsrs = scheduler(options.desiredRetention ?? DEFAULT_RETENTION);
  // Reviews are applied in log order; a clock that went backwards must not give negative time.
  const at = Math.max(event.t, prev?.lastReview ?? event.t);
  const before = prev?.card ?? newCard(at);
  const card = keepDueIfAhead(
    before,
    fsrs.next(before, new Date(at), event.rating).card,
    event.rating,
    event.ahead === true,
  );
  const memory: ItemMemory = {
    itemId: event.itemId,
    card,
    reps: (prev?.reps ?? 0) + 1,
    lapses: card.lapses,
    firstReview: prev?.firstReview ?? at,
    lastReview: at,
    lastRating: event.rating,
    leech: card.lapses >= LEECH_LAPSES,
  };
  const applied: AppliedReview = prev
    ? { event, stateBefore: before.state, dueBefore: before.due.getTime() }
    : { event, stateBefore: State.New };
  return { memory, applied };
}

/** The ahead rule (see applyReview): a review ahead keeps the due date unless it was Again. */
export function keepDueIfAhead(before: Card, next: Card, rating: Grade, ahead: boolean): Card {
  if (!ahead || rating === 1 || before.state === State.New) return next;
  return { ...next, due: before.due, scheduled_days: before.scheduled_days };
}

export interface Replayed {
  memory: Map<string, ItemMemory>;
  /** Every review replayed, in log order. */
  applied: AppliedReview[];
  /** Never-seen items a mock round queued for study first (see bring-forward.ts). */
  queued: string[];
  /** Suspended, buried and flagged items (see card-marks.ts). */
  marks: Map<string, CardMarks>;
}

/**
 * Replays the log as of `now`: well-formed review events in log order, minus undone ones;
 * reviews stamped after `now` are not applied yet.
 */
export function replayDetailed(...args: Parameters<typeof replayDetailedSteps>): Replayed {
  return runSteps(replayDetailedSteps(...args));
}

/** Events replayed between two yields: a few milliseconds of FSRS steps. */
export const REPLAY_CHUNK = 1000;

/** replayDetailed in pieces of REPLAY_CHUNK events (see steps.ts). */
export function* replayDetailedSteps(
  events: readonly LogEvent[],
  now: number,
  options: ReplayOptions = {},
): Steps<Replayed> {
  const memory = new Map<string, ItemMemory>();
  const applied: AppliedReview[] = [];
  const queued: string[] = [];
  const marks = new Map<string, CardMarks>();
  const undone = undoneIds(events);
  for (let from = 0; from < events.length; from += REPLAY_CHUNK) {
    if (from > 0) yield;
    const part = events.slice(from, from + REPLAY_CHUNK);
    replayInto(memory, queued, marks, part, undone, now, options, applied);
  }
  return { memory, applied, queued, marks };
}

/**
 * The one replay loop, in log order: reviews not undone and not after `now` update `memory`;
 * bring-forward events move a seen card's due date or queue a never-seen one (bring-forward.ts);
 * suspend, bury and flag events update `marks` (card-marks.ts).
 */
function replayInto(
  memory: Map<string, ItemMemory>,
  queued: string[],
  marks: Map<string, CardMarks>,
  events: readonly LogEvent[],
  undone: ReadonlySet<string>,
  now: number,
  options: ReplayOptions,
  applied?: AppliedReview[],
): void {
  for (const event of events) {
    if (undone.has(event.id) || event.t > now) continue;
    if (isReviewEvent(event)) {
      const step = applyReview(memory.get(event.itemId), event, options);
      memory.set(event.itemId, step.memory);
      applied?.push(step.applied);
      const at = queued.indexOf(event.itemId);
      if (at >= 0) queued.splice(at, 1);
    } else if (isBringForwardEvent(event)) {
      applyBringForward(memory, queued, event);
    } else if (isCardMarkEvent(event)) {
      applyCardMark(marks, event);
    }
  }
}

/** Memory replayed up to some point of the log, that replaying a later part can continue. */
export interface ResumableMemory {
  memory: Map<string, ItemMemory>;
  /** Never-seen items mock rounds queued so far, oldest request first. */
  queued: string[];
  /** Suspended, buried and flagged items so far. */
  marks: Map<string, CardMarks>;
  /** Every event id an undo so far named: a later review with such an id stays undone. */
  undone: Set<string>;
}

/**
 * Continues `state` (the replay of the log before `tail`; undefined: nothing before) with the
 * events of `tail`, exactly as replaying the whole log would. Undefined when it cannot: the tail
 * undoes an event it does not hold itself, which may be a review already applied.
 */
export function resumeReplay(
  state: ResumableMemory | undefined,
  tail: readonly LogEvent[],
  now: number,
  options: ReplayOptions = {},
): ResumableMemory | undefined {
  const targets = undoneIds(tail);
  if (state && targets.size) {
    const own = new Set(tail.map((e) => e.id));
    for (const id of targets) if (!own.has(id)) return undefined;
  }
  const memory = new Map(state?.memory);
  const queued = [...(state?.queued ?? [])];
  const marks = new Map(state?.marks);
  const undone = new Set([...(state?.undone ?? []), ...targets]);
  replayInto(memory, queued, marks, tail, undone, now, options);
  return { memory, queued, marks, undone };
}

/** Item id → memory state, from the log (see replayDetailed). */
export function replay(
  events: readonly LogEvent[],
  now: number,
  options: ReplayOptions = {},
): Map<string, ItemMemory> {
  return replayDetailed(events, now, options).memory;
}

/** Probability of recalling the item at `at`; 0 when it was never reviewed. */
export function recallOf(memory: ItemMemory | undefined, at: number): number {
  return memory ? retrievability(memory.card, at) : 0;
}
