import { describe, expect, it } from 'vitest';
import { rubricDimensions } from '../../src/core/content/schema.js';
import { gradeMcq, gradeNumeric, gradeRubric } from '../../src/core/grading/index.js';
import { dimensionTopics } from '../../src/core/mock/dimension-topics.js';
import {
  answer,
  endRound,
  flashcardGrade,
  gradeOpen,
  submitOpen,
} from '../../src/core/mock/round.js';
import { scoreRound } from '../../src/core/mock/score.js';
import { MAX_LINKED, studyPlan } from '../../src/core/mock/study-plan.js';
import { MIN, realBank, shortRound, T0 } from './mock-fixtures.js';

/** A finished short round: flashcard Good, mcq wrong, numeric right, scenario partly, free-response fully. */
function played() {
  const r = shortRound();
  const wrong = r.mcq.choices.findIndex((c) => !c.correct);
  let s = answer(r.state, T0 + 10_000, flashcardGrade(3), { rating: 3 });
  s = answer(s, T0 + 40_000, gradeMcq(r.mcq, [wrong]), { selected: [wrong] });
  s = answer(s, T0 + 3 * MIN, gradeNumeric(r.numeric, r.numeric.answer ?? 0), { value: 0 });
  s = submitOpen(s, T0 + 9 * MIN, { text: 'design', probes: [] });
  // Every point ticked except the cost and observability dimensions.
  const ticks = Object.fromEntries(
    rubricDimensions.map((d) => [
      d,
      r.scenario.rubric[d].map(() => d !== 'cost' && d !== 'observability'),
    ]),
  );
  const flat = rubricDimensions.flatMap((d) => ticks[d] ?? []);
  s = gradeOpen(
    s,
    T0 + 12 * MIN,
    gradeRubric(
      rubricDimensions.flatMap((d) => r.scenario.rubric[d]),
      flat,
    ),
    ticks,
  );
  s = submitOpen(s, T0 + 13 * MIN, { text: 'answer', probes: [] });
  const all = r.free.keyPoints.map(() => true);
  s = gradeOpen(s, T0 + 14 * MIN, gradeRubric(r.free.keyPoints, all), all);
  return { ...r, state: s };
}

