import { describe, expect, it } from 'vitest';
import { gradeMcq, gradeNumeric, gradeRubric } from '../../src/core/grading/index.js';
import {
  advanceClock,
  answer,
  currentQuestion,
  endRound,
  flashcardGrade,
  gradeOpen,
  setDraft,
  submitOpen,
} from '../../src/core/mock/round.js';
import { clockView } from '../../src/core/mock/timer.js';
import { MIN, shortRound, T0 } from './mock-fixtures.js';

describe('mock round', () => {
  it('answers in order, timing each question; open answers are graded with the clock paused', () => {
    const r = shortRound();
    let s = answer(r.state, T0 + 20_000, flashcardGrade(3), { rating: 3 });
    expect(s.results[0]).toMatchObject({
      itemId: r.flashcard.id,
      outcome: 'answered',
      ms: 20_000,
      score: 1,
      rating: 3,
    });
    const right = r.mcq.choices.findIndex((c) => c.correct);
    s = answer(s, T0 + 50_000, gradeMcq(r.mcq, [right]), { selected: [right] });
    expect(s.results[1]).toMatchObject({ ms: 30_000, correct: true });
    // Rapid-fire ended early: the estimation box starts now, not at 2:00.
    expect(currentQuestion(s)?.section).toBe('estimation');
    expect(clockView(s.plan, s.timer, T0 + 50_000).sectionLeftMs).toBe(3 * MIN);
    s = answer(s, T0 + 2 * MIN, gradeNumeric(r.numeric, (r.numeric.answer ?? 0) * 10), {
      value: 0,
    });
    expect(s.results[2]).toMatchObject({ correct: false, rating: 1 });

    expect(currentQuestion(s)?.item.id).toBe(r.scenario.id);
    s = setDraft(s, { text: 'S3 → SQS → Lambda', probes: [] });
    s = submitOpen(s, T0 + 8 * MIN, { text: 'S3 → SQS → Lambda', probes: ['drain the backlog'] });
    expect(s.phase).toBe('grading');
    // Grading takes ten minutes of wall time, none of interview time.
    const ticks = { requirements: [true], architecture: [true, true, true, true] };
    const all = Object.values(r.scenario.rubric).flat();
    const flags = [
      true,
      ...Array(2).fill(false),
      true,
      true,
      true,
      true,
      ...Array(all.length - 7).fill(false),
    ];
    s = gradeOpen(s, T0 + 18 * MIN, gradeRubric(all, flags), ticks);
    expect(s.results[3]).toMatchObject({ itemId: r.scenario.id, ms: 6 * MIN, ticks });
    expect(s.results[3]?.answer).toEqual({
      text: 'S3 → SQS → Lambda',
      probes: ['drain the backlog'],
    });
    expect(clockView(s.plan, s.timer, T0 + 18 * MIN).elapsedMs).toBe(8 * MIN);
    expect(currentQuestion(s)?.section).toBe('wrap-up');

    s = submitOpen(s, T0 + 19 * MIN, { text: 'cold starts…', probes: [] });
    s = gradeOpen(s, T0 + 20 * MIN, gradeRubric(r.free.keyPoints, [true]), [true]);
    expect(s.phase).toBe('done');
    expect(s.ending).toBe('finished');
    expect(s.results).toHaveLength(5);
  });

  it('a section that runs out moves on: the question on screen is unanswered, the rest not reached', () => {
    const r = shortRound();
    let s = answer(r.state, T0 + 10_000, flashcardGrade(2), { rating: 2 });
    const tick = advanceClock(s, T0 + 2 * MIN);
    expect(tick.events).toEqual([{ type: 'section-expired', section: 0 }]);
    s = tick.state;
    expect(s.results.map((x) => x.outcome)).toEqual(['answered', 'unanswered']);
    expect(s.results[1]).toMatchObject({ itemId: r.mcq.id, ms: 110_000 });
    expect(currentQuestion(s)?.item.id).toBe(r.numeric.id);
    expect(clockView(s.plan, s.timer, T0 + 2 * MIN).sectionLeftMs).toBe(3 * MIN);
  });

  it('an open answer with text still gets graded when its section runs out', () => {
    const r = shortRound();
    let s = answer(r.state, T0, flashcardGrade(3), {});
    s = answer(s, T0, gradeMcq(r.mcq, [0]), {});
    s = answer(s, T0, gradeNumeric(r.numeric, r.numeric.answer ?? 0), {});
    s = setDraft(s, { text: 'queue in front', probes: [] });
    s = advanceClock(s, T0 + 8 * MIN).state;
    expect(s.phase).toBe('grading');
    expect(s.draft?.text).toBe('queue in front');
    s = gradeOpen(s, T0 + 12 * MIN, gradeRubric([{ weight: 1 }, { weight: 1 }], [true, false]), {});
    // After grading the wrap-up starts with its own two minutes.
    expect(currentQuestion(s)?.section).toBe('wrap-up');
    expect(clockView(s.plan, s.timer, T0 + 12 * MIN).sectionLeftMs).toBe(2 * MIN);
  });

  it('the round running out ends it; a warning is kept to show', () => {
    const r = shortRound();
    let s = r.state;
    for (const at of [2, 5, 10]) s = advanceClock(s, T0 + at * MIN).state;
    expect(s.warning).toBe(5);
    expect(currentQuestion(s)?.section).toBe('design');
    s = advanceClock(s, T0 + 13 * MIN).state; // design box over, draft empty → unanswered
    s = advanceClock(s, T0 + 14 * MIN).state;
    expect(s.warning).toBe(1);
    const end = advanceClock(s, T0 + 15 * MIN);
    expect(end.events).toContainEqual({ type: 'round-expired' });
    s = end.state;
    expect(s.phase).toBe('done');
    expect(s.ending).toBe('time');
    expect(s.endedAt).toBe(T0 + 15 * MIN);
    // Rapid-fire ran out on its first question, so the mcq was never shown.
    const outcome = new Map(s.results.map((x) => [x.itemId, x.outcome]));
    expect(r.questions.map((q) => outcome.get(q.item.id))).toEqual([
      'unanswered',
      'not-reached',
      'unanswered',
      'unanswered',
      'unanswered',
    ]);
  });

  it('ending early keeps what was answered and marks the rest', () => {
    const r = shortRound();
    let s = answer(r.state, T0 + 5_000, flashcardGrade(4), {});
    s = endRound(s, T0 + 9_000, 'ended-early');
    expect(s.phase).toBe('done');
    expect(s.ending).toBe('ended-early');
    expect(s.results.map((x) => x.outcome)).toEqual([
      'answered',
      'unanswered',
      'not-reached',
      'not-reached',
      'not-reached',
    ]);
    expect(endRound(s, T0 + 10_000, 'interrupted')).toBe(s);
  });

  it('ending early while writing an open answer grades it first; Ctrl+C does not', () => {
    const r = shortRound();
    let s = answer(r.state, T0, flashcardGrade(3), {});
    s = answer(s, T0, gradeMcq(r.mcq, [0]), {});
    s = answer(s, T0, gradeNumeric(r.numeric, 0), {});
    s = setDraft(s, { text: 'draft', probes: [] });
    const early = endRound(s, T0 + MIN, 'ended-early');
    expect(early.phase).toBe('grading');
    const graded = gradeOpen(early, T0 + 2 * MIN, gradeRubric([{ weight: 1 }], [true]), {});
    expect(graded.phase).toBe('done');
    expect(graded.ending).toBe('ended-early');
    const interrupted = endRound(s, T0 + MIN, 'interrupted');
    expect(interrupted.phase).toBe('done');
    expect(interrupted.results[3]).toMatchObject({
      itemId: r.scenario.id,
      outcome: 'unanswered',
      ms: MIN,
    });
  });
});
