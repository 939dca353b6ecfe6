// Small banks and review events for the memory-model tests.
import type { Bank, FlashcardItem, Item, McqItem } from '../../src/core/content/schema.js';
import type { Grade } from '../../src/core/memory/events.js';
import type { LogEvent } from '../../src/core/store/log.js';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** A local time (the study day rolls over at 04:00 local, so tests build times locally). */
export const local = (y: number, m: number, d: number, h = 9, min = 0) =>
  new Date(y, m - 1, d, h, min).getTime();

export function card(id: string, topic = 'alpha', difficulty: 1 | 2 | 3 = 1): FlashcardItem {
  return {
    id,
    kind: 'flashcard',
    topic,
    difficulty,
    source: { section: 'Intro' },
    correctsMaterial: false,
    front: `Front of ${id}`,
    back: `Back of ${id}`,
  };
}

export function mcq(id: string, topic = 'alpha'): McqItem {
  return {
    id,
    kind: 'mcq',
    topic,
    difficulty: 2,
    source: { section: 'Intro' },
    correctsMaterial: false,
    prompt: `Question ${id}?`,
    choices: [
      { text: 'yes', correct: true },
      { text: 'no', correct: false, why: 'because' },
    ],
    explanation: 'Explained.',
  };
}

export function bankOf(items: Item[], topics: Record<string, string> = {}): Bank {
  const allTopics: Record<string, string> = { alpha: 'Alpha topic', beta: 'Beta topic', ...topics };
  return {
    dir: '/nowhere',
    material: { title: 'T', file: 'f', sections: ['Intro'], faq: [], topics: allTopics },
    items,
    byId: new Map(items.map((i) => [i.id, i])),
    fileOf: new Map(items.map((i) => [i.id, `content/${i.topic}.yaml`])),
  };
}

let counter = 0;

export function review(
  itemId: string,
  rating: Grade,
  t: number,
  extra: Record<string, unknown> = {},
): LogEvent {
  counter++;
  return { id: `r${counter}`, t, type: 'review', itemId, rating, source: 'study', ...extra };
}

export function undo(target: string, t: number): LogEvent {
  counter++;
  return { id: `u${counter}`, t, type: 'undo', target };
}
