import { useEffect, useState } from 'react';
import type { ProgressStore, SaveStatus } from '../../core/store/store.js';
import type { Services } from '../services.js';

export interface SaveState {
  status: SaveStatus;
  /** What opening the store had to say (a settings reset); empty until it is open. */
  notices: readonly string[];
  /** Tries the queued writes again (the retry key). */
  retry: () => void;
}

const saved: SaveStatus = { unsaved: 0 };

/**
 * Follows the store's save status for the whole app: the store tells its listeners when a
 * write fails and when a retry gets everything out.
 */
export function useSaveStatus(services: Services): SaveState {
  const [store, setStore] = useState<ProgressStore>();
  const [status, setStatus] = useState<SaveStatus>(saved);
  useEffect(() => {
    let live = true;
    let unsubscribe: (() => void) | undefined;
    services.storeReady().then(() => {
      if (!live) return;
      try {
        const opened = services.store();
        setStore(opened);
        setStatus(opened.status());
        unsubscribe = opened.onStatus(setStatus);
      } catch {
        // A store that cannot be opened at all is reported by the screen that needs it.
      }
    });
    return () => {
      live = false;
      unsubscribe?.();
    };
  }, [services]);
  return {
    status,
    notices: store?.notices ?? [],
    retry: () => store?.retry(),
  };
}
