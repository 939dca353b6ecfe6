// The Browse screen as a pure reducer: the filter, the cursor, the open item, and the card
// actions. An action is accepted once, into `saving`; the input hook writes its event to the log
// and reports back with `marked` or `failed`, as study does.
import {
  BROWSE_STATES,
  type BrowseFilter,
  type BrowseStateName,
  noFilter,
} from '../../../core/memory/browse.js';
import {
  applyCardMark,
  type CardMarkEvent,
  type CardMarks,
  isBuried,
  isCardMarkEvent,
} from '../../../core/memory/card-marks.js';
import type { LogEvent } from '../../../core/store/log.js';

export type BrowseAction = 'suspend' | 'bury' | 'flag';
type MarkType = CardMarkEvent['type'];

/** Where the keys go: the list, the text field, or one item's details. */
export type BrowseMode = 'list' | 'search' | 'details';

export interface BrowseState {
  filter: BrowseFilter;
  /** Ids of the items the filter lets through, in bank order. */
  shown: string[];
  cursor: number;
  mode: BrowseMode;
  /** Scroll of the details view. */
  scroll: number;
  marks: Map<string, CardMarks>;
  note?: string;
  saving?: { itemId: string; mark: MarkType };
}

/** What the reducer needs to re-filter: the ids that pass a filter, in bank order. */
export type Select = (filter: BrowseFilter, marks: ReadonlyMap<string, CardMarks>) => string[];

export type BrowseEvent =
  | { type: 'move'; by: number }
  | { type: 'open' }
  | { type: 'close' }
  | { type: 'scroll'; by: number; limit: number }
  | { type: 'search' }
  | { type: 'type'; text: string }
  | { type: 'erase' }
  | { type: 'cycle'; field: 'topic' | 'kind' | 'state'; options: readonly string[] }
  | { type: 'clear' }
  | { type: 'mark'; action: BrowseAction; now: number }
  | { type: 'marked'; event: LogEvent }
  | { type: 'failed'; message: string }
  | { type: 'note'; message: string };

const MAX_SEARCH = 200;

export function startBrowse(marks: Map<string, CardMarks>, select: Select): BrowseState {
  return {
    filter: noFilter,
    shown: select(noFilter, marks),
    cursor: 0,
    mode: 'list',
    scroll: 0,
    marks,
  };
}

export function currentId(state: BrowseState): string | undefined {
  return state.shown[state.cursor];
}

/** The next of `options` after `value`, and after the last: none (the filter is off). */
export function cycle<T extends string>(
  options: readonly T[],
  value: T | undefined,
): T | undefined {
  if (value === undefined) return options[0];
  const at = options.indexOf(value);
  return at < 0 || at === options.length - 1 ? undefined : options[at + 1];
}

/** The event a card action writes: a second `!` unsuspends, a second `-` unburies, `f` toggles. */
export function markFor(action: BrowseAction, marks: CardMarks | undefined, now: number): MarkType {
  switch (action) {
    case 'suspend':
      return marks?.suspended ? 'unsuspend' : 'suspend';
    case 'bury':
      return isBuried(marks, now) ? 'unbury' : 'bury';
    case 'flag':
      return marks?.flagged ? 'unflag' : 'flag';
  }
}

const markNotes: Record<MarkType, string> = {
  suspend: 'Suspended: out of study until unsuspended (! again unsuspends).',
  unsuspend: 'Unsuspended.',
  bury: 'Buried until tomorrow (- again unburies).',
  unbury: 'Unburied.',
  flag: 'Flagged.',
  unflag: 'Flag removed.',
};

/** The list re-filtered, the cursor kept on the same item where it is still shown. */
function refilter(
  state: BrowseState,
  filter: BrowseFilter,
  select: Select,
  marks = state.marks,
): BrowseState {
  const id = currentId(state);
  const shown = select(filter, marks);
  const at = id === undefined ? -1 : shown.indexOf(id);
  const cursor = at >= 0 ? at : Math.min(state.cursor, Math.max(0, shown.length - 1));
  return { ...state, filter, shown, cursor, marks };
}

export function reduceBrowse(select: Select) {
  return (state: BrowseState, event: BrowseEvent): BrowseState => {
    switch (event.type) {
      case 'move': {
        if (state.mode === 'details' || state.shown.length === 0) return state;
        const cursor = Math.max(0, Math.min(state.shown.length - 1, state.cursor + event.by));
        return cursor === state.cursor ? state : { ...state, cursor, note: undefined };
      }
      case 'open':
        return state.mode === 'list' && currentId(state) !== undefined
          ? { ...state, mode: 'details', scroll: 0, note: undefined }
          : state;
      case 'close':
        return state.mode === 'list' ? state : { ...state, mode: 'list', note: undefined };
      case 'scroll': {
        if (state.mode !== 'details') return state;
        const scroll = Math.max(0, Math.min(event.limit, state.scroll + event.by));
        return scroll === state.scroll ? state : { ...state, scroll };
      }
      case 'search':
        return state.mode === 'list' ? { ...state, mode: 'search', note: undefined } : state;
      case 'type': {
        // Only printable text: a pasted newline or escape code is not part of a search.
        const add = event.text.replace(/[\p{Cc}]/gu, '');
        if (state.mode !== 'search' || !add) return state;
        const text = (state.filter.text + add).slice(0, MAX_SEARCH);
        return refilter(state, { ...state.filter, text }, select);
      }
      case 'erase': {
        if (state.mode !== 'search' || !state.filter.text) return state;
        const text = [...state.filter.text].slice(0, -1).join('');
        return refilter(state, { ...state.filter, text }, select);
      }
      case 'cycle': {
        if (state.mode !== 'list') return state;
        const value = cycle(event.options, state.filter[event.field]);
        return refilter(state, { ...state.filter, [event.field]: value } as BrowseFilter, select);
      }
      case 'clear':
        return state.mode === 'list' && state.filter !== noFilter
          ? refilter(state, noFilter, select)
          : state;
      case 'mark': {
        const itemId = currentId(state);
        if (state.mode === 'search' || state.saving || itemId === undefined) return state;
        const mark = markFor(event.action, state.marks.get(itemId), event.now);
        return { ...state, saving: { itemId, mark } };
      }
      case 'marked': {
        if (!state.saving || !isCardMarkEvent(event.event)) return state;
        const marks = new Map(state.marks);
        applyCardMark(marks, event.event);
        // The item stays under the cursor even when it no longer fits a state filter: the
        // user sees what changed; the list is re-filtered when the filter changes.
        return { ...state, marks, saving: undefined, note: markNotes[event.event.type] };
      }
      case 'failed':
        return state.saving ? { ...state, saving: undefined, note: event.message } : state;
      case 'note':
        return { ...state, note: event.message };
    }
  };
}

export const stateOptions: readonly BrowseStateName[] = BROWSE_STATES;
