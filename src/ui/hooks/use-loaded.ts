import { useCallback, useEffect, useState } from 'react';
import { useServices } from '../services.js';

export type Loading<T> = T | { error: string } | undefined;

const firstLine = (error: unknown) => (error as Error).message.split('\n')[0] ?? String(error);

/**
 * Runs `load` once the store's code is ready (and again after `reload`); undefined until
 * then, `{ error }` (its first line) if it throws or rejects. `load` may be async (a screen that
 * loads its code lazily); it must be stable (useCallback).
 */
export function useLoaded<T extends object>(load: () => T | Promise<T>): [Loading<T>, () => void] {
  const services = useServices();
  const [data, setData] = useState<Loading<T>>();
  const run = useCallback(
    (live: () => boolean = () => true) => {
      Promise.resolve()
        .then(load)
        .then(
          (value) => live() && setData(value),
          (error) => live() && setData({ error: firstLine(error) }),
        );
    },
    [load],
  );
  useEffect(() => {
    let live = true;
    services.storeReady().then(() => {
      if (live) run(() => live);
    });
    return () => {
      live = false;
    };
  }, [services, run]);
  return [data, useCallback(() => run(), [run])];
}
