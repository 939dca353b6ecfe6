import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeMcq } from '../../src/core/grading/index.js';
import { replayDetailed } from '../../src/core/memory/replay.js';
import { computeStats } from '../../src/core/memory/stats.js';
import { mockHistory, sparkline, trendOf } from '../../src/core/mock/history.js';
import { RoundRecorder } from '../../src/core/mock/record.js';
import { answer, endRound, flashcardGrade, type RoundState } from '../../src/core/mock/round.js';
import { scoreRound } from '../../src/core/mock/score.js';
import { studyPlan } from '../../src/core/mock/study-plan.js';
import type { LogEvent } from '../../src/core/store/log.js';
import { ProgressStore } from '../../src/core/store/store.js';
import { MIN, realBank, shortRound, T0 } from './mock-fixtures.js';

function store(now: () => number = () => T0) {
  return new ProgressStore({ dir: mkdtempSync(join(tmpdir(), 'faas-prep-mock-')), now });
}

function finish(recorder: RoundRecorder, state: RoundState) {
  const report = scoreRound(state);
  return recorder.finish(state, report, studyPlan(report, realBank().items, state.seed));
}

describe('recording a mock round', () => {
  it('appends each answer to the log the moment it is given', () => {
    const s = store();
    const recorder = new RoundRecorder(s);
    const r = shortRound();
    let state = answer(r.state, T0 + 12_000, flashcardGrade(2), { rating: 2 });
    recorder.sync(state);
    expect(s.events()).toHaveLength(1);
    expect(s.events()[0]).toMatchObject({
      type: 'review',
      itemId: r.flashcard.id,
      rating: 2,
      source: 'mock',
      ms: 12_000,
      correct: true,
      score: 0.5,
      answer: { rating: 2 },
    });
    state = answer(state, T0 + 20_000, gradeMcq(r.mcq, [0]), { selected: [0] });
    recorder.sync(state);
    recorder.sync(state);
    expect(s.events()).toHaveLength(2);
  });

  it('at the end: the answers as rated, the question cut off unanswered brought forward, one mock event', () => {
    const s = store();
    const recorder = new RoundRecorder(s);
    const r = shortRound();
    const wrong = r.mcq.choices.findIndex((c) => !c.correct);
    let state = answer(r.state, T0 + 5_000, flashcardGrade(1), {});
    state = answer(state, T0 + 9_000, gradeMcq(r.mcq, [wrong]), {});
    recorder.sync(state);
    state = endRound(state, T0 + 30_000, 'ended-early');
    const event = finish(recorder, state);
    expect(finish(recorder, state)).toBeUndefined();
    const events = s.events();
    const reviews = events.filter((e) => e.type === 'review');
    // The two answers, once each; the numeric on screen when it ended was never answered.
    expect(reviews.map((e) => [e.itemId, e.rating])).toEqual([
      [r.flashcard.id, 1],
      [r.mcq.id, 1],
    ]);
    const moved = events.filter((e) => e.type === 'bring-forward');
    expect(moved.map((e) => [e.itemId, e.reason])).toEqual([[r.numeric.id, 'missed']]);
    const mocks = events.filter((e) => e.type === 'mock');
    expect(mocks).toHaveLength(1);
    expect(mocks[0]).toMatchObject({
      format: 'short',
      minutes: 15,
      status: 'completed',
      ending: 'ended-early',
      startedAt: T0,
      endedAt: T0 + 30_000,
      answered: 2,
      total: 5,
      missed: [r.flashcard.id, r.mcq.id, r.numeric.id],
    });
    expect(event?.sections.map((x) => x.kind)).toEqual([
      'rapid-fire',
      'estimation',
      'design',
      'wrap-up',
    ]);
    // The missed answers are due in study; the unanswered numeric has no memory, only a place
    // at the head of the new items.
    const { memory, queued } = replayDetailed(events, T0 + 30 * MIN);
    for (const id of [r.flashcard.id, r.mcq.id]) {
      expect(memory.get(id)?.card.due.getTime()).toBeLessThanOrEqual(T0 + 30 * MIN);
    }
    expect(memory.has(r.numeric.id)).toBe(false);
    expect(queued).toEqual([r.numeric.id]);
  });

  it('a round ended before any answer leaves no review and nothing seen or due', () => {
    const s = store();
    const recorder = new RoundRecorder(s);
    const r = shortRound();
    const state = endRound(r.state, T0 + 3_000, 'ended-early');
    finish(recorder, state);
    const events = s.events();
    expect(events.filter((e) => e.type === 'review')).toEqual([]);
    const stats = computeStats(realBank(), events, T0 + MIN);
    expect(stats.items.seen).toBe(0);
    expect(stats.dueToday).toBe(0);
  });

  it('the study plan appends a bring-forward event, never a rating, for what it asks', () => {
    const s = store();
    const recorder = new RoundRecorder(s);
    const r = shortRound();
    let state = answer(r.state, T0 + 5_000, flashcardGrade(1), {});
    state = endRound(state, T0 + 6_000, 'ended-early');
    recorder.finish(state, scoreRound(state), [
      { itemId: r.flashcard.id, reason: 'missed', append: false },
      { itemId: 'fc-linked-card', reason: 'rubric:cost', append: true },
    ]);
    const reviews = s.events().filter((e) => e.type === 'review');
    expect(reviews.map((e) => [e.itemId, e.rating])).toEqual([[r.flashcard.id, 1]]);
    const moved = s.events().filter((e) => e.type === 'bring-forward');
    expect(moved).toEqual([
      expect.objectContaining({ itemId: 'fc-linked-card', source: 'mock', reason: 'rubric:cost' }),
    ]);
    expect(s.events().at(-1)).toMatchObject({
      type: 'mock',
      studyPlan: [
        { itemId: r.flashcard.id, reason: 'missed' },
        { itemId: 'fc-linked-card', reason: 'rubric:cost' },
      ],
    });
  });

  it('Ctrl+C saves the partial round as abandoned', () => {
    const s = store();
    const recorder = new RoundRecorder(s);
    const r = shortRound();
    let state = answer(r.state, T0 + 5_000, flashcardGrade(3), {});
    recorder.sync(state);
    state = endRound(state, T0 + 7_000, 'interrupted');
    finish(recorder, state);
    const mock = s.events().find((e) => e.type === 'mock');
    expect(mock).toMatchObject({ status: 'abandoned', ending: 'interrupted', answered: 1 });
    expect(mockHistory(s.events())[0]?.status).toBe('abandoned');
  });
});

