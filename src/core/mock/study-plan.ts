// After the round: what becomes due in study. Every missed item; for every rubric or key point
// left unticked, the items its content links name (the cards that teach that point); and, for a
// missed rubric dimension whose missed points have no links, one flashcard from the topics the
// dimension draws on (the free response's key points draw on its own topic). Each becomes due by
// a `review` rated Again (see record.ts): Again puts a card back into (re)learning, due at once.
import type { Item, RubricDimension } from '../content/schema.js';
import { seededRandom, weightedSample } from './random.js';
import type { RoundReport, RubricGroup } from './score.js';
import { topicWeight } from './select.js';

export interface StudyPlanEntry {
  itemId: string;
  /**
   * `missed`: the round asked it and it went wrong; `rubric`: a missed point links to it;
   * `rubric:<dimension>`: a flashcard picked by topic for a missed dimension without links.
   */
  reason: 'missed' | 'rubric' | `rubric:${RubricGroup}`;
  /** False when the round already rated the item Again (no second review is appended). */
  append: boolean;
  /** The missed points that link to this item, in the order they were missed. */
  points?: string[];
}

/** The topics each scenario rubric dimension tests. */
export const dimensionTopics: Record<RubricDimension, readonly string[]> = {
  requirements: ['fundamentals', 'limits', 'security'],
  architecture: ['event-sources', 'fan-out', 'function-design', 'orchestration', 'api-gateway'],
  scaling: ['concurrency', 'cold-starts', 'databases'],
  failure: ['reliability', 'resilience', 'deployment'],
  cost: ['cost'],
  observability: ['observability'],
};

export function studyPlan(
  report: RoundReport,
  bank: readonly Item[],
  seed: number,
  mastery: ReadonlyMap<string, number> = new Map(),
): StudyPlanEntry[] {
  const plan: StudyPlanEntry[] = report.missed.map((m) => ({
    itemId: m.itemId,
    reason: 'missed',
    append: m.rating !== 1,
  }));
  const byId = new Map(bank.map((i) => [i.id, i]));
  const entryOf = new Map(plan.map((p) => [p.itemId, p]));

  // Linked items of every missed point, each once; a point already linked to an entry adds to it.
  for (const miss of report.pointsMissed) {
    for (const itemId of miss.links) {
      if (!byId.has(itemId)) continue;
      let entry = entryOf.get(itemId);
      if (!entry) {
        entry = { itemId, reason: 'rubric', append: true };
        entryOf.set(itemId, entry);
        plan.push(entry);
      }
      const points = entry.points ?? [];
      if (!points.includes(miss.point)) entry.points = [...points, miss.point];
    }
  }

  // The topic fallback, only for missed dimensions with a missed point that has no links.
  const taken = new Set([...report.questions.map((q) => q.itemId), ...entryOf.keys()]);
  for (const miss of report.rubricMissed) {
    const unlinked = report.pointsMissed.some(
      (p) => p.itemId === miss.itemId && p.dimension === miss.dimension && p.links.length === 0,
    );
    if (!unlinked) continue;
    const topics =
      miss.dimension === 'key-points'
        ? [byId.get(miss.itemId)?.topic ?? '']
        : dimensionTopics[miss.dimension];
    const pool = bank.filter(
      (i) => i.kind === 'flashcard' && topics.includes(i.topic) && !taken.has(i.id),
    );
    const random = seededRandom(seed, `plan:${miss.itemId}:${miss.dimension}`);
    const [pick] = weightedSample(pool, (i) => topicWeight(mastery.get(i.topic)), 1, random);
    if (!pick) continue;
    taken.add(pick.id);
    plan.push({ itemId: pick.id, reason: `rubric:${miss.dimension}`, append: true });
  }
  return plan;
}

export interface PointStudy {
  point: string;
  /** The linked items now due for it. */
  itemIds: string[];
}

/** The plan's linked items grouped by the missed point that links them (in plan order). */
export function studyByPoint(plan: readonly StudyPlanEntry[]): PointStudy[] {
  const byPoint = new Map<string, string[]>();
  for (const entry of plan) {
    for (const point of entry.points ?? []) {
      byPoint.set(point, [...(byPoint.get(point) ?? []), entry.itemId]);
    }
  }
  return [...byPoint.entries()].map(([point, itemIds]) => ({ point, itemIds }));
}

/** "Missed 'Caps concurrency below usable connections' → 3 cards now due". */
export function pointStudyLine(study: PointStudy, byId: ReadonlyMap<string, Item>): string {
  const n = study.itemIds.length;
  const cards = study.itemIds.every((id) => byId.get(id)?.kind === 'flashcard');
  const noun = cards ? (n === 1 ? 'card' : 'cards') : n === 1 ? 'item' : 'items';
  return `Missed '${study.point}' → ${n} ${noun} now due`;
}
