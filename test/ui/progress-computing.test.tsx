// The Progress report is computed a piece per event-loop turn. Here the turns are released by
// hand, so a key pressed "between two pieces" is exactly that, with no timing involved.
import { describe, expect, it } from 'vitest';
import { keys, renderApp } from '../helpers/render.js';
import { heldTurns, until } from '../helpers/turns.js';

/** Progress opened and stopped between two pieces of its report. */
async function pausedBetweenPieces() {
  const turns = heldTurns();
  const app = renderApp({ screen: 'progress', turn: turns.turn });
  await app.waitFor('Computing your progress…');
  await until(() => turns.waiting() > 0);
  return { app, turns };
}

describe('Progress computes without blocking the keys', () => {
  it('shows Computing…, then the report after a piece per turn', async () => {
    let pieces = 0;
    const turn = () => {
      pieces++;
      return new Promise<void>((resolve) => setImmediate(resolve));
    };
    const app = renderApp({ screen: 'progress', turn });
    await app.waitFor('Computing your progress…');
    await app.waitFor('Saved in');
    expect(pieces).toBeGreaterThan(3);
  });

  it('Ctrl+C between two pieces quits at once, before the report is done', async () => {
    const { app, turns } = await pausedBetweenPieces();
    await app.press(keys.ctrlC);
    expect(app.exits).toEqual([130]);
    // The report was still waiting for its next piece.
    expect(turns.waiting()).toBe(1);
    expect(app.frame()).not.toContain('Saved in');
  });

  it('Esc between two pieces goes back; the rest of the work is dropped', async () => {
    const { app: slow, turns } = await pausedBetweenPieces();
    await slow.press(keys.esc);
    await slow.waitFor('Practice for serverless');
    turns.release();
    await until(() => turns.waiting() === 0);
    // Released after the screen closed: no further piece runs.
    for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
    expect(turns.waiting()).toBe(0);
    expect(slow.frame()).toContain('Practice for serverless');
  });
});
