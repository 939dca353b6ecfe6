// Runs a simulation in slices between key presses (src/sim/chunked.ts) and restarts it when its
// inputs change, after a short pause so holding → does not start a run per step. While a new
// run starts, the previous results stay on screen, marked as running.
import { useEffect, useRef, useState } from 'react';
import { runInSlices, type SliceScheduler } from '../../sim/chunked.js';
import type { SimRun } from '../../sim/models/run.js';

export interface SimulationState<R> {
  status: 'idle' | 'running' | 'done' | 'error';
  /** 0..1 of the current run. */
  progress: number;
  /** The latest results (of the current run so far, or of the previous one while restarting). */
  snapshot?: R;
  error?: string;
  /** The key of the run that set the status (a finished run is done only for its own key). */
  key?: string;
}

/** Pause after a change before the new run starts. */
export const RESTART_DEBOUNCE_MS = 150;

const realScheduler: SliceScheduler = {
  defer: (fn) => {
    const handle = setImmediate(fn);
    return () => clearImmediate(handle);
  },
  now: () => performance.now(),
};

/**
 * Runs `make()` whenever `key` changes (null: nothing to run). `make` is read when the run
 * starts, so it may close over the values `key` describes.
 */
export function useSimulation<R>(key: string | null, make: () => SimRun<R>): SimulationState<R> {
  const [state, setState] = useState<SimulationState<R>>({ status: 'idle', progress: 0 });
  const makeRef = useRef(make);
  makeRef.current = make;
  const started = useRef(false);

  useEffect(() => {
    if (key === null) {
      setState({ status: 'idle', progress: 0 });
      return;
    }
    let cancel = () => {};
    setState((s) => ({ ...s, status: 'running', progress: 0 }));
    const begin = () => {
      let run: SimRun<R>;
      try {
        run = makeRef.current();
      } catch (error) {
        setState({ status: 'error', progress: 0, error: (error as Error).message, key });
        return;
      }
      cancel = runInSlices(
        run,
        {
          update: (snapshot, progress) => setState({ status: 'running', progress, snapshot, key }),
          done: (snapshot) => setState({ status: 'done', progress: 1, snapshot, key }),
          error: (error) =>
            setState({ status: 'error', progress: 0, error: (error as Error).message, key }),
        },
        realScheduler,
      );
    };
    // The first run starts at once; later ones wait for the keys to settle.
    const timer = setTimeout(begin, started.current ? RESTART_DEBOUNCE_MS : 0);
    started.current = true;
    return () => {
      clearTimeout(timer);
      cancel();
    };
  }, [key]);

  return state;
}
