// What time running out and Ctrl+C keep of a question being answered.
import { describe, expect, it } from 'vitest';
import { historyText } from '../../src/cli/commands/mock.js';
import { gradeMcq, gradeNumeric } from '../../src/core/grading/index.js';
import { mockHistory, trendOf } from '../../src/core/mock/history.js';
import { mockEvent } from '../../src/core/mock/record.js';
import {
  advanceClock,
  answer,
  currentQuestion,
  endRound,
  flashcardGrade,
  setDraft,
  setTyped,
} from '../../src/core/mock/round.js';
import { scoreRound } from '../../src/core/mock/score.js';
import { MIN, shortRound, T0 } from './mock-fixtures.js';

/** The short round at its estimation question (rapid-fire answered). */
function atEstimate() {
  const r = shortRound();
  let s = answer(r.state, T0 + 10_000, flashcardGrade(3), { rating: 3 });
  s = answer(s, T0 + 20_000, gradeMcq(r.mcq, [0]), { selected: [0] });
  expect(currentQuestion(s)?.item.kind).toBe('numeric');
  return { ...r, state: s };
}

describe('time running out', () => {
  it('submits an estimate as typed', () => {
    const { state, numeric } = atEstimate();
    const value = (numeric.answer ?? 0) * 1.05;
    const graded = gradeNumeric(numeric, value);
    const typed = setTyped(state, { graded, given: { kind: 'numeric', value } });
    // The estimation section is 3 minutes.
    const after = advanceClock(typed, T0 + 4 * MIN).state;
    const result = after.results.find((x) => x.itemId === numeric.id);
    expect(result).toMatchObject({ outcome: 'answered', score: graded.score, answer: { value } });
    expect(currentQuestion(after)?.item.kind).toBe('scenario');
  });

  it('leaves it unanswered when nothing gradable was typed', () => {
    const { state, numeric } = atEstimate();
    const cleared = setTyped(
      setTyped(state, { graded: gradeNumeric(numeric, 1), given: { kind: 'numeric', value: 1 } }),
      undefined,
    );
    const after = advanceClock(cleared, T0 + 4 * MIN).state;
    expect(after.results.find((x) => x.itemId === numeric.id)?.outcome).toBe('unanswered');
  });
});

describe('Ctrl+C while writing an open answer', () => {
  it('keeps the draft with the round, marked abandoned; the trend has no completed round', () => {
    const { state, numeric, scenario } = atEstimate();
    let s = answer(state, T0 + MIN, gradeNumeric(numeric, 1), { kind: 'numeric', value: 1 });
    s = setDraft(s, { text: 'queue first, then workers', probes: [] });
    s = endRound(s, T0 + 2 * MIN, 'interrupted');
    const event = mockEvent(s, scoreRound(s), []);
    expect(event.status).toBe('abandoned');
    expect(event.draft).toEqual({
      itemId: scenario.id,
      text: 'queue first, then workers',
      probes: [],
    });
    const rounds = mockHistory([{ ...event, id: 'm1', t: T0 + 2 * MIN, v: 1 } as never]);
    expect(rounds).toHaveLength(1);
    expect(historyText(rounds, trendOf(rounds))).toMatch(/no completed round yet/);
  });
});
