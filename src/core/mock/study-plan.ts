// After the round: what to study next. Every missed item; for every rubric or key point left
// unticked, the items its content links name (the cards that teach that point); and, for a
// missed rubric dimension whose missed points have no links, one flashcard from the topics the
// dimension draws on (the free response's key points draw on its own topic).
//
// An answered item's own review already schedules it. The others (a question cut off unanswered,
// the linked and picked cards) are brought forward by a `bring-forward` event (record.ts): a card
// already learned becomes due now with its memory untouched, a new one is introduced first.
// At most MAX_LINKED linked or picked cards move per round, so one bad round cannot bury the
// day's study under its links.
import type { Item } from '../content/schema.js';
import { dimensionTopics } from './dimension-topics.js';
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
  /**
   * Whether the round asks for a `bring-forward` event: false for a question answered in the
   * round (its review stands), true for everything else in the plan.
   */
  append: boolean;
  /** The missed points that link to this item, in the order they were missed. */
  points?: string[];
}

/** The most linked or picked cards one round brings forward. */
export const MAX_LINKED = 10;

export function studyPlan(
  report: RoundReport,
  bank: readonly Item[],
  seed: number,
  mastery: ReadonlyMap<string, number> = new Map(),
): StudyPlanEntry[] {
  const answered = new Set(
    report.questions.filter((q) => q.outcome === 'answered').map((q) => q.itemId),
  );
  const plan: StudyPlanEntry[] = report.missed.map((m) => ({
    itemId: m.itemId,
    reason: 'missed',
    append: !answered.has(m.itemId),
  }));
  let linked = 0;
  const byId = new Map(bank.map((i) => [i.id, i]));
  const entryOf = new Map(plan.map((p) => [p.itemId, p]));

  // Linked items of every missed point, each once; a point already linked to an entry adds to it.
  for (const miss of report.pointsMissed) {
    for (const itemId of miss.links) {
      if (!byId.has(itemId)) continue;
      let entry = entryOf.get(itemId);
      if (!entry) {
        // Asked and answered in this round: its own review already scheduled it.
        const append = !answered.has(itemId);
        if (append && linked >= MAX_LINKED) continue;
        if (append) linked++;
        entry = { itemId, reason: 'rubric', append };
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
    if (!unlinked || linked >= MAX_LINKED) continue;
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
    linked++;
    taken.add(pick.id);
    plan.push({ itemId: pick.id, reason: `rubric:${miss.dimension}`, append: true });
  }
  return plan;
}

interface PointStudy {
  point: string;
  /** The linked items brought forward (or already scheduled by this round) for it. */
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

/** "Missed 'Caps concurrency below usable connections' → 3 cards to study next". */
export function pointStudyLine(study: PointStudy, byId: ReadonlyMap<string, Item>): string {
  const n = study.itemIds.length;
  const cards = study.itemIds.every((id) => byId.get(id)?.kind === 'flashcard');
  const noun = cards ? (n === 1 ? 'card' : 'cards') : n === 1 ? 'item' : 'items';
  return `Missed '${study.point}' → ${n} ${noun} to study next`;
}
