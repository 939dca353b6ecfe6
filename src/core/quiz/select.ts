// Which items a quiz asks: due first, then weak, then never seen, then the rest; never twice.
// Question templates are ordered the same way, keyed by template id (one memory per template).
import type { Bank } from '../content/schema.js';
import { type GradableItem, type GradableKind, isGradable } from '../grading/types.js';
import { isDue } from '../memory/queue.js';
import { type ItemMemory, recallOf } from '../memory/replay.js';
import { stableShuffle } from '../stable-shuffle.js';
import type { Template } from '../templates/schema.js';

interface QuizFilter {
  topic?: string;
  kind?: GradableKind;
}

/** Why an item was chosen: due for review, missed or shaky last time, never seen, or the rest. */
export type QuizReason = 'due' | 'weak' | 'new' | 'review';

interface QuizCandidate {
  item: GradableItem;
  reason: QuizReason;
}

export interface TemplateCandidate {
  template: Template;
  reason: QuizReason;
}

export const tierOf: Record<QuizReason, number> = { due: 0, weak: 1, new: 2, review: 3 };

/** Seen items whose last answer was Again or Hard, or that keep being forgotten. */
function isWeak(m: ItemMemory): boolean {
  return m.lastRating <= 2 || m.leech;
}

/** Why `id` would be asked now (see QuizReason). */
function reasonFor(memory: ReadonlyMap<string, ItemMemory>, id: string, now: number): QuizReason {
  const m = memory.get(id);
  if (!m) return 'new';
  return isDue(m, now) ? 'due' : isWeak(m) ? 'weak' : 'review';
}

/**
 * `xs` in the order a quiz should take them: due (least likely recalled first), weak, never seen
 * (shuffled by `shuffleSeed`; at most `newLimit` of them here), then the rest (least likely
 * recalled first), then the never-seen ones past the limit.
 */
function tiered<T>(
  xs: readonly T[],
  idOf: (x: T) => string,
  memory: ReadonlyMap<string, ItemMemory>,
  now: number,
  shuffleSeed: string,
  newLimit = Number.POSITIVE_INFINITY,
): Array<{ x: T; reason: QuizReason }> {
  const seen: Array<{ x: T; reason: QuizReason }> = [];
  const unseen: T[] = [];
  for (const x of xs) {
    const reason = reasonFor(memory, idOf(x), now);
    if (reason === 'new') unseen.push(x);
    else seen.push({ x, reason });
  }
  const recall = (c: { x: T }) => recallOf(memory.get(idOf(c.x)), now);
  seen.sort((a, b) => {
    const ia = idOf(a.x);
    const ib = idOf(b.x);
    return (
      tierOf[a.reason] - tierOf[b.reason] ||
      recall(a) - recall(b) ||
      (ia < ib ? -1 : ia > ib ? 1 : 0)
    );
  });
  const fresh = stableShuffle(unseen, shuffleSeed).map((x) => ({ x, reason: 'new' as const }));
  const before = seen.filter((c) => c.reason !== 'review');
  const after = seen.filter((c) => c.reason === 'review');
  // New items past today's limit come last: asked only when the rest runs short.
  const limit = Math.max(0, newLimit);
  return [...before, ...fresh.slice(0, limit), ...after, ...fresh.slice(limit)];
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
  newLimit = Number.POSITIVE_INFINITY,
): QuizCandidate[] {
  const pool = bank.items.filter(
    (i): i is GradableItem =>
      isGradable(i) &&
      (filter.topic === undefined || i.topic === filter.topic) &&
      (filter.kind === undefined || i.kind === filter.kind),
  );
  return tiered(pool, (i) => i.id, memory, now, `quiz:${seed}`, newLimit).map(({ x, reason }) => ({
    item: x,
    reason,
  }));
}

/** The templates (of `topic`, when given) in the same order as quizCandidates, by template id. */
export function templateCandidates(
  templates: readonly Template[],
  memory: ReadonlyMap<string, ItemMemory>,
  topic: string | undefined,
  now: number,
  seed: number,
  newLimit = Number.POSITIVE_INFINITY,
): TemplateCandidate[] {
  const pool = templates.filter((t) => topic === undefined || t.topic === topic);
  return tiered(pool, (t) => t.id, memory, now, `templates:${seed}`, newLimit).map(
    ({ x, reason }) => ({ template: x, reason }),
  );
}
