// Progress's keys, each declared once (footer, `?` and handler read this list), and the one
// place the interview date is saved: after the entry was accepted.
import type { RefObject } from 'react';
import { parseInterviewDate } from '../../../core/memory/interview.js';
import { type Binding, bind, hint, on } from '../../keys/binding.js';
import { useBindings } from '../../keys/use-bindings.js';
import type { Navigation } from '../../navigation.js';
import type { ProgressAction, ProgressState } from './state.js';

type ProgressCommand =
  | { type: 'state'; action: ProgressAction }
  | { type: 'scroll'; by: 'line' | 'page'; sign: 1 | -1 }
  | { type: 'open' }
  | { type: 'save' };

/** Characters a date entry takes: digits, letters ("none"), dashes and spaces. */
const dateChar = (input: string, key: { ctrl: boolean; meta: boolean }) =>
  input.length > 0 && !key.ctrl && !key.meta && /^[\w -]+$/.test(input);

export function progressKeys(
  state: ProgressState,
  canSetDate: boolean,
): Binding<ProgressCommand>[] {
  if (state.entry) {
    return [
      bind('Enter', 'save the date', on.enter, { type: 'save' }),
      // Esc reaches the screen through the shell's onEscape.
      hint('Esc', 'cancel'),
      bind('⌫', 'erase', (_, key) => key.backspace || key.delete, {
        type: 'state',
        action: { type: 'erase' },
      }),
      bind('0-9', 'type the date', dateChar, (input) => ({
        type: 'state',
        action: { type: 'type', text: input },
      })),
    ];
  }
  return [
    // One entry for both: the key help must fit the smallest terminal.
    bind(
      '↑↓ PgUp/PgDn',
      'scroll',
      (_, key) => key.upArrow || key.downArrow || key.pageUp || key.pageDown,
      (_, key) => ({
        type: 'scroll',
        by: key.pageUp || key.pageDown ? 'page' : 'line',
        sign: key.upArrow || key.pageUp ? -1 : 1,
      }),
    ),
    ...(canSetDate
      ? [bind('d', 'set the interview date', on.char('d'), { type: 'open' } as ProgressCommand)]
      : []),
  ];
}

interface ProgressInput {
  latest: RefObject<ProgressState>;
  dispatch: (action: ProgressAction) => boolean;
  nav: Navigation;
  now: () => number;
  /** The date set now, if the report could be built (else d does nothing). */
  interviewDate: () => string | undefined | null;
  /** Saves the date ('' clears it) and rebuilds the report. */
  saveDate: (date: string) => void;
  rows: () => number;
  height: () => number;
}

export function useProgressInput(input: ProgressInput): void {
  const { latest, dispatch, nav } = input;
  useBindings(
    () => progressKeys(latest.current, input.interviewDate() !== null),
    (command) => {
      switch (command.type) {
        case 'state':
          return void dispatch(command.action);
        case 'open':
          return void dispatch({ type: 'open', text: input.interviewDate() ?? '' });
        case 'scroll': {
          const height = input.height();
          const by = command.sign * (command.by === 'page' ? height - 1 : 1);
          return void dispatch({ type: 'scroll', by, rows: input.rows(), height });
        }
        case 'save': {
          const entry = latest.current.entry;
          if (!entry) return;
          const parsed = parseInterviewDate(entry.text, input.now());
          if (!parsed.ok) return void dispatch({ type: 'refuse', error: parsed.error });
          input.saveDate(parsed.date);
          dispatch({ type: 'close' });
        }
      }
    },
    nav.active,
  );
}
