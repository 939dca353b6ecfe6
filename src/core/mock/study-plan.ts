// After the round: what becomes due in study. Every missed item, and for every rubric dimension
// missed, one flashcard from the topics that dimension draws on (the free response's key points
// draw on its own topic). Each becomes due by a `review` rated Again (see record.ts).
import type { Item, RubricDimension } from '../content/schema.js';
import { seededRandom, weightedSample } from './random.js';
import type { RoundReport, RubricGroup } from './score.js';
import { topicWeight } from './select.js';

export interface StudyPlanEntry {
  itemId: string;
  reason: 'missed' | `rubric:${RubricGroup}`;
  /** False when the round already rated the item Again (no second review is appended). */
  append: boolean;
}

/** The topics each scenario rubric dimension tests. */
export const dimensionTopics: Record<RubricDimension, readonly string[]> = {
  requirements: ['fundamentals', 'limits'],
  architecture: ['event-sources', 'fan-out', 'function-design', 'orchestration', 'api-gateway'],
  scaling: ['concurrency', 'cold-starts', 'databases'],
  failure: ['reliability'],
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
  const taken = new Set([...report.questions.map((q) => q.itemId), ...plan.map((p) => p.itemId)]);
  const byId = new Map(bank.map((i) => [i.id, i]));
  for (const miss of report.rubricMissed) {
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
