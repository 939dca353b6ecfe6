// Which questions a round asks: seeded, weighted toward weak topics, away from recent items,
// never the same item twice.
//
// An item's weight is 0.25 + 1.75 × (1 − mastery of its topic): a topic never mastered (0) is
// drawn 8× as often as a mastered one (1); a topic with no mastery figure counts as 0.5. Items
// answered recently (any source) are only drawn when the section runs out of others.
import { type Item, isModelNumeric } from '../content/schema.js';
import type { RoundPlan, SectionKind } from './plan.js';
import { seededRandom, weightedSample } from './random.js';

export interface RoundQuestion {
  section: SectionKind;
  item: Item;
}

export interface SelectionInput {
  items: readonly Item[];
  plan: RoundPlan;
  seed: number;
  /** Topic → mastery 0..1. */
  mastery: ReadonlyMap<string, number>;
  /** Ids of items seen recently. */
  recent: ReadonlySet<string>;
  /**
   * Makes an item ready to show (e.g. computes a model-linked numeric answer); undefined (or a
   * throw) drops the item and the next one in the draw takes its place.
   */
  prepare?: (item: Item) => Item | undefined;
}

export const NEUTRAL_MASTERY = 0.5;

export function topicWeight(mastery: number | undefined): number {
  const m = Math.min(1, Math.max(0, mastery ?? NEUTRAL_MASTERY));
  return 0.25 + 1.75 * (1 - m);
}

export function selectQuestions(input: SelectionInput): RoundQuestion[] {
  const { plan, seed, mastery, recent } = input;
  const used = new Set<string>();
  const prepare = (item: Item): Item | undefined => {
    if (!input.prepare) return item;
    try {
      return input.prepare(item);
    } catch {
      return undefined;
    }
  };
  const weight = (item: Item) => topicWeight(mastery.get(item.topic));

  /** Up to `count` items from `pool`: fresh ones first in weighted order, then recent ones. */
  const draw = (pool: readonly Item[], count: number, label: string): Item[] => {
    const random = seededRandom(seed, label);
    const open = pool.filter((i) => !used.has(i.id));
    const fresh = open.filter((i) => !recent.has(i.id));
    const stale = open.filter((i) => recent.has(i.id));
    const order = [
      ...weightedSample(fresh, weight, fresh.length, random),
      ...weightedSample(stale, weight, stale.length, random),
    ];
    const out: Item[] = [];
    for (const item of order) {
      if (out.length >= count) break;
      const ready = prepare(item);
      if (!ready) continue;
      used.add(item.id);
      out.push(ready);
    }
    return out;
  };

  const ofKind = (kind: Item['kind']) => input.items.filter((i) => i.kind === kind);
  const questions: RoundQuestion[] = [];
  for (const section of plan.sections) {
    const random = seededRandom(seed, `${section.kind}:order`);
    let picked: Item[] = [];
    switch (section.kind) {
      case 'rapid-fire': {
        // Half flashcards, half multiple choice; one kind fills in when the other runs short.
        const cards = draw(ofKind('flashcard'), Math.ceil(section.questions / 2), 'flashcard');
        const mcqs = draw(ofKind('mcq'), section.questions - cards.length, 'mcq');
        const more = draw(
          ofKind('flashcard'),
          section.questions - cards.length - mcqs.length,
          'flashcard-more',
        );
        picked = shuffle([...cards, ...mcqs, ...more], random);
        break;
      }
      case 'estimation': {
        // At least one answer computed by a simulator model, when the bank has one.
        const numerics = ofKind('numeric');
        const linked = draw(numerics.filter(isModelNumeric), 1, 'model-linked');
        const rest = draw(numerics, section.questions - linked.length, 'numeric');
        picked = shuffle([...linked, ...rest], random);
        break;
      }
      case 'design':
        picked = draw(ofKind('scenario'), 1, 'scenario');
        break;
      case 'wrap-up':
        picked = draw(ofKind('free-response'), 1, 'free-response');
        break;
    }
    for (const item of picked) questions.push({ section: section.kind, item });
  }
  return questions;
}

function shuffle<T>(xs: readonly T[], random: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
