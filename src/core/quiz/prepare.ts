// A quiz's questions: chosen from the memory model, model-linked numerics resolved, generated
// estimation questions drawn from their templates.

import type { PriceTable } from '../../sim/prices.js';
import { resolveItem } from '../content/model-link.js';
import type { Bank } from '../content/schema.js';
import { type GradableItem, isGradable } from '../grading/types.js';
import { newBudget } from '../memory/queue.js';
import { type ItemMemory, recallOf, replay } from '../memory/replay.js';
import { withTemplates } from '../memory/schedulable.js';
import { QUIZ_KINDS } from '../memory/today.js';
import { stableShuffle } from '../stable-shuffle.js';
import type { LogEvent } from '../store/log.js';
import { drawInstance, reviewItemId } from '../templates/draw.js';
import type { Template } from '../templates/schema.js';
import { instanceSeed } from '../templates/seeds.js';
import type { QuizKind } from './kinds.js';
import {
  type QuizReason,
  quizCandidates,
  type TemplateCandidate,
  templateCandidates,
  tierOf,
} from './select.js';

export interface QuizQuestion {
  /** Ready to show: a model-linked numeric has its text rendered and `answer` computed. */
  item: GradableItem;
  /** A numeric item's right answer. */
  expected?: number;
  reason: QuizReason;
}

interface QuizPlan {
  questions: QuizQuestion[];
  /** Items left out because their model could not be computed (a content bug), with why. */
  skipped: Array<{ id: string; error: string }>;
}

interface QuizSetup {
  topic?: string;
  kind?: QuizKind;
  count: number;
  now: number;
  seed: number;
  desiredRetention?: number;
  /** Question templates: `estimate` quizzes ask only these; mixed and numeric ones mix some in. */
  templates?: readonly Template[];
  /**
   * settings.newPerDay: never-seen items (and templates) past what is left of today's limit come
   * after the seen ones, as today.ts counts them. Unlimited when not given.
   */
  newPerDay?: number;
}

/**
 * How many generated questions a mixed (or numeric) quiz of `count` takes: a third of the
 * numeric questions it would otherwise ask (the bank's numeric share of the pool), rounded up,
 * so at least one when there is a template to ask.
 */
export function generatedSlots(count: number, numericShare: number): number {
  return Math.ceil((count * Math.min(1, Math.max(0, numericShare))) / 3) || 1;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Draws the templates in order (coming round again when `count` is more), seeded per template. */
function drawTemplates(
  order: readonly TemplateCandidate[],
  count: number,
  prices: PriceTable,
  seed: number,
  cycle: boolean,
): QuizPlan {
  const plan: QuizPlan = { questions: [], skipped: [] };
  const broken = new Set<string>();
  const drawn = new Map<string, number>();
  for (let i = 0; plan.questions.length < count && broken.size < order.length; i++) {
    if (!cycle && i >= order.length) break;
    const c = order[i % order.length];
    if (!c || broken.has(c.template.id)) continue;
    const k = drawn.get(c.template.id) ?? 0;
    drawn.set(c.template.id, k + 1);
    try {
      const q = drawInstance(c.template, instanceSeed(seed, `${c.template.id}:${k}`), prices);
      plan.questions.push({ item: q, expected: q.answer, reason: k ? 'review' : c.reason });
    } catch (err) {
      broken.add(c.template.id);
      plan.skipped.push({ id: c.template.id, error: errorText(err) });
    }
  }
  return plan;
}

/** Questions in the order asked: due, weak, new (mixed by seed), the rest; recall within a tier. */
function mixed(
  questions: readonly QuizQuestion[],
  memory: ReadonlyMap<string, ItemMemory>,
  now: number,
  seed: number,
): QuizQuestion[] {
  const recall = (q: QuizQuestion) => recallOf(memory.get(reviewItemId(q.item)), now);
  const byTier = (r: QuizReason) => questions.filter((q) => q.reason === r);
  const seen = (r: QuizReason) => [...byTier(r)].sort((a, b) => recall(a) - recall(b));
  return [
    ...seen('due'),
    ...seen('weak'),
    ...stableShuffle(byTier('new'), `quiz-mix:${seed}`),
    ...seen('review'),
  ];
}

/**
 * Up to `count` questions, due and weak first (see quizCandidates), each at most once.
 * `estimate`: generated questions only, templates due and weak first, each drawn fresh (seeded).
 * Mixed and numeric quizzes: up to a third of the numeric share goes to generated questions
 * whose templates are due, weak or new (see generatedSlots), and every due template is asked;
 * more only when the bank runs short.
 */
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
  // Today's new quiz items (today.ts): the bank's items first, templates take what is left.
  const budget =
    setup.newPerDay === undefined
      ? Number.POSITIVE_INFINITY
      : newBudget(withTemplates(bank, setup.templates ?? []), memory, {
          now: setup.now,
          newPerDay: setup.newPerDay,
          kinds: QUIZ_KINDS,
        });
  const unseenCount = bank.items.filter(
    (i) =>
      isGradable(i) &&
      !memory.has(i.id) &&
      (setup.topic === undefined || i.topic === setup.topic) &&
      (setup.kind === undefined || i.kind === setup.kind),
  ).length;
  const templates = templateCandidates(
    setup.templates ?? [],
    memory,
    setup.topic,
    setup.now,
    setup.seed,
    setup.kind === 'estimate' ? budget : Math.max(0, budget - unseenCount),
  );
  if (setup.kind === 'estimate') {
    return drawTemplates(templates, setup.count, prices, setup.seed, true);
  }

  const candidates = quizCandidates(
    bank,
    memory,
    {
      ...(setup.topic !== undefined ? { topic: setup.topic } : {}),
      ...(setup.kind !== undefined ? { kind: setup.kind } : {}),
    },
    setup.now,
    setup.seed,
    budget,
  );
  const mixIn = setup.kind === undefined || setup.kind === 'numeric' ? templates : [];
  const eligible = mixIn.filter((c) => tierOf[c.reason] < tierOf.review);
  const numericShare = candidates.length
    ? candidates.filter((c) => c.item.kind === 'numeric').length / candidates.length
    : 1;
  // Due templates are all asked (as due items are), within the quiz's count.
  const due = eligible.filter((c) => c.reason === 'due').length;
  const slots = Math.min(
    setup.count,
    eligible.length,
    Math.max(due, eligible.length ? generatedSlots(setup.count, numericShare) : 0),
  );

  const questions: QuizQuestion[] = [];
  const skipped: QuizPlan['skipped'] = [];
  for (const { item, reason } of candidates) {
    if (questions.length >= setup.count - slots) break;
    try {
      const resolved = resolveItem(item, { prices }, bank);
      if (!isGradable(resolved)) continue;
      questions.push(
        resolved.kind === 'numeric' && resolved.answer !== undefined
          ? { item: resolved, expected: resolved.answer, reason }
          : { item: resolved, reason },
      );
    } catch (err) {
      skipped.push({ id: item.id, error: errorText(err) });
    }
  }
  // The bank ran short: more templates (each once) fill the quiz up.
  const want = Math.max(slots, setup.count - questions.length);
  const generated = drawTemplates(mixIn, want, prices, setup.seed, false);
  skipped.push(...generated.skipped);
  if (!generated.questions.length) return { questions, skipped };
  return {
    questions: mixed([...questions, ...generated.questions], memory, setup.now, setup.seed),
    skipped,
  };
}
