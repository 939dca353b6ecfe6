// The mock screen's reducer: each step is answered once and only from a read after the one that
// showed it; the clock comes in as actions; "end now?", Ctrl+C's "quit?" and time running out.
import { describe, expect, it } from 'vitest';
import { gradeMcq, gradeNumeric } from '../../src/core/grading/index.js';
import { planRound } from '../../src/core/mock/plan.js';
import { currentQuestion } from '../../src/core/mock/round.js';
import { gradeOf, groupsOf, startGrading } from '../../src/ui/screens/mock/grade-state.js';
import {
  type MockAction,
  type MockState,
  type RoundStage,
  reduceMock,
  startMock,
} from '../../src/ui/screens/mock/state.js';
import { MIN, realBank, shortQuestions, T0 } from '../core/mock-fixtures.js';

const bank = realBank();
const q = shortQuestions(bank);

/** The short round started at T0 by a key in read 1. */
function started(): RoundStage {
  const s = reduceMock(startMock(), {
    type: 'start',
    bank,
    plan: planRound('short'),
    questions: q.questions,
    seed: 1,
    now: T0,
    read: 1,
  });
  return asRound(s);
}

function asRound(s: MockState): RoundStage {
  if (s.stage !== 'round') throw new Error(`expected the round, got ${s.stage}`);
  return s;
}

function run(s: MockState, ...actions: MockAction[]): RoundStage {
  return asRound(actions.reduce(reduceMock, s));
}

const reviews = (s: RoundStage) => s.round.results.filter((r) => r.outcome === 'answered');

/** The mcq (question 1) answered with its first choice. */
const mcqAnswer = (now: number, read: number): MockAction => ({
  type: 'answer',
  index: 1,
  given: { kind: 'mcq', selected: [0] },
  grade: gradeMcq(q.mcq, [0]),
  now,
  read,
});

/** The estimate (question 2) answered 1. */
const estimateAnswer = (now: number, read: number): MockAction => ({
  type: 'answer',
  index: 2,
  given: { kind: 'numeric', value: 1 },
  grade: gradeNumeric(q.numeric, 1),
  now,
  read,
});

/** Through the flashcard and the mcq to the estimate, one read each. */
function atEstimate(): RoundStage {
  return run(
    started(),
    { type: 'reveal', now: T0 + 5_000, read: 2 },
    { type: 'rate', rating: 3, now: T0 + 6_000, read: 3 },
    mcqAnswer(T0 + 9_000, 4),
  );
}

describe('each step is answered once', () => {
  it('a key from the read that showed the step does nothing; the next read acts', () => {
    const s = started();
    expect(s.step).toEqual({ kind: 'card', revealed: false, scroll: 0 });
    // The Enter that started the round, repeated in its read, does not reveal the card unseen.
    expect(reduceMock(s, { type: 'reveal', now: T0, read: 1 })).toBe(s);
    expect(run(s, { type: 'reveal', now: T0, read: 2 }).step).toMatchObject({ revealed: true });
  });

  it('a rating typed twice in one read records once and leaves the next card hidden', () => {
    const revealed = run(started(), { type: 'reveal', now: T0 + 1_000, read: 2 });
    const once = run(revealed, { type: 'rate', rating: 3, now: T0 + 2_000, read: 3 });
    const twice = run(once, { type: 'rate', rating: 3, now: T0 + 2_000, read: 3 });
    expect(reviews(twice)).toHaveLength(1);
    expect(twice.round.index).toBe(1);
    expect(run(twice, { type: 'reveal', now: T0 + 2_000, read: 3 }).step.kind).toBe('question');
  });

  it('an answer is taken for the question it was given to, once', () => {
    const s = run(
      started(),
      { type: 'reveal', now: T0, read: 2 },
      { type: 'rate', rating: 3, now: T0, read: 2 },
    );
    const answer = mcqAnswer(T0 + 3_000, 2);
    // Shown in read 2: an Enter from that read is not an answer.
    expect(reduceMock(s, answer)).toBe(s);
    const answered = run(s, mcqAnswer(T0 + 3_000, 3));
    expect(reviews(answered)).toHaveLength(2);
    // The same Enter reaching the stale input again, or a later one naming question 1.
    expect(reduceMock(answered, mcqAnswer(T0 + 3_000, 3))).toBe(answered);
    expect(reduceMock(answered, mcqAnswer(T0 + 3_000, 4))).toBe(answered);
  });

  it('Tab twice in one read submits the answer and waits on the follow-up', () => {
    const atDesign = run(atEstimate(), estimateAnswer(T0 + MIN, 5));
    expect(atDesign.step).toEqual({ kind: 'open', probe: 0, top: 0 });
    const tab = (probe: number, text: string, read: number): MockAction => ({
      type: 'submit',
      index: 3,
      probe,
      text,
      now: T0 + 2 * MIN,
      read,
    });
    const probe = run(atDesign, tab(0, 'queue', 6));
    expect(probe.step).toEqual({ kind: 'open', probe: 1, top: 0 });
    expect(reduceMock(probe, tab(1, 'queue', 6))).toBe(probe);
    const grading = run(probe, tab(1, 'cap it', 7));
    expect(grading.round.phase).toBe('grading');
    expect(grading.round.draft).toEqual({ text: 'queue', probes: ['cap it'] });
  });

  it('Enter twice in one read while grading moves one dimension', () => {
    const s: RoundStage = {
      ...started(),
      step: startGrading(q.scenario),
      shownOnRead: 1,
    };
    const grading: RoundStage = { ...s, round: { ...s.round, index: 3, phase: 'grading' } };
    const next: MockAction = { type: 'next', visible: [0], now: T0, read: 2 };
    const once = run(grading, next);
    expect(once.step).toMatchObject({ kind: 'grade', group: 1 });
    expect(reduceMock(once, next)).toBe(once);
    expect(run(once, { ...next, read: 3 }).step).toMatchObject({ group: 2 });
  });
});

