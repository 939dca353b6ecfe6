// Runs core work written as steps (core/memory/steps.ts) one piece per event-loop turn, so the
// terminal's keys are read between pieces: Ctrl+C quits and Esc leaves while a long log replays.
import type { Steps } from '../../../core/memory/steps.js';

/** Resolves on the next event-loop turn, after pending input has been read. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * The steps' result, computed one piece per `turn`. Once `live` says false (the screen closed),
 * the rest is skipped and the promise rejects.
 */
export async function runInTurns<T>(
  steps: Steps<T>,
  turn: () => Promise<void>,
  live: () => boolean,
): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await turn();
    if (!live()) throw new Error('the screen closed before the work finished');
  }
}
