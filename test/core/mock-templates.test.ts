// Generated questions in the mock interview's estimation section: drawn half and half with the
// bank's numerics, seeded, each template once; logged under the template id; shown with their
// worked solution when missed.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPrices } from '../../src/core/content/prices.js';
import { isModelNumeric } from '../../src/core/content/schema.js';
import { gradeNumeric } from '../../src/core/grading/grade.js';
import { replay, withTemplates } from '../../src/core/memory/index.js';
import { planRound } from '../../src/core/mock/plan.js';
import { RoundRecorder } from '../../src/core/mock/record.js';
import { answer, endRound, flashcardGrade, startRound } from '../../src/core/mock/round.js';
import { scoreRound } from '../../src/core/mock/score.js';
import { chooseQuestions } from '../../src/core/mock/setup.js';
import { studyPlan } from '../../src/core/mock/study-plan.js';
import { ProgressStore } from '../../src/core/store/store.js';
import {
  drawInstance,
  type GeneratedQuestion,
  isGeneratedQuestion,
  loadTemplates,
} from '../../src/core/templates/index.js';
import { contentDir, realBank, shortQuestions, T0 } from './mock-fixtures.js';

const bank = realBank();
const templates = loadTemplates(contentDir);
const prices = loadPrices(contentDir);
const study = withTemplates(bank, templates);

function estimation(seed: number, minutes?: number) {
  const plan = planRound('full', minutes);
  return chooseQuestions({ bank: study, events: [], plan, seed, now: T0, prices, templates })
    .filter((q) => q.section === 'estimation')
    .map((q) => q.item);
}

describe('the estimation section with templates', () => {
  it('is half generated, half the bank’s numerics with a model-linked one, each template once', () => {
    const items = estimation(3, 180);
    expect(items).toHaveLength(8);
    const generated = items.filter(isGeneratedQuestion);
    expect(generated).toHaveLength(4);
    expect(new Set(generated.map((q) => q.templateId)).size).toBe(4);
    const fromBank = items.filter((i) => !isGeneratedQuestion(i));
    expect(fromBank).toHaveLength(4);
    expect(fromBank.every((i) => bank.byId.has(i.id))).toBe(true);
    // The model-linked one is resolved (rendered, answer computed).
    const linked = fromBank.filter((i) => isModelNumeric(bank.byId.get(i.id)!));
    expect(linked.length).toBeGreaterThanOrEqual(1);
  });

  it('is reproducible from the seed, and the seed decides an odd question', () => {
    const ids = (seed: number) => estimation(seed).map((i) => i.id);
    expect(ids(5)).toEqual(ids(5));
    expect(ids(5)).not.toEqual(ids(6));
    // Full rounds have three estimation questions: one or two of them generated.
    const counts = new Set(
      [1, 2, 3, 4, 5, 6, 7, 8].map((s) => estimation(s).filter(isGeneratedQuestion).length),
    );
    expect(counts).toEqual(new Set([1, 2]));
    // A generated question is exactly the template drawn again with its seed.
    const q = estimation(5).find(isGeneratedQuestion);
    if (!q) throw new Error('no generated question');
    const t = templates.find((x) => x.id === q.templateId)!;
    expect(drawInstance(t, q.seed, prices)).toEqual(q);
  });

  it('without templates, the section is the bank’s alone', () => {
    const plan = planRound('full');
    const items = chooseQuestions({ bank, events: [], plan, seed: 3, now: T0, prices })
      .filter((q) => q.section === 'estimation')
      .map((q) => q.item);
    expect(items).toHaveLength(3);
    expect(items.some(isGeneratedQuestion)).toBe(false);
  });
});

describe('recording a generated question', () => {
  it('logs its review under the template id; missed, it shows the worked solution', () => {
    const base = shortQuestions(bank);
    const t = templates.find((x) => x.id === 'tpl-littles-law')!;
    const q: GeneratedQuestion = drawInstance(t, 1234, prices);
    const questions = base.questions.map((x) =>
      x.section === 'estimation' ? { section: x.section, item: q } : x,
    );
    const plan = planRound('short');
    let state = startRound(plan, questions, 1, T0);
    state = answer(state, T0 + 5_000, flashcardGrade(3), { rating: 3 });
    state = answer(state, T0 + 9_000, { correct: true, score: 1, rating: 3, summary: 'Right' }, {});
    const wrong = gradeNumeric(q, q.answer * 3);
    expect(wrong.rating).toBe(1);
    state = answer(state, T0 + 60_000, wrong, { kind: 'numeric', value: q.answer * 3 });
    const store = new ProgressStore({
      dir: mkdtempSync(join(tmpdir(), 'faas-prep-mock-')),
      now: () => T0,
    });
    const recorder = new RoundRecorder(store);
    recorder.sync(state);
    const reviews = store.events().filter((e) => e.type === 'review');
    expect(reviews.at(-1)).toMatchObject({ itemId: 'tpl-littles-law', rating: 1, source: 'mock' });
    expect(reviews.some((e) => e.itemId === q.id)).toBe(false);

    state = endRound(state, T0 + 70_000, 'ended-early');
    const report = scoreRound(state);
    const missed = report.missed.find((m) => m.itemId === q.id);
    expect(missed?.solution).toBe(q.solution);
    expect(missed?.solution).toContain("Little's law");
    recorder.finish(state, report, studyPlan(report, bank.items, state.seed));
    const all = store.events().filter((e) => e.type === 'review');
    // Every review names a bank item or a template, never a drawn instance.
    for (const e of all) expect(String(e.itemId)).not.toContain('#');
    // The lapse lands on the template (one memory for all its draws).
    const memory = replay(store.events(), T0 + 80_000);
    expect(memory.get('tpl-littles-law')?.lastRating).toBe(1);
  });

  it('a near miss (rated Hard) keeps its one review, under the template id: no Again is added', () => {
    const base = shortQuestions(bank);
    const t = templates.find((x) => x.id === 'tpl-littles-law')!;
    const q = drawInstance(t, 99, prices);
    const tol = 'relative' in q.tolerance ? q.tolerance.relative : 0;
    const questions = base.questions.map((x) =>
      x.section === 'estimation' ? { section: x.section, item: q } : x,
    );
    let state = startRound(planRound('short'), questions, 1, T0);
    state = answer(state, T0 + 5_000, flashcardGrade(3), {});
    state = answer(state, T0 + 9_000, { correct: true, score: 1, rating: 3, summary: 'Right' }, {});
    const near = gradeNumeric(q, q.answer * (1 + 1.5 * tol));
    expect(near).toMatchObject({ correct: false, rating: 2 });
    state = answer(state, T0 + 60_000, near, {});
    state = endRound(state, T0 + 70_000, 'ended-early');
    const store = new ProgressStore({
      dir: mkdtempSync(join(tmpdir(), 'faas-prep-mock-')),
      now: () => T0,
    });
    const recorder = new RoundRecorder(store);
    const report = scoreRound(state);
    recorder.finish(state, report, studyPlan(report, bank.items, state.seed));
    const mine = store
      .events()
      .filter((e) => e.type === 'review' && e.itemId === 'tpl-littles-law')
      .map((e) => e.rating);
    expect(mine).toEqual([2]);
    expect(
      store.events().filter((e) => e.type === 'bring-forward' && e.itemId === 'tpl-littles-law'),
    ).toEqual([]);
  });
});
