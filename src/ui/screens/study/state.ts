// The study session as a pure reducer. A rating or an undo is accepted once, into `saving`;
// the input hook then writes it to the store and reports back with `saved` or `failed`.
// While one is saving no other is accepted, so a key repeated in one read cannot record twice.
import type { Bank } from '../../../core/content/schema.js';
import { type Grade, isReviewEvent } from '../../../core/memory/events.js';
import type { QueueEntry } from '../../../core/memory/queue.js';
import { applyReview, type ItemMemory } from '../../../core/memory/replay.js';
import {
  nextEntry,
  rated,
  type StudySession,
  startSession,
  undone,
} from '../../../core/memory/session.js';
import type { LogEvent } from '../../../core/store/log.js';

type Saving =
  | { kind: 'rate'; entry: QueueEntry; rating: Grade; ms: number; at: number }
  | { kind: 'undo'; eventId: string };

export interface StudyState {
  memory: Map<string, ItemMemory>;
  session: StudySession;
  current?: QueueEntry;
  revealed: boolean;
  /** When the current card was shown (its answer time is measured from here). */
  shownAt: number;
  scroll: number;
  /** The summary is showing (q, or the queue ran out). */
  finished: boolean;
  ahead: boolean;
  note?: string;
  /** A rating or undo accepted and not yet written. */
  saving?: Saving;
}

export type StudyAction =
  | {
      type: 'start';
      memory: Map<string, ItemMemory>;
      queue: QueueEntry[];
      now: number;
      ahead: boolean;
    }
  | { type: 'reveal' }
  | { type: 'scroll'; by: number; limit: number }
  | { type: 'rate'; rating: Grade; now: number }
  | { type: 'undo' }
  /** The accepted rating's event is in the log (with FSRS's retention for the memory step). */
  | { type: 'saved'; event: LogEvent; now: number; desiredRetention: number }
  /** The undo is in the log; `memory` is the log replayed without the undone rating. */
  | { type: 'undone'; memory: Map<string, ItemMemory>; now: number }
  | { type: 'failed'; message: string }
  | { type: 'finish' };

export type StartAction = Extract<StudyAction, { type: 'start' }>;

type StudyPhase = 'question' | 'answer' | 'summary';

export function phaseOf(state: StudyState): StudyPhase {
  if (state.finished || !state.current) return 'summary';
  return state.revealed ? 'answer' : 'question';
}

/** The session's next card, shown from `now` with its answer hidden. */
function showNext(
  memory: Map<string, ItemMemory>,
  session: StudySession,
  now: number,
  ahead: boolean,
  note?: string,
): StudyState {
  const current = nextEntry(session, memory, now);
  return {
    memory,
    session,
    current,
    revealed: false,
    shownAt: now,
    scroll: 0,
    finished: false,
    ahead,
    note,
  };
}

export function startStudy(
  memory: Map<string, ItemMemory>,
  queue: QueueEntry[],
  now: number,
  ahead: boolean,
): StudyState {
  return showNext(memory, startSession(queue, now), now, ahead);
}

export function reduceStudy(state: StudyState, action: StudyAction): StudyState {
  const phase = phaseOf(state);
  switch (action.type) {
    case 'start':
      return state.saving || !startedEmpty(state)
        ? state
        : startStudy(action.memory, action.queue, action.now, action.ahead);
    case 'reveal':
      return phase === 'question'
        ? { ...state, revealed: true, scroll: 0, note: undefined }
        : state;
    case 'scroll': {
      if (phase === 'summary') return state;
      const scroll = Math.max(0, Math.min(action.limit, state.scroll + action.by));
      return scroll === state.scroll ? state : { ...state, scroll };
    }
    case 'rate': {
      const entry = state.current;
      if (phase !== 'answer' || state.saving || !entry) return state;
      const ms = Math.max(0, action.now - state.shownAt);
      return {
        ...state,
        saving: { kind: 'rate', entry, rating: action.rating, ms, at: action.now },
      };
    }
    case 'undo': {
      const last = state.session.ratings[state.session.ratings.length - 1];
      if (state.saving || !last) return state;
      return { ...state, saving: { kind: 'undo', eventId: last.eventId } };
    }
    case 'saved': {
      const saving = state.saving;
      if (saving?.kind !== 'rate') return state;
      const memory = new Map(state.memory);
      if (isReviewEvent(action.event)) {
        const step = applyReview(memory.get(saving.entry.itemId), action.event, {
          desiredRetention: action.desiredRetention,
        });
        memory.set(saving.entry.itemId, step.memory);
      }
      const session = rated(state.session, {
        entry: saving.entry,
        eventId: action.event.id,
        rating: saving.rating,
        at: saving.at,
      });
      const next = showNext(memory, session, action.now, state.ahead);
      return { ...next, finished: !next.current };
    }
    case 'undone': {
      if (state.saving?.kind !== 'undo') return state;
      const back = undone(state.session);
      return showNext(action.memory, back.session, action.now, state.ahead, 'Last rating undone.');
    }
    case 'failed':
      return state.saving ? { ...state, saving: undefined, note: action.message } : state;
    case 'finish':
      return phase === 'summary' || state.saving
        ? state
        : { ...state, finished: true, note: undefined };
  }
}

export function canUndo(state: StudyState): boolean {
  return state.session.ratings.length > 0;
}

export function startedEmpty(state: StudyState): boolean {
  return state.session.ratings.length === 0 && !state.current;
}

/** Whether any flashcard (of the topic) has been studied: studying ahead then has something to offer. */
export function hasSeen(
  bank: Bank,
  memory: ReadonlyMap<string, ItemMemory>,
  topic?: string,
): boolean {
  for (const id of memory.keys()) {
    const item = bank.byId.get(id);
    if (item?.kind === 'flashcard' && (topic === undefined || item.topic === topic)) return true;
  }
  return false;
}
