import { useCallback, useRef, useState } from 'react';
import { useInputControl } from './input-control.js';

/**
 * `useReducer` whose state is readable at once through `latest`, and whose `dispatch` says
 * whether the reducer accepted the action. Keys that arrive in one read are handled before
 * React re-renders; each must see the state the previous key left, not the last render's.
 * A reducer rejects an action by returning the state it was given.
 *
 * `changedByThisKey` is true while the key that last changed the state is still being handled:
 * one key reaches every input handler (a question's input and the screen's), and must act once.
 */
export function useLatestReducer<S, A>(reduce: (state: S, action: A) => S, init: () => S) {
  const control = useInputControl();
  const [state, setState] = useState(init);
  const latest = useRef(state);
  const changedOnKey = useRef(-1);
  const dispatch = useCallback(
    (action: A): boolean => {
      const next = reduce(latest.current, action);
      if (next === latest.current) return false;
      latest.current = next;
      changedOnKey.current = control ? control.keys() : -1;
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
