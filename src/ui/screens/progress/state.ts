// The progress screen's state as a pure reducer: where the report is scrolled to, and the
// interview date being typed (if the entry is open).
import {
  editLineEntry,
  type LineEntry,
  type LineEntryAction,
} from '../../components/line-entry.js';
import { clampScroll } from '../../components/scroll-view.js';

export interface ProgressState {
  scroll: number;
  entry?: LineEntry;
}

/** Longest entry kept: a date, or "none", with room for typos. */
const MAX_ENTRY = 20;

export type ProgressAction =
  | { type: 'scroll'; by: number; rows: number; height: number }
  | { type: 'open'; text: string }
  | LineEntryAction
  | { type: 'close' };

export function reduceProgress(state: ProgressState, action: ProgressAction): ProgressState {
  const entry = state.entry;
  switch (action.type) {
    case 'scroll': {
      if (entry) return state;
      const scroll = clampScroll(
        clampScroll(state.scroll, action.rows, action.height) + action.by,
        action.rows,
        action.height,
      );
      return scroll === state.scroll ? state : { ...state, scroll };
    }
    case 'open':
      return entry ? state : { ...state, entry: { text: action.text } };
    case 'type':
    case 'erase':
    case 'refuse':
      return entry ? { ...state, entry: editLineEntry(entry, action, MAX_ENTRY) } : state;
    case 'close':
      return entry ? { ...state, entry: undefined } : state;
  }
}
