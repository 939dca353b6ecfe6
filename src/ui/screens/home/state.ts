// Home's state as a pure reducer: the mode the menu highlights, what opening the store had to
// say, and today's counts, which load after the first frame (the menu never waits for them).
import { type Mode, modes } from './modes.js';
import type { HomeCounts } from './today-counts.js';

export type CountsState =
  | { status: 'loading' }
  | { status: 'ready'; counts: HomeCounts }
  /** The bank could not be read: the counts are left out; Study and Quiz say why. */
  | { status: 'unavailable' };

export interface HomeState {
  /** Index into `modes` of the highlighted row. */
  highlighted: number;
  /** What opening the store found (a corrupt file moved aside), or why it could not open. */
  notices: readonly string[];
  counts: CountsState;
}

export type HomeAction =
  | { type: 'highlight'; index: number }
  | { type: 'opened'; notices: readonly string[] }
  | { type: 'counted'; counts: HomeCounts }
  | { type: 'uncounted' };

export function startHome(highlighted = 0): HomeState {
  const index = Number.isInteger(highlighted) && modes[highlighted] ? highlighted : 0;
  return { highlighted: index, notices: [], counts: { status: 'loading' } };
}

export function reduceHome(state: HomeState, action: HomeAction): HomeState {
  switch (action.type) {
    case 'highlight':
      return action.index === state.highlighted || !modes[action.index]
        ? state
        : { ...state, highlighted: action.index };
    case 'opened':
      return { ...state, notices: action.notices };
    case 'counted':
      return { ...state, counts: { status: 'ready', counts: action.counts } };
    case 'uncounted':
      return state.counts.status === 'loading'
        ? { ...state, counts: { status: 'unavailable' } }
        : state;
  }
}

export function highlightedMode(state: HomeState): Mode {
  return modes[state.highlighted] ?? (modes[0] as Mode);
}

/** Today's counts beside a mode that has them: Study and Quiz, once loaded. */
export function todayOf(state: HomeState, mode: Mode): string | undefined {
  if (state.counts.status !== 'ready') return undefined;
  const { counts } = state.counts;
  return mode.route.screen === 'study'
    ? counts.study
    : mode.route.screen === 'quiz'
      ? counts.quiz
      : undefined;
}
