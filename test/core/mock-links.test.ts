import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type RubricDimension, rubricDimensions } from '../../src/core/content/schema.js';
import { gradeMcq, gradeNumeric, gradeRubric } from '../../src/core/grading/index.js';
import { buildStudyQueue, dueItems, isDue, replay } from '../../src/core/memory/index.js';
import { RoundRecorder } from '../../src/core/mock/record.js';
import {
  answer,
  flashcardGrade,
  gradeOpen,
  type RoundState,
  submitOpen,
} from '../../src/core/mock/round.js';
import { type PointMiss, type RoundReport, scoreRound } from '../../src/core/mock/score.js';
import { pointStudyLine, studyByPoint, studyPlan } from '../../src/core/mock/study-plan.js';
import { ProgressStore } from '../../src/core/store/store.js';
import { MIN, realBank, shortRound, T0 } from './mock-fixtures.js';

const DAY = 24 * 60 * MIN;

/** A short round answered right throughout, with the scenario points in `missed` left unticked. */
function played(missed: ReadonlyArray<[RubricDimension, number]> = []) {
  const r = shortRound();
  const right = r.mcq.choices.findIndex((c) => c.correct);
  let s = answer(r.state, T0 + 10_000, flashcardGrade(3), { rating: 3 });
  s = answer(s, T0 + 40_000, gradeMcq(r.mcq, [right]), { selected: [right] });
  const value = r.numeric.answer ?? 0;
  s = answer(s, T0 + 3 * MIN, gradeNumeric(r.numeric, value), { value });
  s = submitOpen(s, T0 + 9 * MIN, { text: 'design', probes: [] });
  const ticks = Object.fromEntries(
    rubricDimensions.map((d) => [
      d,
      r.scenario.rubric[d].map((_, i) => !missed.some(([md, mi]) => md === d && mi === i)),
    ]),
  );
  s = gradeOpen(
    s,
    T0 + 12 * MIN,
    gradeRubric(
      rubricDimensions.flatMap((d) => r.scenario.rubric[d]),
      rubricDimensions.flatMap((d) => ticks[d] ?? []),
    ),
    ticks,
  );
  s = submitOpen(s, T0 + 13 * MIN, { text: 'answer', probes: [] });
  const all = r.free.keyPoints.map(() => true);
  s = gradeOpen(s, T0 + 14 * MIN, gradeRubric(r.free.keyPoints, all), all);
  return { ...r, state: s };
}

function store(now: () => number) {
  return new ProgressStore({ dir: mkdtempSync(join(tmpdir(), 'faas-prep-links-')), now });
}

function finish(s: ProgressStore, state: RoundState) {
  const recorder = new RoundRecorder(s);
  recorder.sync(state);
  const report = scoreRound(state);
  const plan = studyPlan(report, realBank().items, state.seed);
  recorder.finish(state, report, plan);
  return { report, plan };
}

describe('a missed rubric point makes the items it links to due', () => {
  it('appends one Again review (reason rubric) for exactly the linked items', () => {
    const { state, scenario } = played([['failure', 1]]);
    const point = scenario.rubric.failure[1];
    const links = point?.links ?? [];
    expect(links.length).toBeGreaterThan(0);
    const s = store(() => T0 + 15 * MIN);
    const { report, plan } = finish(s, state);
    expect(report.pointsMissed).toEqual([
      { itemId: scenario.id, dimension: 'failure', index: 1, point: point?.point, links },
    ]);
    const rubric = s.events().filter((e) => e.type === 'review' && e.reason === 'rubric');
    expect(rubric.map((e) => e.itemId)).toEqual(links);
    for (const e of rubric) expect(e).toMatchObject({ rating: 1, source: 'mock' });
    // One point missed in a dimension that still passes: no topic fallback, only the links.
    expect(plan.map((p) => p.reason)).toEqual(links.map(() => 'rubric'));
    expect(studyByPoint(plan)).toEqual([{ point: point?.point, itemIds: links }]);
    expect(s.events().at(-1)).toMatchObject({
      type: 'mock',
      studyPlan: links.map((itemId) => ({ itemId, reason: 'rubric', points: [point?.point] })),
    });
  });

  it('after replay the linked items are due, and the flashcards open the study queue', () => {
    const bank = realBank();
    const { state, scenario, flashcard } = played([['observability', 0]]);
    const links = scenario.rubric.observability[0]?.links ?? [];
    const cards = links.filter((id) => bank.byId.get(id)?.kind === 'flashcard');
    const others = links.filter((id) => !cards.includes(id));
    expect(cards.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);
    // Earlier study: some flashcards known well (Easy a day ago), so not due now.
    let now = T0 - DAY;
    const s = store(() => now);
    const known = bank.items
      .filter((i) => i.kind === 'flashcard' && !links.includes(i.id) && i.id !== flashcard.id)
      .slice(0, 5);
    for (const k of known) s.append({ type: 'review', itemId: k.id, rating: 4, source: 'study' });
    now = T0 + 15 * MIN;
    finish(s, state);

    const later = T0 + 20 * MIN;
    const memory = replay(s.events(), later);
    for (const id of links) expect(isDue(memory.get(id)!, later), id).toBe(true);
    expect(dueItems(bank, memory, later, ['mcq', 'spot-the-error', 'numeric'])).toEqual(
      expect.arrayContaining(others),
    );
    const queue = buildStudyQueue(bank, memory, { now: later, newPerDay: 10 });
    const head = queue.slice(0, cards.length);
    expect(head.map((e) => e.reason)).toEqual(cards.map(() => 'due'));
    expect(head.map((e) => e.itemId).sort()).toEqual([...cards].sort());
    expect(queue.slice(cards.length).every((e) => e.reason === 'new')).toBe(true);
    for (const k of known) expect(queue.some((e) => e.itemId === k.id)).toBe(false);
  });

  it('an answer that ticks every point appends nothing for the rubric', () => {
    const { state } = played();
    const s = store(() => T0 + 15 * MIN);
    const { report, plan } = finish(s, state);
    expect(report.pointsMissed).toEqual([]);
    expect(plan).toEqual([]);
    expect(s.events().filter((e) => e.type === 'review' && e.rating === 1)).toEqual([]);
  });
});

