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
/** How long after the store opens its notices are completed (see below). */
const NOTICES_AFTER_MS = 300;

/**
 * Follows the store's save status for the whole app: the store tells its listeners when a
 * write fails and when a retry gets everything out.
 */
export function useSaveStatus(services: Services): SaveState {
  const [store, setStore] = useState<ProgressStore>();
  const [status, setStatus] = useState<SaveStatus>(saved);
  const [notices, setNotices] = useState<readonly string[]>([]);
  useEffect(() => {
    let live = true;
    let unsubscribe: (() => void) | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    services.storeReady().then(() => {
      if (!live) return;
      try {
        const opened = services.store();
        setStore(opened);
        setStatus(opened.status());
        setNotices(opened.knownNotices());
        unsubscribe = opened.onStatus(setStatus);
        // Counting the log's unreadable lines reads the whole log (100 ms at 100,000 lines):
        // left until the screen has started, which usually counted them already (study).
        timer = setTimeout(() => {
          if (live) setNotices(opened.notices);
        }, NOTICES_AFTER_MS);
      } catch {
        // A store that cannot be opened at all is reported by the screen that needs it.
      }
    });
    return () => {
      live = false;
      unsubscribe?.();
      clearTimeout(timer);
    };
  }, [services]);
  return {
    status,
    notices,
    retry: () => store?.retry(),
  };
}
