// Long work written as a generator that yields between pieces. The core stays synchronous and
// pure; a screen runs the pieces one event-loop turn apart so keys (Ctrl+C) are read meanwhile,
// and the CLI runs them straight through.

/** Work that yields (nothing) between pieces and returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** Runs every piece at once and returns the result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
