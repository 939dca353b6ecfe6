// The FSRS scheduler (ts-fsrs, FSRS-6 default parameters). Fuzz is off so that replaying the same
// log always gives the same card states; (re)learning steps are ts-fsrs's defaults (1m, 10m / 10m).
import { type Card, createEmptyCard, type FSRS, fsrs, State } from 'ts-fsrs';
import { DAY_MS } from './day.js';

export const DEFAULT_RETENTION = 0.9;

const schedulers = new Map<number, FSRS>();

export function scheduler(desiredRetention = DEFAULT_RETENTION): FSRS {
  let s = schedulers.get(desiredRetention);
  if (!s) {
    s = fsrs({ request_retention: desiredRetention, enable_fuzz: false });
    schedulers.set(desiredRetention, s);
  }
  return s;
}

export function newCard(at: number): Card {
  return createEmptyCard(new Date(at));
}

/**
 * Probability of recall at `at` (0 for a card never reviewed). Unlike ts-fsrs's
 * get_retrievability, which counts whole days, elapsed time is fractional: recall fades during
 * the day, which orders the queue and projects an interview morning more finely.
 */
export function retrievability(card: Card, at: number): number {
  if (!card.last_review || card.state === State.New) return 0;
  const days = Math.max(0, (at - card.last_review.getTime()) / DAY_MS);
  const r = scheduler().forgetting_curve(days, card.stability);
  return Number.isFinite(r) ? Math.min(1, Math.max(0, r)) : 0;
}

export { type Card, Rating, State } from 'ts-fsrs';
