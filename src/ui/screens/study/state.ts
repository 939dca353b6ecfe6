// The study session as a pure reducer. A rating or an undo is accepted once, into `saving`;
// the input hook then writes it to the store and reports back with `saved` or `failed`.
// While one is saving no other is accepted, so a key repeated in one read cannot record twice.
// Card actions (suspend, bury, flag) go the same way; `u` undoes the last rating or action.
import type { Bank } from '../../../core/content/schema.js';
import {
  applyCardMark,
  type CardMarkEvent,
  type CardMarks,
  isCardMarkEvent,
} from '../../../core/memory/card-marks.js';
import { type Grade, isReviewEvent } from '../../../core/memory/events.js';
import type { QueueEntry } from '../../../core/memory/queue.js';
import { applyReview, type ItemMemory } from '../../../core/memory/replay.js';
import {
  nextEntry,
  rated,
  restore,
  type StudySession,
  setAside,
  startSession,
  undone,
} from '../../../core/memory/session.js';
import type { LogEvent } from '../../../core/store/log.js';

/** A card action of the study keys (flag on a flagged card unflags it). */
export type CardAction = 'suspend' | 'bury' | 'flag';

/** What `u` takes back, most recent last: a rating, or a card action (its event and card). */
type Undoable = { kind: 'rate' } | { kind: 'mark'; eventId: string; entry: QueueEntry };

type Saving =
  | { kind: 'rate'; entry: QueueEntry; rating: Grade; ms: number; at: number }
  | { kind: 'mark'; entry: QueueEntry; mark: 'suspend' | 'bury' | 'flag' | 'unflag' }
  | { kind: 'undo'; eventId: string; mark?: QueueEntry };

export interface StudyState {
  memory: Map<string, ItemMemory>;
  /** Suspended, buried and flagged items (see card-marks.ts). */
  marks: Map<string, CardMarks>;
  undoable: Undoable[];
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
      marks: Map<string, CardMarks>;
      queue: QueueEntry[];
      now: number;
      ahead: boolean;
    }
  | { type: 'reveal' }
  | { type: 'scroll'; by: number; limit: number }
  | { type: 'rate'; rating: Grade; now: number }
  | { type: 'undo' }
  | { type: 'mark'; action: CardAction }
  /** The accepted card action's event is in the log. */
  | { type: 'marked'; event: LogEvent; now: number }
  /** The accepted rating's event is in the log (with FSRS's retention for the memory step). */
  | { type: 'saved'; event: LogEvent; now: number; desiredRetention: number }
  /** The undo is in the log; memory and marks are the log replayed without the undone event. */
  | {
      type: 'undone';
      memory: Map<string, ItemMemory>;
      marks: Map<string, CardMarks>;
      now: number;
    }
  | { type: 'failed'; message: string }
  /** A line to show under the card (an edit's outcome). */
  | { type: 'note'; message: string }
  | { type: 'finish' };

export type StartAction = Extract<StudyAction, { type: 'start' }>;

export type StudyPhase = 'question' | 'answer' | 'summary';

export function phaseOf(state: StudyState): StudyPhase {
  if (state.finished || !state.current) return 'summary';
  return state.revealed ? 'answer' : 'question';
}

/** The session's next card, shown from `now` with its answer hidden. */
function showNext(
  base: Pick<StudyState, 'memory' | 'marks' | 'undoable' | 'session' | 'ahead'>,
  now: number,
  note?: string,
): StudyState {
  const { memory, marks, undoable, session, ahead } = base;
  const current = nextEntry(session, memory, now);
  return {
    memory,
    marks,
    undoable,
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
  marks: Map<string, CardMarks> = new Map(),
): StudyState {
  return showNext({ memory, marks, undoable: [], session: startSession(queue, now), ahead }, now);
}

const markNotes: Record<CardMarkEvent['type'], string> = {
  suspend: 'Suspended: out of study until unsuspended (u undoes).',
  unsuspend: 'Unsuspended.',
  bury: 'Buried until tomorrow (u undoes).',
  unbury: 'Unburied.',
  flag: 'Flagged.',
  unflag: 'Flag removed.',
};

export function reduceStudy(state: StudyState, action: StudyAction): StudyState {
  const phase = phaseOf(state);
  switch (action.type) {
    case 'start':
      return state.saving || !startedEmpty(state)
        ? state
        : startStudy(action.memory, action.queue, action.now, action.ahead, action.marks);
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
    case 'mark': {
      const entry = state.current;
      if (phase === 'summary' || state.saving || !entry) return state;
      const flagged = state.marks.get(entry.itemId)?.flagged === true;
      const mark = action.action === 'flag' && flagged ? 'unflag' : action.action;
      return { ...state, saving: { kind: 'mark', entry, mark } };
    }
    case 'marked': {
      const saving = state.saving;
      if (saving?.kind !== 'mark' || !isCardMarkEvent(action.event)) return state;
      const marks = new Map(state.marks);
      applyCardMark(marks, action.event);
      const undoable = [
        ...state.undoable,
        { kind: 'mark' as const, eventId: action.event.id, entry: saving.entry },
      ];
      const note = markNotes[action.event.type];
      if (saving.mark === 'flag' || saving.mark === 'unflag') {
        return { ...state, marks, undoable, saving: undefined, note };
      }
      const session = setAside(state.session, saving.entry.itemId);
      const next = showNext({ ...state, marks, undoable, session }, action.now, note);
      return { ...next, finished: !next.current };
    }
    case 'undo': {
      const last = state.undoable[state.undoable.length - 1];
      if (state.saving || !last) return state;
      if (last.kind === 'mark') {
        return { ...state, saving: { kind: 'undo', eventId: last.eventId, mark: last.entry } };
      }
      const rating = state.session.ratings[state.session.ratings.length - 1];
      return rating ? { ...state, saving: { kind: 'undo', eventId: rating.eventId } } : state;
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
      const undoable = [...state.undoable, { kind: 'rate' as const }];
      const next = showNext({ ...state, memory, session, undoable }, action.now);
      return { ...next, finished: !next.current };
    }
    case 'undone': {
      const saving = state.saving;
      if (saving?.kind !== 'undo') return state;
      const base = {
        ...state,
        memory: action.memory,
        marks: action.marks,
        undoable: state.undoable.slice(0, -1),
      };
      if (saving.mark) {
        const session = restore(state.session, saving.mark);
        return showNext({ ...base, session }, action.now, 'Card action undone.');
      }
      const back = undone(state.session);
      return showNext({ ...base, session: back.session }, action.now, 'Last rating undone.');
    }
    case 'failed':
      return state.saving ? { ...state, saving: undefined, note: action.message } : state;
    case 'note':
      return { ...state, note: action.message };
    case 'finish':
      return phase === 'summary' || state.saving
        ? state
        : { ...state, finished: true, note: undefined };
  }
}

export function canUndo(state: StudyState): boolean {
  return state.undoable.length > 0;
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
