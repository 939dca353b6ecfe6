import { useCallback, useEffect, useRef, useState } from 'react';
import { useInputControl } from './input-control.js';

/**
 * `useReducer` whose state is readable at once through `latest`, and whose `dispatch` says
 * whether the reducer accepted the action. Keys that arrive in one read are handled before
 * React re-renders; each must see the state the previous key left, not the last render's.
 * A reducer rejects an action by returning the state it was given.
 *
 * `changedByThisKey` is true while the key that last changed the state is still being handled:
 * one key reaches every input handler (a question's input and the screen's), and must act once.
 *
 * `settle` names changes the shell must see before the next key: entering or leaving text
 * entry, where `q` and `?` turn into text or back into commands. The shell learns of it when
 * the change is drawn, so the keys after such a change wait until then ("/q" searches for q).
 */
export function useLatestReducer<S, A>(
  reduce: (state: S, action: A) => S,
  init: () => S,
  settle?: (before: S, after: S) => boolean,
) {
  const control = useInputControl();
  const [state, setState] = useState(init);
  const latest = useRef(state);
  const changedOnKey = useRef(-1);
  const settles = useRef(settle);
  settles.current = settle;
  const held = useRef<Array<() => void>>([]);
  // After every commit (an accepted change always re-renders), and on unmount.
  const releaseHeld = useCallback(() => {
    for (const release of held.current.splice(0)) release();
  }, []);
  useEffect(releaseHeld);
  useEffect(() => releaseHeld, [releaseHeld]);
  const dispatch = useCallback(
    (action: A): boolean => {
      const before = latest.current;
      const next = reduce(before, action);
      if (next === before) return false;
      latest.current = next;
      changedOnKey.current = control ? control.keys() : -1;
      if (control && settles.current?.(before, next)) held.current.push(control.hold());
      setState(next);
      return true;
    },
    [reduce, control],
  );
  const changedByThisKey = useCallback(
    () => control !== undefined && changedOnKey.current === control.keys(),
    [control],
  );
  return { state, latest, dispatch, changedByThisKey };
}
