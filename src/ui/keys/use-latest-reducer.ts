import { useCallback, useRef, useState } from 'react';

/**
 * `useReducer` whose state is readable at once through `latest`, and whose `dispatch` says
 * whether the reducer accepted the action. Keys that arrive in one read are handled before
 * React re-renders; each must see the state the previous key left, not the last render's.
 * A reducer rejects an action by returning the state it was given.
 */
export function useLatestReducer<S, A>(reduce: (state: S, action: A) => S, init: () => S) {
  const [state, setState] = useState(init);
  const latest = useRef(state);
  const dispatch = useCallback(
    (action: A): boolean => {
      const next = reduce(latest.current, action);
      if (next === latest.current) return false;
      latest.current = next;
      setState(next);
      return true;
    },
    [reduce],
  );
  return { state, latest, dispatch };
}
