// Turns of long work (Services.turn: Progress's report is computed a piece per turn) that a test
// releases by hand, so a key pressed "between two pieces" is exactly that, with no timing involved.
import { expect } from 'vitest';

export function heldTurns() {
  const waiting: Array<() => void> = [];
  return {
    turn: () => new Promise<void>((resolve) => waiting.push(resolve)),
    waiting: () => waiting.length,
    release: () => {
      for (const resolve of waiting.splice(0)) resolve();
    },
  };
}

/** Lets the event loop turn until `test` holds (at most 1000 turns), then checks it. */
export async function until(test: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !test(); i++) await new Promise((r) => setImmediate(r));
  expect(test()).toBe(true);
}
