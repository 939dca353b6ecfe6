// A key is declared once: what the footer and `?` call it, what it matches, and the action it
// produces. Screens list the bindings that apply to their current state; the footer, the help
// overlay and the input handler all read that one list, so they cannot disagree.
import type { Key } from 'ink';
import type { KeyHelp } from '../navigation.js';

type Matcher = (input: string, key: Key) => boolean;

export interface Binding<A> {
  /** How the footer and `?` name the key ("Space", "1-4", "↑↓"). */
  keys: string;
  /** What it does, in a few words. */
  help: string;
  match: Matcher;
  /** The action for the key as typed (a digit binding reads which digit). */
  act: (input: string, key: Key) => A;
}

export function bind<A>(
  keys: string,
  help: string,
  match: Matcher,
  act: A | ((input: string, key: Key) => A),
): Binding<A> {
  return {
    keys,
    help,
    match,
    act: typeof act === 'function' ? (act as (input: string, key: Key) => A) : () => act,
  };
}

/**
 * A key named in the footer but handled by a component the screen shows (a question's input
 * takes Enter); the screen's own handler never matches it.
 */
export function hint(keys: string, help: string): Binding<never> {
  return { keys, help, match: () => false, act: () => undefined as never };
}

const plain = (key: Key) => !key.ctrl && !key.meta;

/** Matchers for the keys the app uses. */
export const on = {
  char:
    (c: string): Matcher =>
    (input, key) =>
      input === c && plain(key),
  enter: ((_, key) => key.return) as Matcher,
  space: ((input, key) => input === ' ' && plain(key)) as Matcher,
  up: ((_, key) => key.upArrow) as Matcher,
  down: ((_, key) => key.downArrow) as Matcher,
  /** One digit from `lo` to `hi`. */
  digit:
    (lo: number, hi: number): Matcher =>
    (input, key) =>
      /^[0-9]$/.test(input) && Number(input) >= lo && Number(input) <= hi && plain(key),
  any:
    (...matchers: Matcher[]): Matcher =>
    (input, key) =>
      matchers.some((m) => m(input, key)),
};

/** The action of the first binding that matches the key, if any. */
export function actionFor<A>(
  bindings: readonly Binding<A>[],
  input: string,
  key: Key,
): A | undefined {
  const hit = bindings.find((b) => b.match(input, key));
  return hit ? hit.act(input, key) : undefined;
}

/** The footer's and `?`'s lines for these bindings. */
export function hintsOf(bindings: readonly Binding<unknown>[]): KeyHelp[] {
  return bindings.map((b) => ({ keys: b.keys, action: b.help }));
}
