import { useCallback, useEffect, useState } from 'react';
import { useServices } from '../services.js';

export type Loading<T> = T | { error: string } | undefined;

/**
 * Runs `load` once the store's code is ready (and again after `reload`); undefined until
 * then, `{ error }` (its first line) if it throws. `load` must be stable (useCallback).
 */
export function useLoaded<T extends object>(load: () => T): [Loading<T>, () => void] {
  const services = useServices();
  const [data, setData] = useState<Loading<T>>();
  const run = useCallback(() => {
    try {
      setData(load());
    } catch (error) {
      setData({ error: (error as Error).message.split('\n')[0] ?? String(error) });
    }
  }, [load]);
  useEffect(() => {
    let live = true;
    services.storeReady().then(() => {
      if (live) run();
    });
    return () => {
      live = false;
    };
  }, [services, run]);
  return [data, run];
}
