// Mastery by topic: how much of a topic you would recall at a given moment.
import type { Bank } from '../content/schema.js';
import { type ItemMemory, recallOf } from './replay.js';
import { type StudyBank, schedulableItems } from './schedulable.js';

/**
 * Topic → mean probability of recall (FSRS retrievability) of the topic's items at `at`, 0..1.
 * Every kind of item counts (flashcards, quiz questions, scenarios, question templates), and an
 * item never answered
 * counts as 0: mastery is "of everything this topic asks, how much would you get right now",
 * so it rises only by covering the topic, not by drilling three cards of it. Topics are in
 * material order; a topic without items is left out.
 */
export function topicMastery(
  bank: StudyBank,
  memory: ReadonlyMap<string, ItemMemory>,
  at: number,
): Map<string, number> {
  const sums = new Map<string, { total: number; n: number }>();
  for (const item of schedulableItems(bank)) {
    const s = sums.get(item.topic) ?? { total: 0, n: 0 };
    s.total += recallOf(memory.get(item.id), at);
    s.n += 1;
    sums.set(item.topic, s);
  }
  const out = new Map<string, number>();
  for (const topic of Object.keys(bank.material.topics)) {
    const s = sums.get(topic);
    if (s) out.set(topic, s.total / s.n);
  }
  return out;
}

/** A topic's display name from material.yaml (its id when it has none). */
export function topicName(bank: Bank, topic: string): string {
  return bank.material.topics[topic] ?? topic;
}