describe('the clock as actions', () => {
  it('a tick that changes nothing shown keeps the state; a new second redraws', () => {
    const s = started();
    expect(reduceMock(s, { type: 'tick', now: T0 + 250, read: 1 })).toBe(s);
    expect(run(s, { type: 'tick', now: T0 + 1_000, read: 1 }).now).toBe(T0 + 1_000);
  });

  it('a section running out moves on with a notice, and a key for the old step is dropped', () => {
    const s = run(started(), { type: 'reveal', now: T0 + 1_000, read: 2 });
    // Rapid-fire is 2 minutes: the rating comes too late for the card.
    const late = run(s, { type: 'rate', rating: 4, now: T0 + 2 * MIN, read: 3 });
    // The card is cut off unanswered; the mcq is skipped (not reached, counted at the end).
    expect(late.round.results.map((r) => r.outcome)).toEqual(['unanswered']);
    expect(currentQuestion(late.round)?.item.kind).toBe('numeric');
    expect(late.notice?.text).toBe('Time is up for Rapid-fire: moving on');
    expect(late.shownOnRead).toBe(3);
  });

  it('time running out submits a typed estimate as typed', () => {
    const value = (q.numeric.answer ?? 0) * 1.05;
    const graded = gradeNumeric(q.numeric, value);
    const typed = run(atEstimate(), {
      type: 'typed',
      index: 2,
      typed: { given: { kind: 'numeric', value }, grade: graded },
    });
    // Estimation is 3 minutes from T0 + 9 s, when rapid-fire was done.
    const after = run(typed, { type: 'tick', now: T0 + 9_000 + 3 * MIN, read: 4 });
    expect(after.round.results.find((r) => r.itemId === q.numeric.id)).toMatchObject({
      outcome: 'answered',
      score: graded.score,
      answer: { value },
    });
    expect(after.step).toEqual({ kind: 'open', probe: 0, top: 0 });
  });
});

describe('ending and quitting', () => {
  it('"end now?" ends the round only once asked; n keeps going', () => {
    const s = started();
    const end: MockAction = { type: 'end-now', now: T0 + 1_000, read: 2 };
    expect(reduceMock(s, end)).toBe(s);
    const asked = run(s, { type: 'ask', what: 'end' });
    expect(asked.asking).toBe('end');
    expect(run(asked, { type: 'keep-going' }).asking).toBeUndefined();
    const ended = run(asked, end);
    expect(ended.round).toMatchObject({ phase: 'done', ending: 'ended-early' });
    expect(ended.asking).toBeUndefined();
  });

  it('quitting while writing keeps the draft with the round, marked interrupted', () => {
    const writing = run(
      atEstimate(),
      estimateAnswer(T0 + MIN, 5),
      { type: 'draft', index: 3, probe: 0, text: 'queue first' },
      { type: 'ask', what: 'quit' },
    );
    expect(writing.asking).toBe('quit');
    const quit = run(writing, { type: 'interrupt', now: T0 + 2 * MIN, read: 6 });
    expect(quit.round.ending).toBe('interrupted');
    expect(quit.round.results.find((r) => r.itemId === q.scenario.id)).toMatchObject({
      outcome: 'unanswered',
      answer: { text: 'queue first', probes: [] },
    });
  });

  it('a draft typed into a stale editor (another question or follow-up) is not kept', () => {
    const s = atEstimate();
    expect(reduceMock(s, { type: 'draft', index: 3, probe: 0, text: 'x' })).toBe(s);
  });
});

describe('grading counts the points that were on screen', () => {
  it('a point never shown is neither covered nor missed', () => {
    const step = startGrading(q.free);
    const points = groupsOf(q.free)[0]?.points ?? [];
    expect(points.length).toBeGreaterThan(1);
    const seenFirst = {
      ...step,
      seen: [points.map((_, i) => i === 0)],
      ticks: [points.map(() => true)],
    };
    const { grade, seen } = gradeOf(q.free, seenFirst);
    expect(seen).toEqual(points.map((_, i) => i === 0));
    expect(grade.summary).toMatch(/^1 of 1 points/);
  });
});
