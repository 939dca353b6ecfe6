import { useRef, useState } from 'react';

/**
 * State whose latest value key handlers can read at once: keys may arrive faster than React
 * re-renders (a paste, a fast typist, a test), and a handler's closure would see a stale value.
 */
export function useLatest<T>(
  initial: T | (() => T),
): [T, (next: T | ((prev: T) => T)) => void, { readonly current: T }] {
  const [value, setValue] = useState(initial);
  const ref = useRef(value);
  const set = (next: T | ((prev: T) => T)) => {
    ref.current = typeof next === 'function' ? (next as (prev: T) => T)(ref.current) : next;
    setValue(ref.current);
  };
  return [value, set, ref];
}
