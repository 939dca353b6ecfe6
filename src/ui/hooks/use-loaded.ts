import { useCallback, useEffect, useRef, useState } from 'react';
import { useServices } from '../services.js';

export type Loading<T> = T | { error: string } | undefined;

const firstLine = (error: unknown) => (error as Error).message.split('\n')[0] ?? String(error);

const isPromise = <T>(value: T | Promise<T>): value is Promise<T> =>
  typeof (value as Promise<T> | undefined)?.then === 'function';

/**
 * Runs `load` once the store's code is ready (and again after `reload`); undefined until
 * then, `{ error }` (its first line) if it throws or rejects. `load` may be async (a screen that
 * loads its code lazily); it must be stable (useCallback). When the store's code is already
 * loaded and `load` answers synchronously, the first render has the data: no "Loading…" frame,
 * and no second frame that Ink would draw a frame-time later.
 */
export function useLoaded<T extends object>(load: () => T | Promise<T>): [Loading<T>, () => void] {
  const services = useServices();
  // A promise the first render's load started, for the effect to wait on instead of loading twice.
  const started = useRef<Promise<T>>(undefined);
  const [data, setData] = useState<Loading<T>>(() => {
    if (!services.storeLoaded?.()) return undefined;
    try {
      const value = load();
      if (!isPromise(value)) return value;
      started.current = value;
    } catch (error) {
      return { error: firstLine(error) };
    }
    return undefined;
  });
  const settle = useCallback(
    (value: Promise<T>, live: () => boolean) =>
      value.then(
        (v) => live() && setData(v),
        (error) => live() && setData({ error: firstLine(error) }),
      ),
    [],
  );
  const run = useCallback(
    (live: () => boolean = () => true) => {
      settle(Promise.resolve().then(load), live);
    },
    [load, settle],
  );
  const loadedAtOnce = useRef(data !== undefined);
  useEffect(() => {
    let live = true;
    const pending = started.current;
    started.current = undefined;
    if (pending) void settle(pending, () => live);
    else if (loadedAtOnce.current) loadedAtOnce.current = false;
    else
      services.storeReady().then(() => {
        if (live) run(() => live);
      });
    return () => {
      live = false;
    };
  }, [services, run, settle]);
  return [data, useCallback(() => run(), [run])];
}
