// Home's keys. The menu (ink-select-input, patched for bursts) reads ↑↓, Enter and the digits
// itself; this declares them once for the footer and `?`, and turns what the menu reports into
// the reducer's actions and the route to open.
import { menuKeys } from '../../components/menu.js';
import type { KeyHelp, Navigation } from '../../navigation.js';
import { modes } from './modes.js';
import type { HomeAction } from './state.js';

export const homeKeys: KeyHelp[] = menuKeys(modes.length);

/** What the menu calls: each item's value is its index in `modes`. */
export interface HomeMenuInput {
  onHighlight: (item: { value: number }) => void;
  onSelect: (item: { value: number }) => void;
}

interface HomeInput {
  dispatch: (action: HomeAction) => boolean;
  nav: Navigation;
  /** Called with the row highlighted, so coming back to Home finds it there. */
  remember: (index: number) => void;
}

export function useHomeInput({ dispatch, nav, remember }: HomeInput): HomeMenuInput {
  return {
    onHighlight: ({ value }) => {
      if (dispatch({ type: 'highlight', index: value })) remember(value);
    },
    onSelect: ({ value }) => {
      const mode = modes[value];
      if (!mode) return;
      dispatch({ type: 'highlight', index: value });
      remember(value);
      nav.push(mode.route);
    },
  };
}
