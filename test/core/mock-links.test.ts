import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type RubricDimension, rubricDimensions } from '../../src/core/content/schema.js';
import { gradeMcq, gradeNumeric, gradeRubric } from '../../src/core/grading/index.js';
import { buildStudyQueue, isDue, replay, replayDetailed } from '../../src/core/memory/index.js';
import { RoundRecorder } from '../../src/core/mock/record.js';
import {
  answer,
  flashcardGrade,
  gradeOpen,
  type RoundState,
  submitOpen,
} from '../../src/core/mock/round.js';
import { type PointMiss, type RoundReport, scoreRound } from '../../src/core/mock/score.js';
import {
  MAX_LINKED,
  pointStudyLine,
  studyByPoint,
  studyPlan,
} from '../../src/core/mock/study-plan.js';
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

describe('a missed rubric point brings the items it links to forward', () => {
  it('appends one bring-forward event (reason rubric) for exactly the linked items, and no review', () => {
    const { state, scenario } = played([['failure', 1]]);
    const point = scenario.rubric.failure[1];
    const links = point?.links ?? [];
    expect(links.length).toBeGreaterThan(0);
    const s = store(() => T0 + 15 * MIN);
    const { report, plan } = finish(s, state);
    expect(report.pointsMissed).toEqual([
      { itemId: scenario.id, dimension: 'failure', index: 1, point: point?.point, links },
    ]);
    const moved = s.events().filter((e) => e.type === 'bring-forward');
    expect(moved.map((e) => e.itemId)).toEqual(links);
    for (const e of moved) expect(e).toMatchObject({ source: 'mock', reason: 'rubric' });
    // No rating is invented for a linked item: the only reviews are the round's answers.
    const reviewed = s.events().filter((e) => e.type === 'review');
    expect(reviewed.map((e) => e.itemId).sort()).toEqual(
      state.results
        .filter((r) => r.outcome === 'answered')
        .map((r) => r.itemId)
        .sort(),
    );
    // One point missed in a dimension that still passes: no topic fallback, only the links.
    expect(plan.map((p) => p.reason)).toEqual(links.map(() => 'rubric'));
    expect(studyByPoint(plan)).toEqual([{ point: point?.point, itemIds: links }]);
    expect(s.events().at(-1)).toMatchObject({
      type: 'mock',
      studyPlan: links.map((itemId) => ({ itemId, reason: 'rubric', points: [point?.point] })),
    });
  });

  it('a learned linked card becomes due with its memory unchanged; a new one opens the new cards', () => {
    const bank = realBank();
    const { state, scenario } = played([['observability', 0]]);
    const links = scenario.rubric.observability[0]?.links ?? [];
    const cards = links.filter((id) => bank.byId.get(id)?.kind === 'flashcard');
    const others = links.filter((id) => !cards.includes(id));
    expect(cards.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);
    // Earlier study: the first linked card known well (Easy, a day ago), not due now.
    const [learned, ...fresh] = cards as [string, ...string[]];
    let now = T0 - DAY;
    const s = store(() => now);
    s.append({ type: 'review', itemId: learned, rating: 4, source: 'study' });
    const before = replay(s.events(), T0).get(learned)!;
    expect(isDue(before, T0)).toBe(false);
    now = T0 + 15 * MIN;
    finish(s, state);

    const later = T0 + 20 * MIN;
    const { memory, queued } = replayDetailed(s.events(), later);
    const after = memory.get(learned)!;
    expect(isDue(after, later)).toBe(true);
    expect(after.card.stability).toBe(before.card.stability);
    expect(after.card.difficulty).toBe(before.card.difficulty);
    expect(after.reps).toBe(before.reps);
    // Never seen: not reviewed, not due, but queued ahead of the other new cards.
    for (const id of [...fresh, ...others]) expect(memory.has(id), id).toBe(false);
    expect(queued).toEqual(links.filter((id) => id !== learned));
    const queue = buildStudyQueue(bank, memory, { now: later, newPerDay: 10, queued });
    expect(queue[0]).toEqual({ itemId: learned, reason: 'due' });
    expect(queue.slice(1, 1 + fresh.length)).toEqual(
      fresh.map((itemId) => ({ itemId, reason: 'new' })),
    );
    // Within the daily limit: a limit of 1 introduces one queued card and nothing else new.
    const tight = buildStudyQueue(bank, memory, { now: later, newPerDay: 1, queued });
    expect(tight.filter((e) => e.reason === 'new')).toEqual(
      fresh.slice(0, 1).map((itemId) => ({ itemId, reason: 'new' })),
    );
  });

  it('an answer that ticks every point appends nothing for the rubric', () => {
    const { state } = played();
    const s = store(() => T0 + 15 * MIN);
    const { report, plan } = finish(s, state);
    expect(report.pointsMissed).toEqual([]);
    expect(plan).toEqual([]);
    expect(s.events().filter((e) => e.type === 'bring-forward')).toEqual([]);
  });
});

describe('the study plan from missed points', () => {
  const bank = realBank();
  const asked = new Set(played().state.questions.map((q) => q.item.id));
  const flashcards = bank.items
    .filter((i) => i.kind === 'flashcard' && !asked.has(i.id))
    .map((i) => i.id);
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
      "Missed 'P2' → 2 cards to study next",
    );
    const mcq = bank.items.find((i) => i.kind === 'mcq')?.id ?? '';
    expect(pointStudyLine({ point: 'P', itemIds: [mcq] }, bank.byId)).toBe(
      "Missed 'P' → 1 item to study next",
    );
  });

  it('brings nothing forward for an item the round answered (its review stands)', () => {
    const round = played();
    const answered = round.flashcard.id;
    const again = {
      itemId: answered,
      section: 'rapid-fire' as const,
      kind: 'flashcard' as const,
      topic: round.flashcard.topic,
      summary: 'Again',
      right: '',
      explanation: '',
      rating: 1,
    };
    const plan = studyPlan(
      report({ missed: [again], pointsMissed: [miss('P1', [answered, b])] }),
      bank.items,
      1,
    );
    expect(plan).toEqual([
      { itemId: answered, reason: 'missed', append: false, points: ['P1'] },
      { itemId: b, reason: 'rubric', append: true, points: ['P1'] },
    ]);
  });

  it('moves at most MAX_LINKED linked cards in one round', () => {
    const many = flashcards.slice(0, MAX_LINKED + 5);
    const plan = studyPlan(report({ pointsMissed: [miss('P1', many)] }), bank.items, 1);
    expect(plan.filter((p) => p.append).map((p) => p.itemId)).toEqual(many.slice(0, MAX_LINKED));
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
