// Browse's keys, each declared once (footer, `?` and handler read this list), and the one place
// its card actions are written: after the reducer has accepted them.
import type { Key } from 'ink';
import type { RefObject } from 'react';
import { endOfStudyDay } from '../../../core/memory/day.js';
import type { ProgressStore } from '../../../core/store/store.js';
import { type Binding, bind, on } from '../../keys/binding.js';
import { useBindings } from '../../keys/use-bindings.js';
import type { Navigation } from '../../navigation.js';
import type { BrowseEvent, BrowseState } from './state.js';

type BrowseCommand =
  | { type: 'state'; event: BrowseEvent }
  | { type: 'mark'; action: 'suspend' | 'bury' | 'flag' }
  | { type: 'scroll'; by: number }
  | { type: 'cycle'; field: 'topic' | 'kind' | 'state' }
  | { type: 'edit' };

const ev = (event: BrowseEvent): BrowseCommand => ({ type: 'state', event });
const erasing = (_: string, key: Key) => key.backspace || key.delete;
/** Printable text typed into the search field (q, ? and digits included). */
const typed = (input: string, key: Key) =>
  input.length > 0 &&
  !key.ctrl &&
  !key.meta &&
  !key.return &&
  !key.escape &&
  !key.tab &&
  !erasing(input, key);

/** The same card actions as in study. */
const cardActionKeys: Binding<BrowseCommand>[] = [
  bind('!', 'suspend / unsuspend', on.char('!'), { type: 'mark', action: 'suspend' }),
  bind('-', 'bury / unbury', on.char('-'), { type: 'mark', action: 'bury' }),
  bind('f', 'flag / unflag', on.char('f'), { type: 'mark', action: 'flag' }),
  bind('e', 'edit in $EDITOR', on.char('e'), { type: 'edit' }),
];

const moveKeys = bind<BrowseCommand>('↑↓', 'move', on.any(on.up, on.down), (_, key) =>
  ev({ type: 'move', by: key.upArrow ? -1 : 1 }),
);

/** The keys that work in this state; Esc (the shell's) leaves the field or the details. */
export function browseKeys(state: BrowseState): Binding<BrowseCommand>[] {
  const any = state.shown.length > 0;
  switch (state.mode) {
    case 'search':
      return [
        bind('Enter', 'done', on.enter, ev({ type: 'close' })),
        moveKeys,
        bind('Backspace', 'erase', erasing, ev({ type: 'erase' })),
        bind('text', 'search', typed, (input) => ev({ type: 'type', text: input })),
      ];
    case 'details':
      return [
        bind('↑↓', 'scroll', on.any(on.up, on.down), (_, key) => ({
          type: 'scroll',
          by: key.upArrow ? -1 : 1,
        })),
        ...cardActionKeys,
        bind('Enter', 'back to the list', on.enter, ev({ type: 'close' })),
      ];
    case 'list':
      return [
        ...(any ? [moveKeys, bind('Enter', 'details', on.enter, ev({ type: 'open' }))] : []),
        bind('/', 'search text', on.char('/'), ev({ type: 'search' })),
        bind('t', 'topic', on.char('t'), { type: 'cycle', field: 'topic' }),
        bind('k', 'kind', on.char('k'), { type: 'cycle', field: 'kind' }),
        bind('s', 'state', on.char('s'), { type: 'cycle', field: 'state' }),
        bind('c', 'clear filters', on.char('c'), ev({ type: 'clear' })),
        ...(any ? cardActionKeys : []),
      ];
  }
}

interface BrowseInput {
  latest: RefObject<BrowseState>;
  dispatch: (event: BrowseEvent) => boolean;
  changedByThisKey: () => boolean;
  store: ProgressStore;
  now: () => number;
  nav: Navigation;
  /** What `t`, `k` and `s` cycle through. */
  options: { topic: readonly string[]; kind: readonly string[]; state: readonly string[] };
  /** The longest scroll of the details at this terminal size. */
  scrollLimit: () => number;
  /** Opens the current item in the editor and reloads the bank. */
  edit: () => void;
}

export function useBrowseInput(input: BrowseInput): void {
  const { latest, dispatch, nav } = input;
  useBindings(
    () => browseKeys(latest.current),
    (command) => {
      switch (command.type) {
        case 'edit':
          return input.edit();
        case 'scroll':
          return void dispatch({ type: 'scroll', by: command.by, limit: input.scrollLimit() });
        case 'cycle':
          return void dispatch({
            type: 'cycle',
            field: command.field,
            options: input.options[command.field],
          });
        case 'mark':
          if (dispatch({ type: 'mark', action: command.action, now: input.now() })) save(input);
          return;
        case 'state':
          return void dispatch(command.event);
      }
    },
    nav.active,
    input.changedByThisKey,
  );
}

/** Writes the card action the reducer just accepted and reports the outcome back to it. */
function save({ latest, dispatch, store, now }: BrowseInput): void {
  const saving = latest.current.saving;
  if (!saving) return;
  try {
    const event = store.append({
      type: saving.mark,
      itemId: saving.itemId,
      ...(saving.mark === 'bury' ? { until: endOfStudyDay(now()) } : {}),
    });
    dispatch({ type: 'marked', event });
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? String(error);
    dispatch({ type: 'failed', message: `Not saved: ${message}` });
  }
}
