// Study's keys, each declared once (footer, `?` and handler read this list), and the one place
// its ratings and undos are written: after the reducer has accepted them.
import type { RefObject } from 'react';
import type { Bank } from '../../../core/content/schema.js';
import type { CardMarks } from '../../../core/memory/card-marks.js';
import { endOfStudyDay } from '../../../core/memory/day.js';
import type { Grade } from '../../../core/memory/events.js';
import type { ItemMemory } from '../../../core/memory/replay.js';
import type { ProgressStore } from '../../../core/store/store.js';
import { type Binding, bind, on } from '../../keys/binding.js';
import { useBindings } from '../../keys/use-bindings.js';
import type { Navigation } from '../../navigation.js';
import {
  canUndo,
  hasSeen,
  phaseOf,
  type StartAction,
  type StudyAction,
  type StudyPhase,
  type StudyState,
  startedEmpty,
} from './state.js';

/** What a study key asks for: a change of the session, or leaving it. */
type StudyCommand =
  | { type: 'state'; action: StudyAction }
  | { type: 'rate'; rating: Grade }
  | { type: 'scroll'; by: number }
  | { type: 'ahead' }
  | { type: 'edit' }
  | { type: 'back' };

const undoKey = bind<StudyCommand>('u', 'undo', on.char('u'), {
  type: 'state',
  action: { type: 'undo' },
});

/** Card actions, on the question and on the answer alike. */
const cardActionKeys: Binding<StudyCommand>[] = [
  bind('!', 'suspend', on.char('!'), {
    type: 'state',
    action: { type: 'mark', action: 'suspend' },
  }),
  bind('-', 'bury until tomorrow', on.char('-'), {
    type: 'state',
    action: { type: 'mark', action: 'bury' },
  }),
  bind('f', 'flag / unflag', on.char('f'), {
    type: 'state',
    action: { type: 'mark', action: 'flag' },
  }),
  bind('e', 'edit in $EDITOR', on.char('e'), { type: 'edit' }),
];

/**
 * The keys that work in this state. After the answer shows, Space and Enter rate Good (as in
 * Anki) and 1–4 pick a rating. `q` is the shell's: it ends a running session to its summary.
 */
export function studyKeys(state: StudyState, canStudyAhead: boolean): Binding<StudyCommand>[] {
  return keysOfPhase(phaseOf(state), canUndo(state), startedEmpty(state) && canStudyAhead);
}

/** The keys of a phase: with undo when there is a rating to undo, `a` when study ahead is offered. */
export function keysOfPhase(
  phase: StudyPhase,
  canUndoNow: boolean,
  offerAhead: boolean,
): Binding<StudyCommand>[] {
  const undo = canUndoNow ? [undoKey] : [];
  switch (phase) {
    case 'question':
      return [
        bind('Space', 'show answer', on.any(on.space, on.enter), {
          type: 'state',
          action: { type: 'reveal' },
        }),
        ...cardActionKeys,
        ...undo,
      ];
    case 'answer':
      return [
        bind('1-4', 'rate Again/Hard/Good/Easy', on.digit(1, 4), (input) => ({
          type: 'rate',
          rating: Number(input) as Grade,
        })),
        bind('Space', 'rate Good', on.any(on.space, on.enter), { type: 'rate', rating: 3 }),
        bind('↑↓', 'scroll', on.any(on.up, on.down), (_, key) => ({
          type: 'scroll',
          by: key.upArrow ? -1 : 1,
        })),
        ...cardActionKeys,
        ...undo,
      ];
    case 'summary':
      return [
        bind('Enter', 'back', on.enter, { type: 'back' }),
        ...undo,
        ...(offerAhead
          ? [bind('a', 'study ahead', on.char('a'), { type: 'ahead' } as StudyCommand)]
          : []),
      ];
  }
}

interface StudyInput {
  latest: RefObject<StudyState>;
  dispatch: (action: StudyAction) => boolean;
  changedByThisKey: () => boolean;
  bank: Bank;
  store: ProgressStore;
  now: () => number;
  desiredRetention: number;
  /** Memory and marks from the log as of a moment (after an undo). */
  replayAt: (now: number) => { memory: Map<string, ItemMemory>; marks: Map<string, CardMarks> };
  topic?: string;
  nav: Navigation;
  /** The longest scroll of the current card at this terminal size. */
  scrollLimit: () => number;
  /** A fresh queue (studying ahead). */
  begin: (ahead: boolean) => StartAction;
  /** Opens the current card in the editor and reloads the bank. */
  edit: () => void;
}

export function useStudyInput(input: StudyInput): void {
  const { latest, dispatch, nav } = input;
  useBindings(
    () => studyKeys(latest.current, hasSeen(input.bank, latest.current.memory, input.topic)),
    (command) => {
      switch (command.type) {
        case 'back':
          return nav.back();
        case 'ahead':
          return void dispatch(input.begin(true));
        case 'edit':
          return input.edit();
        case 'scroll':
          return void dispatch({ type: 'scroll', by: command.by, limit: input.scrollLimit() });
        case 'rate':
          if (dispatch({ type: 'rate', rating: command.rating, now: input.now() })) save(input);
          return;
        case 'state':
          if (dispatch(command.action)) save(input);
      }
    },
    nav.active,
    input.changedByThisKey,
  );
}

/** Writes what the reducer just accepted (if anything) and reports the outcome back to it. */
function save({ latest, dispatch, store, now, desiredRetention, replayAt }: StudyInput): void {
  const saving = latest.current.saving;
  if (!saving) return;
  try {
    if (saving.kind === 'rate') {
      const event = store.append({
        type: 'review',
        itemId: saving.entry.itemId,
        rating: saving.rating,
        source: 'study',
        ms: saving.ms,
        ...(saving.entry.reason === 'ahead' ? { ahead: true } : {}),
      });
      dispatch({ type: 'saved', event, now: now(), desiredRetention });
    } else if (saving.kind === 'mark') {
      const at = now();
      const event = store.append({
        type: saving.mark,
        itemId: saving.entry.itemId,
        ...(saving.mark === 'bury' ? { until: endOfStudyDay(at) } : {}),
      });
      dispatch({ type: 'marked', event, now: now() });
    } else {
      store.append({ type: 'undo', target: saving.eventId });
      const { memory, marks } = replayAt(now());
      dispatch({ type: 'undone', memory, marks, now: now() });
    }
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? String(error);
    dispatch({ type: 'failed', message: `Not saved: ${message}` });
  }
}
