// Generated estimation questions in the quiz: `--kind estimate`, mixing into other quizzes,
// logging under the template id, and what that does to the memory model.
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/core/content/load.js';
import { loadPrices } from '../../src/core/content/prices.js';
import type { NumericItem } from '../../src/core/content/schema.js';
import { grade } from '../../src/core/grading/grade.js';
import { ratingForRelativeError } from '../../src/core/grading/ratings.js';
import { replay, topicMastery } from '../../src/core/memory/index.js';
import { withTemplates } from '../../src/core/memory/schedulable.js';
import { generatedSlots, planQuiz } from '../../src/core/quiz/prepare.js';
import { reviewEvent } from '../../src/core/quiz/record.js';
import { simCommandFor } from '../../src/core/quiz/sim-link.js';
import type { LogEvent } from '../../src/core/store/log.js';
import {
  type GeneratedQuestion,
  isGeneratedQuestion,
  loadTemplates,
  reviewItemId,
} from '../../src/core/templates/index.js';
import { realContent } from '../content/fixtures.js';

const bank = loadBank(realContent);
const templates = loadTemplates(realContent);
const prices = loadPrices(realContent);
const study = withTemplates(bank, templates);
const now = Date.UTC(2026, 10, 26, 9, 0, 0);
const DAY = 86_400_000;

function estimate(
  seed: number,
  extra: { count?: number; topic?: string } = {},
  events: LogEvent[] = [],
) {
  return planQuiz(bank, prices, events, {
    kind: 'estimate',
    count: extra.count ?? 5,
    now,
    seed,
    templates,
    ...(extra.topic ? { topic: extra.topic } : {}),
  });
}

const generated = (items: readonly { item: unknown }[]) =>
  items
    .map((q) => q.item)
    .filter((i): i is GeneratedQuestion => isGeneratedQuestion(i as { id: string }));

let n = 0;
const logged = (e: ReturnType<typeof reviewEvent>, t: number): LogEvent => ({
  id: `q${n++}`,
  t,
  ...e,
});

describe('quiz --kind estimate', () => {
  it('asks generated questions only, each a different template, reproducible from the seed', () => {
    const a = estimate(7);
    expect(a.skipped).toEqual([]);
    expect(a.questions).toHaveLength(5);
    const qs = generated(a.questions);
    expect(qs).toHaveLength(5);
    expect(new Set(qs.map((q) => q.templateId)).size).toBe(5);
    for (const q of a.questions) {
      expect(q.reason).toBe('new');
      expect(q.expected).toBe((q.item as GeneratedQuestion).answer);
    }
    // The same seed: the same templates, in the same order, with the same numbers.
    expect(estimate(7)).toEqual(a);
    expect(generated(estimate(8).questions).map((q) => q.id)).not.toEqual(qs.map((q) => q.id));
  });

  it('--topic keeps to that topic’s templates; a topic without any has nothing to ask', () => {
    const cold = generated(estimate(3, { topic: 'cold-starts', count: 3 }).questions);
    expect(cold).toHaveLength(3);
    expect(cold.every((q) => q.topic === 'cold-starts')).toBe(true);
    expect(estimate(3, { topic: 'fundamentals' }).questions).toEqual([]);
  });

  it('more questions than templates: they come round again with fresh numbers', () => {
    const count = templates.length + 3;
    const qs = generated(estimate(5, { count }).questions);
    expect(qs).toHaveLength(count);
    expect(new Set(qs.map((q) => q.templateId)).size).toBe(templates.length);
    expect(new Set(qs.map((q) => q.id)).size).toBe(count);
  });

  it('due and weak templates come first', () => {
    const [first, second] = templates;
    if (!first || !second) throw new Error('templates missing');
    const events = [
      logged({ type: 'review', itemId: first.id, rating: 3, source: 'quiz' }, now - 40 * DAY),
      logged({ type: 'review', itemId: second.id, rating: 1, source: 'quiz' }, now - 10_000),
    ];
    const qs = generated(estimate(9, { count: 4 }, events).questions);
    expect(qs.slice(0, 2).map((q) => q.templateId)).toEqual([first.id, second.id]);
    expect(
      estimate(9, { count: 4 }, events)
        .questions.slice(0, 2)
        .map((q) => q.reason),
    ).toEqual(['due', 'weak']);
  });
});

