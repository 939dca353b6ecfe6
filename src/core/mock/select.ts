// Which questions a round asks: seeded, weighted toward weak topics, away from recent items,
// never the same item twice.
//
// An item's weight is 0.25 + 1.75 × (1 − mastery of its topic): a topic never mastered (0) is
// drawn 8× as often as a mastered one (1); a topic with no mastery figure counts as 0.5. Items
// answered recently (any source) are only drawn when the section runs out of others.
//
// The estimation section is half the bank's numerics (one at least model-linked) and half
// generated questions drawn from the templates (an odd one goes either way by the seed); each
// template at most once a round, its draw fixed by the round's seed. Templates are weighed and
// kept from recent use like items, by template id (the id their reviews are logged under).
import { type Item, isModelNumeric } from '../content/schema.js';
import { shuffle } from '../prng.js';
import { instanceSeed } from '../templates/seeds.js';
import type { RoundPlan, SectionKind } from './plan.js';
import { seededRandom, weightedSample } from './random.js';

export interface RoundQuestion {
  section: SectionKind;
  item: Item;
}

interface SelectionInput {
  items: readonly Item[];
  plan: RoundPlan;
  seed: number;
  /** Topic → mastery 0..1. */
  mastery: ReadonlyMap<string, number>;
  /** Ids of items (and templates) seen recently. */
  recent: ReadonlySet<string>;
  /** Question templates for the estimation section, with how to draw one (undefined: none). */
  templates?: ReadonlyArray<{ id: string; topic: string }>;
  /** Draws template `id` with this seed; undefined (or a throw) leaves the template out. */
  drawTemplate?: (id: string, seed: number) => Item | undefined;
  /**
   * Makes an item ready to show (e.g. computes a model-linked numeric answer); undefined (or a
   * throw) drops the item and the next one in the draw takes its place.
   */
  prepare?: (item: Item) => Item | undefined;
}

const NEUTRAL_MASTERY = 0.5;

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
  const weight = (item: { topic: string }) => topicWeight(mastery.get(item.topic));

  /** `pool` in draw order: fresh ones first in weighted order, then recent ones. */
  const drawOrder = <T extends { id: string; topic: string }>(
    pool: readonly T[],
    label: string,
  ): T[] => {
    const random = seededRandom(seed, label);
    const open = pool.filter((i) => !used.has(i.id));
    const fresh = open.filter((i) => !recent.has(i.id));
    const stale = open.filter((i) => recent.has(i.id));
    return [
      ...weightedSample(fresh, weight, fresh.length, random),
      ...weightedSample(stale, weight, stale.length, random),
    ];
  };

  /** Up to `count` items from `pool` (see drawOrder), each made ready to show. */
  const draw = (pool: readonly Item[], count: number, label: string): Item[] => {
    const out: Item[] = [];
    for (const item of drawOrder(pool, label)) {
      if (out.length >= count) break;
      const ready = prepare(item);
      if (!ready) continue;
      used.add(item.id);
      out.push(ready);
    }
    return out;
  };

  /** Up to `count` generated questions, each from a different template. */
  const generate = (count: number): Item[] => {
    const out: Item[] = [];
    const { templates = [], drawTemplate } = input;
    if (!drawTemplate || count <= 0) return out;
    for (const t of drawOrder(templates, 'templates')) {
      if (out.length >= count) break;
      let q: Item | undefined;
      try {
        q = drawTemplate(t.id, instanceSeed(seed, `mock:${t.id}`));
      } catch {
        q = undefined;
      }
      if (!q) continue;
      used.add(t.id);
      out.push(q);
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
        // Half generated (an odd question goes either way), half from the bank with at least
        // one answer computed by a simulator model; either fills in when the other runs short.
        const n = section.questions;
        const half = Math.floor(n / 2) + (n % 2 && seededRandom(seed, 'odd')() < 0.5 ? 1 : 0);
        const generated = generate(half);
        const numerics = ofKind('numeric');
        const bankWant = n - generated.length;
        const linked = draw(numerics.filter(isModelNumeric), Math.min(1, bankWant), 'model-linked');
        const rest = draw(numerics, bankWant - linked.length, 'numeric');
        const more = generate(n - generated.length - linked.length - rest.length);
        picked = shuffle([...linked, ...rest, ...generated, ...more], random);
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