describe('the study plan from missed points', () => {
  const bank = realBank();
  const flashcards = bank.items.filter((i) => i.kind === 'flashcard').map((i) => i.id);
  const [a, b, c] = flashcards as [string, string, string];
  const miss = (point: string, links: string[], dimension: PointMiss['dimension'] = 'scaling') => ({
    itemId: 'scn-x',
    dimension,
    index: 0,
    point,
    links,
  });
  const report = (over: Partial<RoundReport>): RoundReport => ({
    ...scoreRound(played().state),
    ...over,
  });

  it('dedupes items linked from several points and keeps every point on the entry', () => {
    const plan = studyPlan(
      report({ pointsMissed: [miss('P1', [a, b]), miss('P2', [b, c]), miss('P3', ['gone'])] }),
      bank.items,
      1,
    );
    expect(plan).toEqual([
      { itemId: a, reason: 'rubric', append: true, points: ['P1'] },
      { itemId: b, reason: 'rubric', append: true, points: ['P1', 'P2'] },
      { itemId: c, reason: 'rubric', append: true, points: ['P2'] },
    ]);
    expect(studyByPoint(plan)).toEqual([
      { point: 'P1', itemIds: [a, b] },
      { point: 'P2', itemIds: [b, c] },
    ]);
    expect(pointStudyLine({ point: 'P2', itemIds: [b, c] }, bank.byId)).toBe(
      "Missed 'P2' → 2 cards now due",
    );
    const mcq = bank.items.find((i) => i.kind === 'mcq')?.id ?? '';
    expect(pointStudyLine({ point: 'P', itemIds: [mcq] }, bank.byId)).toBe(
      "Missed 'P' → 1 item now due",
    );
  });

  it('does not append a second review for an item the round already rated Again', () => {
    const again = {
      itemId: a,
      section: 'rapid-fire' as const,
      kind: 'flashcard' as const,
      topic: bank.byId.get(a)?.topic ?? '',
      summary: 'Again',
      right: '',
      explanation: '',
      rating: 1,
    };
    const plan = studyPlan(
      report({ missed: [again], pointsMissed: [miss('P1', [a, b])] }),
      bank.items,
      1,
    );
    expect(plan).toEqual([
      { itemId: a, reason: 'missed', append: false, points: ['P1'] },
      { itemId: b, reason: 'rubric', append: true, points: ['P1'] },
    ]);
  });

  it('falls back to a topic flashcard only for a missed dimension with unlinked points', () => {
    const rubricMissed = [
      { itemId: 'scn-x', dimension: 'cost' as const, score: 0, missedPoints: ['C'] },
      { itemId: 'scn-x', dimension: 'scaling' as const, score: 0, missedPoints: ['S'] },
    ];
    const plan = studyPlan(
      report({ rubricMissed, pointsMissed: [miss('C', [], 'cost'), miss('S', [a])] }),
      bank.items,
      1,
    );
    expect(plan.map((p) => p.reason)).toEqual(['rubric', 'rubric:cost']);
    expect(bank.byId.get(plan[1]?.itemId ?? '')?.topic).toBe('cost');
  });
});
