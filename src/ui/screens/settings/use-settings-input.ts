// Settings' keys, each declared once (footer, `?` and handler read this list), and the one
// place a setting is saved: after its entry was accepted.
import type { RefObject } from 'react';
import type { Settings } from '../../../core/store/settings.js';
import { type Binding, bind, hint, on } from '../../keys/binding.js';
import { useBindings } from '../../keys/use-bindings.js';
import type { Navigation } from '../../navigation.js';
import { fieldAt, fields, type SettingsAction, type SettingsState } from './state.js';

type SettingsCommand = { type: 'state'; action: SettingsAction } | { type: 'save' };

/** While a value is open every printable character is text: q, ? and digits included. */
const textChar = (input: string, key: { ctrl: boolean; meta: boolean; tab: boolean }) =>
  input.length > 0 && !key.ctrl && !key.meta && !key.tab && /^[\x20-\x7e]+$/.test(input);

const state = (action: SettingsAction): SettingsCommand => ({ type: 'state', action });

export function settingsKeys(current: SettingsState): Binding<SettingsCommand>[] {
  if (current.entry) {
    // Esc and Enter last: a narrow footer drops hints from the end but keeps the last two.
    return [
      bind('a-z 0-9', 'type', textChar, (input) => state({ type: 'type', text: input })),
      bind('⌫', 'erase', (_, key) => key.backspace || key.delete, state({ type: 'erase' })),
      bind('Enter', 'save', on.enter, { type: 'save' }),
      // Esc reaches the screen through the shell's onEscape.
      hint('Esc', 'cancel'),
    ];
  }
  return [
    bind('↑↓', 'choose', on.any(on.up, on.down), (_, key) =>
      state({ type: 'move', by: key.upArrow ? -1 : 1 }),
    ),
    bind('Enter', 'change', on.enter, state({ type: 'open' })),
  ];
}

interface SettingsInput {
  latest: RefObject<SettingsState>;
  dispatch: (action: SettingsAction) => boolean;
  nav: Navigation;
  now: () => number;
  /** Writes the change and returns the settings as they are now. */
  save: (patch: Partial<Settings>) => Settings;
}

export function useSettingsInput(input: SettingsInput): void {
  const { latest, dispatch, nav } = input;
  useBindings(
    () => settingsKeys(latest.current),
    (command) => {
      if (command.type === 'state') return void dispatch(command.action);
      const current = latest.current;
      if (!current.entry) return;
      const parsed = fields[fieldAt(current)].parse(current.entry.text, input.now());
      if (!parsed.ok) return void dispatch({ type: 'refuse', error: parsed.error });
      dispatch({ type: 'saved', values: input.save(parsed.patch) });
    },
    nav.active,
  );
}
