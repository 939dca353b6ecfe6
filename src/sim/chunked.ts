// Runs a SimRun in short slices so an interactive screen stays responsive: each slice steps
// for about `sliceMs` of wall time, then hands control back (the scheduler's `defer`) so key
// presses are handled before the next slice. Only the latest snapshot is kept: memory stays
// what the run itself holds, however long it is.
import type { SimRun } from './models/run.js';

export interface SliceScheduler {
  /** Calls `fn` later (after pending input is handled); returns a cancel function. */
  defer(fn: () => void): () => void;
  /** Wall-clock milliseconds (monotonic). */
  now(): number;
}

interface SliceOptions {
  /** Wall time one slice may take before yielding. */
  sliceMs: number;
  /** At most one intermediate update per this many milliseconds. */
  updateMs: number;
  /** Requests per step() call to start with; adapted to the run's speed. */
  firstStep: number;
}

const defaultSliceOptions: SliceOptions = { sliceMs: 12, updateMs: 100, firstStep: 1000 };

interface SliceListener<R> {
  /** Results so far and progress 0..1, while the run continues. */
  update(snapshot: R, progress: number): void;
  /** The final results. */
  done(snapshot: R): void;
  error(error: unknown): void;
}

const MIN_STEP = 50;
const MAX_STEP = 1_000_000;

/** Starts the run on the next turn of the scheduler; returns a cancel function. */
export function runInSlices<R>(
  run: SimRun<R>,
  listener: SliceListener<R>,
  scheduler: SliceScheduler,
  options: SliceOptions = defaultSliceOptions,
): () => void {
  let cancelled = false;
  let cancelNext = () => {};
  let stepSize = options.firstStep;
  let lastUpdate = Number.NEGATIVE_INFINITY;

  const slice = () => {
    if (cancelled) return;
    const start = scheduler.now();
    let finished = false;
    try {
      do {
        const t0 = scheduler.now();
        finished = run.step(stepSize);
        const dt = scheduler.now() - t0;
        // Aim each step() at a fraction of the slice, so a slice never overruns by much.
        if (dt < options.sliceMs / 8) stepSize = Math.min(MAX_STEP, stepSize * 2);
        else if (dt > options.sliceMs / 2) stepSize = Math.max(MIN_STEP, Math.floor(stepSize / 2));
      } while (!finished && scheduler.now() - start < options.sliceMs);
      if (finished) {
        listener.done(run.snapshot());
        return;
      }
      const now = scheduler.now();
      if (now - lastUpdate >= options.updateMs) {
        lastUpdate = now;
        listener.update(run.snapshot(), run.progress());
      }
    } catch (error) {
      listener.error(error);
      return;
    }
    cancelNext = scheduler.defer(slice);
  };

  cancelNext = scheduler.defer(slice);
  return () => {
    cancelled = true;
    cancelNext();
  };
}

/**
 * Several runs one after the other as one SimRun (e.g. the points of a chart). Each run is made
 * when its turn comes; the snapshot holds the final results of the runs finished so far.
 */
export function sequenceRuns<R>(makers: ReadonlyArray<() => SimRun<R>>): SimRun<(R | undefined)[]> {
  const results: (R | undefined)[] = makers.map(() => undefined);
  let index = 0;
  let current: SimRun<R> | undefined;
  return {
    step(maxRequests) {
      let budget = maxRequests;
      while (index < makers.length) {
        current ??= makers[index]!();
        const finished = current.step(budget);
        if (!finished) return false;
        results[index] = current.snapshot();
        index++;
        current = undefined;
        // Halving what the next run may do bounds one call at twice the budget.
        budget = Math.max(1, Math.floor(budget / 2));
      }
      return true;
    },
    snapshot: () => [...results],
    progress: () =>
      makers.length === 0 ? 1 : Math.min(1, (index + (current?.progress() ?? 0)) / makers.length),
  };
}
