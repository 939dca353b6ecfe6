// What a new round is built from: the bank, the log (for weak topics and recent items) and the
// price table (model-linked estimation answers are computed by the simulator models).

import type { PriceTable } from '../../sim/prices.js';
import { resolveItem } from '../content/model-link.js';
import type { Bank, Item } from '../content/schema.js';
import { recentItemIds } from '../memory/events.js';
import { topicMastery } from '../memory/mastery.js';
import { replay } from '../memory/replay.js';
import type { LogEvent } from '../store/log.js';
import type { RoundPlan } from './plan.js';
import { type RoundQuestion, selectQuestions } from './select.js';

/** Items answered within this many days are drawn only when nothing else is left. */
export const RECENT_DAYS = 3;
const DAY = 86_400_000;

export interface RoundSetup {
  bank: Bank;
  events: readonly LogEvent[];
  plan: RoundPlan;
  seed: number;
  now: number;
  prices: PriceTable;
}

export function masteryByTopic(
  bank: Bank,
  events: readonly LogEvent[],
  now: number,
): Map<string, number> {
  return topicMastery(bank, replay(events, now), now);
}

export function chooseQuestions(setup: RoundSetup): RoundQuestion[] {
  const { bank, events, plan, seed, now, prices } = setup;
  return selectQuestions({
    items: bank.items,
    plan,
    seed,
    mastery: masteryByTopic(bank, events, now),
    recent: recentItemIds(events, now - RECENT_DAYS * DAY),
    prepare: (item: Item) => resolveItem(item, { prices }, bank),
  });
}