describe('mock history', () => {
  const round = (t: number, score: number, status = 'completed'): LogEvent => ({
    id: `m${t}`,
    t,
    type: 'mock',
    startedAt: t - 60_000,
    endedAt: t,
    format: 'short',
    minutes: 15,
    status,
    ending: 'finished',
    score,
    sections: [{ kind: 'design', score }],
    studyPlan: [],
  });

  it('reads well-formed rounds oldest first and skips the rest', () => {
    const events = [
      round(3, 0.5),
      round(1, 0.2),
      { id: 'x', t: 2, type: 'mock', score: 'high' },
      { id: 'y', t: 2, type: 'review' },
    ];
    expect(mockHistory(events).map((r) => r.score)).toEqual([0.2, 0.5]);
  });

  it('the trend compares the latest completed round with up to three before it', () => {
    expect(trendOf(mockHistory([round(1, 0.5)])).direction).toBe('none');
    const up = trendOf(mockHistory([round(1, 0.4), round(2, 0.5), round(3, 0.6), round(4, 0.8)]));
    expect(up).toMatchObject({ direction: 'up', arrow: '↑' });
    expect(up.change).toBeCloseTo(0.3);
    const abandoned = mockHistory([round(1, 0.8), round(2, 0.6), round(3, 0.1, 'abandoned')]);
    expect(trendOf(abandoned)).toMatchObject({ direction: 'down', scores: [0.8, 0.6] });
    expect(trendOf(mockHistory([round(1, 0.5), round(2, 0.51)])).arrow).toBe('→');
    expect(sparkline([0, 0.5, 1])).toBe('▁▅█');
  });
});
