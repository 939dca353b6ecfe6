// The stepping interface long simulations share, so a screen can run them in slices.

export interface SimRun<R> {
  /** Simulates up to `maxRequests` more arrivals; true once the horizon is reached. */
  step(maxRequests: number): boolean;
  /** Results so far (time averages over the simulated time so far). */
  snapshot(): R;
  /** Simulated time / horizon, 0..1. */
  progress(): number;
}

/** Runs a simulation to the end in slices. */
export function runToEnd<R>(run: SimRun<R>, slice = 1_000_000): R {
  while (!run.step(slice)) {
    // keep stepping
  }
  return run.snapshot();
}
