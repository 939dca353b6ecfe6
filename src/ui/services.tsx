import { createContext, type ReactNode, useContext } from 'react';
import type { ContentSource } from '../core/content/compiled.js';
import type { ProgressStore } from '../core/store/store.js';

/**
 * What screens need from outside: the clock, a random seed, the progress store and the
 * terminal size. Injected, so tests control time and size and point the store at a temp dir.
 */
export interface Services {
  /** Epoch milliseconds. */
  now: () => number;
  seed: number;
  env: NodeJS.ProcessEnv;
  /** The question bank's YAML directory and the build's compiled copy of it. */
  content: ContentSource;
  /** The per-user cache folder (replay snapshots); undefined when caching is off. */
  cacheDir?: string;
  /** Opens the store on first use (and reports a busy or unreadable store as an error). */
  store: () => ProgressStore;
  /** Loads the store's code (once); resolves when `store()` can be called. Only the home screen renders before that. */
  storeReady: () => Promise<void>;
  /** Whether `storeReady` has resolved: a screen can then load in its first render. */
  storeLoaded?: () => boolean;
  /** The store if it has been opened (the exit flush must not open one just to close it). */
  opened?: () => ProgressStore | undefined;
  /**
   * Waits one event-loop turn between the pieces of long work (the Progress report); tests
   * pass one they release by hand. Default: setImmediate.
   */
  turn?: () => Promise<void>;
  /** Fixed terminal size for tests; the real terminal's size (and resizes) otherwise. */
  size?: { columns: number; rows: number };
}

const ServicesContext = createContext<Services | undefined>(undefined);

export function ServicesProvider({
  services,
  children,
}: {
  services: Services;
  children: ReactNode;
}) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}
