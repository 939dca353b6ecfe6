// What a new round is built from: the bank, the log (for weak topics and recent items), the
// price table (model-linked estimation answers are computed by the simulator models) and the
// question templates (generated estimation questions).

import type { PriceTable } from '../../sim/prices.js';
import { resolveItem } from '../content/model-link.js';
import type { Item } from '../content/schema.js';
import { recentItemIds } from '../memory/events.js';
import { topicMastery } from '../memory/mastery.js';
import { replay } from '../memory/replay.js';
import type { StudyBank } from '../memory/schedulable.js';
import type { LogEvent } from '../store/log.js';
import { drawInstance } from '../templates/draw.js';
import type { Template } from '../templates/schema.js';
import type { RoundPlan } from './plan.js';
import { type RoundQuestion, selectQuestions } from './select.js';

/** Items answered within this many days are drawn only when nothing else is left. */
const RECENT_DAYS = 3;
const DAY = 86_400_000;

interface RoundSetup {
  /** The bank (with its templates scheduled, for mastery: see core/memory/schedulable.ts). */
  bank: StudyBank;
  events: readonly LogEvent[];
  plan: RoundPlan;
  seed: number;
  now: number;
  prices: PriceTable;
  /** Templates for the estimation section's generated questions (none: bank numerics only). */
  templates?: readonly Template[];
}

export function masteryByTopic(
  bank: StudyBank,
  events: readonly LogEvent[],
  now: number,
): Map<string, number> {
  return topicMastery(bank, replay(events, now), now);
}

export function chooseQuestions(setup: RoundSetup): RoundQuestion[] {
  const { bank, events, plan, seed, now, prices, templates = [] } = setup;
  const byId = new Map(templates.map((t) => [t.id, t]));
  return selectQuestions({
    items: bank.items,
    plan,
    seed,
    mastery: masteryByTopic(bank, events, now),
    recent: recentItemIds(events, now - RECENT_DAYS * DAY),
    prepare: (item: Item) => resolveItem(item, { prices }, bank),
    templates,
    drawTemplate: (id, instanceSeed) => {
      const t = byId.get(id);
      return t && drawInstance(t, instanceSeed, prices);
    },
  });
}
