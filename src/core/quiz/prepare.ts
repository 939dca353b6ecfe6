// A quiz's questions: chosen from the memory model, model-linked numerics resolved.

import type { PriceTable } from '../../sim/prices.js';
import { resolveItem } from '../content/model-link.js';
import type { Bank } from '../content/schema.js';
import { type GradableItem, isGradable } from '../grading/types.js';
import { replay } from '../memory/replay.js';
import type { LogEvent } from '../store/log.js';
import { type QuizFilter, type QuizReason, quizCandidates } from './select.js';

export interface QuizQuestion {
  /** Ready to show: a model-linked numeric has its text rendered and `answer` computed. */
  item: GradableItem;
  /** A numeric item's right answer. */
  expected?: number;
  reason: QuizReason;
}

export interface QuizPlan {
  questions: QuizQuestion[];
  /** Items left out because their model could not be computed (a content bug), with why. */
  skipped: Array<{ id: string; error: string }>;
}

export interface QuizSetup extends QuizFilter {
  count: number;
  now: number;
  seed: number;
  desiredRetention?: number;
}

/** Up to `count` questions, due and weak first (see quizCandidates), each at most once. */
export function planQuiz(
  bank: Bank,
  prices: PriceTable,
  events: readonly LogEvent[],
  setup: QuizSetup,
): QuizPlan {
  const memory = replay(
    events,
    setup.now,
    setup.desiredRetention !== undefined ? { desiredRetention: setup.desiredRetention } : {},
  );
  const filter: QuizFilter = {};
  if (setup.topic !== undefined) filter.topic = setup.topic;
  if (setup.kind !== undefined) filter.kind = setup.kind;
  const questions: QuizQuestion[] = [];
  const skipped: QuizPlan['skipped'] = [];
  for (const { item, reason } of quizCandidates(bank, memory, filter, setup.now, setup.seed)) {
    if (questions.length >= setup.count) break;
    try {
      const resolved = resolveItem(item, { prices }, bank);
      if (!isGradable(resolved)) continue;
      questions.push(
        resolved.kind === 'numeric' && resolved.answer !== undefined
          ? { item: resolved, expected: resolved.answer, reason }
          : { item: resolved, reason },
      );
    } catch (err) {
      skipped.push({ id: item.id, error: err instanceof Error ? err.message : String(err) });
    }
  }
  return { questions, skipped };
}