describe('mock scoring', () => {
  it('scores by section, weighs sections by their time box, and lists times', () => {
    const { state, scenario } = played();
    const report = scoreRound(state);
    expect(report.ending).toBe('finished');
    expect(report.answered).toBe(5);
    const by = Object.fromEntries(report.sections.map((s) => [s.kind, s]));
    expect(by['rapid-fire']).toMatchObject({ score: 0.5, answered: 2, total: 2, usedMs: 40_000 });
    expect(by.estimation?.score).toBe(1);
    expect(by['wrap-up']?.score).toBe(1);
    const weights = (d: 'cost' | 'observability') =>
      scenario.rubric[d].reduce((a, p) => a + p.weight, 0);
    const total = rubricDimensions.reduce(
      (a, d) => a + scenario.rubric[d].reduce((b, p) => b + p.weight, 0),
      0,
    );
    const design = 1 - (weights('cost') + weights('observability')) / total;
    expect(by.design?.score).toBeCloseTo(design);
    // Boxes 2, 3, 8, 2 minutes.
    expect(report.score).toBeCloseTo((2 * 0.5 + 3 * 1 + 8 * design + 2 * 1) / 15);
    expect(report.questions.map((q) => q.ms)).toEqual([10_000, 30_000, 140_000, 6 * MIN, MIN]);
  });

  it('lists missed items with their explanation and the rubric dimensions missed', () => {
    const { state, mcq, scenario } = played();
    const report = scoreRound(state);
    expect(report.missed).toHaveLength(1);
    expect(report.missed[0]).toMatchObject({
      itemId: mcq.id,
      summary: 'Wrong',
      explanation: mcq.explanation,
      rating: 1,
    });
    expect(report.missed[0]?.right).toBe(mcq.choices.find((c) => c.correct)?.text);
    expect(report.rubricMissed.map((m) => m.dimension)).toEqual(['cost', 'observability']);
    expect(report.rubricMissed[0]).toMatchObject({
      itemId: scenario.id,
      score: 0,
      missedPoints: scenario.rubric.cost.map((p) => p.point),
    });
  });

  it('scores topics over the questions shown, weakest first', () => {
    const { state, mcq } = played();
    const report = scoreRound(state);
    const weakest = report.topics[0];
    expect(weakest?.score).toBeLessThan(1);
    expect(report.topics.some((t) => t.topic === mcq.topic)).toBe(true);
    for (let i = 1; i < report.topics.length; i++) {
      expect(report.topics[i]!.score).toBeGreaterThanOrEqual(report.topics[i - 1]!.score);
    }
  });

  it('an ended-early round counts what was not reached as zero but leaves it out of topics', () => {
    const r = shortRound();
    let s = answer(r.state, T0 + 10_000, flashcardGrade(3), {});
    s = endRound(s, T0 + 20_000, 'ended-early');
    const report = scoreRound(s);
    expect(report.ending).toBe('ended-early');
    expect(report.answered).toBe(1);
    expect(report.sections[0]?.score).toBe(0.5);
    expect(report.score).toBeCloseTo((2 * 0.5) / 15);
    expect(report.topics.map((t) => t.count).reduce((a, b) => a + b, 0)).toBe(2);
    expect(report.missed.map((m) => m.itemId)).toEqual([r.mcq.id]);
    expect(report.missed[0]?.summary).toBe('No answer in time');
  });

  it('the study plan: missed items, then the items each missed point links to (at most MAX_LINKED)', () => {
    const { state, mcq, scenario } = played();
    const bank = realBank();
    const report = scoreRound(state);
    const plan = studyPlan(report, bank.items, 1);
    expect(plan[0]).toEqual({ itemId: mcq.id, reason: 'missed', append: false });
    const missedPoints = [...scenario.rubric.cost, ...scenario.rubric.observability];
    expect(report.pointsMissed.map((p) => p.point)).toEqual(missedPoints.map((p) => p.point));
    const linked = [...new Set(missedPoints.flatMap((p) => p.links ?? []))].filter(
      (id) => id !== mcq.id,
    );
    expect(linked.length).toBeGreaterThan(MAX_LINKED);
    expect(plan.slice(1).map((p) => p.itemId)).toEqual(linked.slice(0, MAX_LINKED));
    for (const p of plan.slice(1)) expect(p).toMatchObject({ reason: 'rubric', append: true });
    expect(studyPlan(report, bank.items, 1)).toEqual(plan);
  });

  it('without links, a flashcard for each rubric dimension missed', () => {
    const { state, mcq } = played();
    const bank = realBank();
    const scored = scoreRound(state);
    const report = {
      ...scored,
      pointsMissed: scored.pointsMissed.map((p) => ({ ...p, links: [] })),
    };
    const plan = studyPlan(report, bank.items, 1);
    expect(plan[0]).toEqual({ itemId: mcq.id, reason: 'missed', append: false });
    const linked = plan.slice(1);
    expect(linked.map((p) => p.reason)).toEqual(['rubric:cost', 'rubric:observability']);
    for (const p of linked) {
      const item = bank.byId.get(p.itemId);
      expect(item?.kind).toBe('flashcard');
      const dim = p.reason.slice('rubric:'.length) as 'cost' | 'observability';
      expect(dimensionTopics[dim]).toContain(item?.topic);
      expect(p.append).toBe(true);
    }
    expect(studyPlan(report, bank.items, 1)).toEqual(plan);
  });
});

describe('rubric points never on screen', () => {
  it('are not missed: not in the report, nor in the points the study plan follows', () => {
    const r = shortRound();
    let s = answer(r.state, T0 + 10_000, flashcardGrade(3), { rating: 3 });
    s = answer(s, T0 + 20_000, gradeMcq(r.mcq, [0]), { selected: [0] });
    s = answer(s, T0 + MIN, gradeNumeric(r.numeric, r.numeric.answer ?? 0), { value: 0 });
    s = submitOpen(s, T0 + 2 * MIN, { text: 'design', probes: [] });
    // Nothing ticked; only the first point of each dimension was shown, cost never.
    const none = Object.fromEntries(
      rubricDimensions.map((d) => [d, r.scenario.rubric[d].map(() => false)]),
    );
    const seen = Object.fromEntries(
      rubricDimensions.map((d) => [d, r.scenario.rubric[d].map((_, i) => d !== 'cost' && i === 0)]),
    );
    const shown = rubricDimensions.filter((d) => d !== 'cost').map((d) => r.scenario.rubric[d][0]!);
    s = gradeOpen(
      s,
      T0 + 3 * MIN,
      gradeRubric(
        shown,
        shown.map(() => false),
      ),
      none,
      seen,
    );
    const report = scoreRound(s);
    expect(report.rubricMissed.map((m) => m.dimension)).not.toContain('cost');
    for (const m of report.rubricMissed) {
      expect(m.missedPoints).toEqual([r.scenario.rubric[m.dimension as 'scaling'][0]?.point]);
    }
    const fromScenario = report.pointsMissed.filter((p) => p.itemId === r.scenario.id);
    expect(fromScenario.every((p) => p.index === 0 && p.dimension !== 'cost')).toBe(true);
    expect(fromScenario).toHaveLength(rubricDimensions.length - 1);
  });
});
