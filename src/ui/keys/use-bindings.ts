import { useInput } from 'ink';
import { useRef } from 'react';
import { actionFor, type Binding } from './binding.js';
import { useHoldUntilListening } from './input-control.js';

/**
 * Feeds keys to `handle` through the bindings that apply now. Both are read at key time from
 * refs, so the second of two keys in one read acts on what the first one left.
 */
export function useBindings<A>(
  current: () => readonly Binding<A>[],
  handle: (action: A) => void,
  isActive: boolean,
  /** True when another handler already acted on this key (see useLatestReducer). */
  handled: () => boolean = () => false,
): void {
  const latest = useRef({ current, handle, handled });
  latest.current = { current, handle, handled };
  useInput(
    (input, key) => {
      if (latest.current.handled()) return;
      const action = actionFor(latest.current.current(), input, key);
      if (action !== undefined) latest.current.handle(action);
    },
    { isActive },
  );
  useHoldUntilListening(isActive);
}
