// The keys that work on every screen, declared once: the shell handles them, the footer and
// `?` list them from here.
import type { Key } from 'ink';
import type { KeyHelp } from '../navigation.js';
import { type Binding, bind, on } from './binding.js';

type GlobalAction = 'interrupt' | 'quit' | 'back' | 'help';

const ctrlC = (input: string, key: Key) => key.ctrl && input === 'c';

/**
 * `q` and `?` are characters while a screen takes text; Ctrl+C and Esc always work.
 * `quitHelp` is what `q` does on this screen ("finish" in a running session).
 */
export function globalKeys(textEntry: boolean, quitHelp = 'quit'): Binding<GlobalAction>[] {
  return [
    bind('Ctrl+C', 'quit (everything answered is already saved)', ctrlC, 'interrupt'),
    ...(textEntry ? [] : [bind('q', quitHelp, on.char('q'), 'quit' as GlobalAction)]),
    bind('Esc', 'go back', (_, key) => key.escape, 'back'),
    ...(textEntry
      ? []
      : [bind('?', 'show or hide these keys', on.char('?'), 'help' as GlobalAction)]),
  ];
}

/** The footer's short form of the global keys: q and ? (Esc and Ctrl+C are in `?`). */
export function footerGlobals(textEntry: boolean, quitHelp = 'quit'): KeyHelp[] {
  return textEntry
    ? []
    : [
        { keys: 'q', action: quitHelp },
        { keys: '?', action: 'keys' },
      ];
}