describe('generated questions in other quizzes', () => {
  it('a mixed quiz takes a third of its numeric share from the templates, due ones first', () => {
    const plan = planQuiz(bank, prices, [], { count: 10, now, seed: 4, templates });
    expect(plan.questions).toHaveLength(10);
    const qs = generated(plan.questions);
    expect(qs.length).toBeGreaterThanOrEqual(1);
    expect(qs.length).toBeLessThanOrEqual(generatedSlots(10, 0.5));
    // Without templates the quiz is the bank's alone.
    expect(generated(planQuiz(bank, prices, [], { count: 10, now, seed: 4 }).questions)).toEqual(
      [],
    );
    // A template long overdue is asked first.
    const [t] = templates;
    if (!t) throw new Error('no template');
    const due = [
      logged({ type: 'review', itemId: t.id, rating: 3, source: 'quiz' }, now - 90 * DAY),
    ];
    const withDue = planQuiz(bank, prices, due, { count: 10, now, seed: 4, templates });
    expect(withDue.questions[0]?.reason).toBe('due');
    expect(reviewItemId(withDue.questions[0]!.item)).toBe(t.id);
    // Every due template is asked, beyond the third.
    const four = templates.slice(0, 4);
    const allDue = four.map((x) =>
      logged({ type: 'review', itemId: x.id, rating: 3, source: 'quiz' }, now - 90 * DAY),
    );
    const manyDue = planQuiz(bank, prices, allDue, { count: 10, now, seed: 4, templates });
    expect(
      manyDue.questions
        .slice(0, 4)
        .map((q) => reviewItemId(q.item))
        .sort(),
    ).toEqual(four.map((x) => x.id).sort());
    expect(manyDue.questions.slice(0, 4).every((q) => q.reason === 'due')).toBe(true);
  });

  it('a numeric quiz mixes them in too; an mcq quiz never does', () => {
    const numeric = planQuiz(bank, prices, [], {
      kind: 'numeric',
      count: 9,
      now,
      seed: 2,
      templates,
    });
    expect(generated(numeric.questions)).toHaveLength(3);
    expect(numeric.questions.every((q) => q.item.kind === 'numeric')).toBe(true);
    const mcq = planQuiz(bank, prices, [], { kind: 'mcq', count: 9, now, seed: 2, templates });
    expect(generated(mcq.questions)).toEqual([]);
  });

  it('generatedSlots: a third of the expected numeric questions, rounded up, one at least', () => {
    expect(generatedSlots(9, 1)).toBe(3);
    expect(generatedSlots(10, 0.5)).toBe(2);
    expect(generatedSlots(10, 0.1)).toBe(1);
    expect(generatedSlots(10, 0)).toBe(1);
  });
});

describe('answering a generated question', () => {
  it('is logged under the template id, rated by its relative error, and moves its topic', () => {
    const [q] = generated(estimate(7, { count: 1, topic: 'concurrency' }).questions);
    if (!q) throw new Error('no question');
    expect(q.id).toMatch(new RegExp(`^${q.templateId}#\\d+$`));
    // 3% off with a 5% tolerance: Good (within tolerance, more than half of it).
    const tol = 'relative' in q.tolerance ? q.tolerance.relative : 0;
    const value = q.answer * (1 + 0.6 * tol);
    const g = grade(q, { kind: 'numeric', value }, q.answer);
    expect(g.correct).toBe(true);
    expect(g.rating).toBe(ratingForRelativeError(0.6 * tol, q.tolerance, q.answer));
    const e = reviewEvent(reviewItemId(q), { kind: 'numeric', value }, g, 4000);
    expect(e).toMatchObject({ itemId: q.templateId, rating: g.rating, source: 'quiz' });

    const before = topicMastery(study, replay([], now), now).get('concurrency') ?? 0;
    const memory = replay([logged(e, now - 1000)], now);
    expect(memory.has(q.templateId)).toBe(true);
    expect(memory.has(q.id)).toBe(false);
    const after = topicMastery(study, memory, now).get('concurrency') ?? 0;
    expect(after).toBeGreaterThan(before);
    // The same review under the instance id would be an unknown id: no topic moves.
    const stray = replay([logged({ ...e, itemId: q.id }, now - 1000)], now);
    expect(topicMastery(study, stray, now).get('concurrency')).toBe(before);
  });

  it('a far-off answer is Again, a near miss Hard', () => {
    const [q] = generated(estimate(11, { count: 1 }).questions);
    if (!q) throw new Error('no question');
    expect(grade(q, { kind: 'numeric', value: q.answer * 10 }, q.answer).rating).toBe(1);
    const tol = 'relative' in q.tolerance ? q.tolerance.relative : 0;
    const near = grade(q, { kind: 'numeric', value: q.answer * (1 + 1.5 * tol) }, q.answer);
    expect(near).toMatchObject({ correct: false, rating: 2 });
  });
});

describe('simCommandFor a generated question', () => {
  it('opens the simulator of a cost template with the drawn inputs', () => {
    const cost = templates.find((t) => t.id === 'tpl-lambda-bill');
    if (!cost) throw new Error('tpl-lambda-bill missing');
    const [q] = generated(
      planQuiz(bank, prices, [], {
        kind: 'estimate',
        topic: 'cost',
        count: 8,
        now,
        seed: 1,
        templates,
      }).questions,
    ).filter((x) => x.templateId === 'tpl-lambda-bill');
    if (!q) throw new Error('tpl-lambda-bill not drawn');
    const cmd = simCommandFor(q);
    expect(cmd?.positionals).toEqual(['cost']);
    expect(cmd?.values).toMatchObject({
      invocations: String(q.params.invocations),
      'memory-mb': String(q.params.memoryMb),
      'duration-ms': String(q.params.durationMs),
      arch: String(q.params.arch),
    });
    // The template's own names (calc, derived) are not flags.
    expect(Object.keys(cmd?.values ?? {})).not.toContain('seconds');
  });

  it('offers nothing for a template whose model is a formula', () => {
    const [q] = generated(estimate(1, { count: 1, topic: 'concurrency' }).questions);
    if (!q) throw new Error('no question');
    expect(simCommandFor(q as NumericItem)).toBeUndefined();
  });
});
