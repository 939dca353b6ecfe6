// Which items a quiz asks: due first, then weak, then never seen, then the rest; never twice.
import type { Bank } from '../content/schema.js';
import { type GradableItem, type GradableKind, isGradable } from '../grading/types.js';
import { isDue } from '../memory/queue.js';
import { type ItemMemory, recallOf } from '../memory/replay.js';
import { stableShuffle } from '../stable-shuffle.js';

export interface QuizFilter {
  topic?: string;
  kind?: GradableKind;
}

/** Why an item was chosen: due for review, missed or shaky last time, never seen, or the rest. */
export type QuizReason = 'due' | 'weak' | 'new' | 'review';

export interface QuizCandidate {
  item: GradableItem;
  reason: QuizReason;
}

const tierOf: Record<QuizReason, number> = { due: 0, weak: 1, new: 2, review: 3 };

/** Seen items whose last answer was Again or Hard, or that keep being forgotten. */
function isWeak(m: ItemMemory): boolean {
  return m.lastRating <= 2 || m.leech;
}

/**
 * Every objective item matching the filter, in the order a quiz should take them: due items
 * (least likely recalled first), weak ones, never-seen ones (shuffled by `seed`, so quizzes
 * vary), then the rest (least likely recalled first). Each item appears once.
 */
export function quizCandidates(
  bank: Bank,
  memory: ReadonlyMap<string, ItemMemory>,
  filter: QuizFilter,
  now: number,
  seed: number,
): QuizCandidate[] {
  const pool = bank.items.filter(
    (i): i is GradableItem =>
      isGradable(i) &&
      (filter.topic === undefined || i.topic === filter.topic) &&
      (filter.kind === undefined || i.kind === filter.kind),
  );
  const seen: QuizCandidate[] = [];
  const unseen: GradableItem[] = [];
  for (const item of pool) {
    const m = memory.get(item.id);
    if (!m) unseen.push(item);
    else seen.push({ item, reason: isDue(m, now) ? 'due' : isWeak(m) ? 'weak' : 'review' });
  }
  const recall = (c: QuizCandidate) => recallOf(memory.get(c.item.id), now);
  seen.sort(
    (a, b) =>
      tierOf[a.reason] - tierOf[b.reason] ||
      recall(a) - recall(b) ||
      (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0),
  );
  const fresh = stableShuffle(unseen, `quiz:${seed}`).map(
    (item): QuizCandidate => ({ item, reason: 'new' }),
  );
  const before = seen.filter((c) => c.reason !== 'review');
  const after = seen.filter((c) => c.reason === 'review');
  return [...before, ...fresh, ...after];
}
