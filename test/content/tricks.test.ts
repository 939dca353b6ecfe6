import { describe, expect, it } from 'vitest';
import { checkContent, formatReport, reportPassed } from '../../src/core/content/check.js';
import { loadBank } from '../../src/core/content/load.js';
import type { Item, McqItem, SpotTheErrorItem } from '../../src/core/content/schema.js';
import {
  formatTricks,
  longestCredit,
  measureTricks,
  trickBounds,
  tricksPassed,
} from '../../src/core/content/tricks.js';
import { fixtureCopy, realContent } from './fixtures.js';

const base = { topic: 't', difficulty: 2 as const, source: { url: 'https://example.com' } };

function spot(id: string, isTrue: boolean): SpotTheErrorItem {
  return {
    ...base,
    id,
    kind: 'spot-the-error',
    statement: `statement ${id}`,
    isTrue,
    correction: 'c',
    explanation: 'e',
  } as SpotTheErrorItem;
}

/** An mcq with the given choice texts; `right` holds the indices of the correct ones. */
function mcq(id: string, texts: string[], right: number[]): McqItem {
  return {
    ...base,
    id,
    kind: 'mcq',
    prompt: 'p',
    choices: texts.map((text, i) =>
      right.includes(i) ? { text, correct: true } : { text, correct: false, why: 'w' },
    ),
    explanation: 'e',
  } as McqItem;
}

const spots = (trueCount: number, n: number): Item[] =>
  Array.from({ length: n }, (_, i) => spot(`s${i}`, i < trueCount));

/** n four-choice mcqs; the right choice is the longest in the first `longest` of them. */
const mcqs = (longest: number, n: number): Item[] =>
  Array.from({ length: n }, (_, i) =>
    i < longest
      ? mcq(`m${i}`, ['aaaa', 'b', 'c', 'd'], [0])
      : mcq(`m${i}`, ['a', 'bbbb', 'c', 'd'], [0]),
  );

describe('longestCredit', () => {
  it('is 1 when the right choice is strictly the longest, 0 when another is longer', () => {
    expect(longestCredit(mcq('a', ['long answer', 'x', 'y'], [0]))).toBe(1);
    expect(longestCredit(mcq('b', ['x', 'long distractor', 'y'], [0]))).toBe(0);
  });

  it('splits the credit when the right choice ties for longest', () => {
    expect(longestCredit(mcq('c', ['abcd', 'wxyz', 'x', 'y'], [0]))).toBe(0.5);
    expect(longestCredit(mcq('d', ['abc', 'wxy', 'pqr', 'y'], [1]))).toBeCloseTo(1 / 3);
  });

  it('counts what a reader sees: code points, and no surrounding spaces', () => {
    // "≈≈≈" is 3 characters; "  ab  " is 2 once trimmed.
    expect(longestCredit(mcq('e', ['≈≈≈', '  ab  '], [0]))).toBe(1);
  });
});

describe('measureTricks', () => {
  it('scores "always false" as the share of false statements', () => {
    const r = measureTricks(spots(1, 20));
    expect(r.spot).toMatchObject({ items: 20, trueCount: 1, alwaysFalse: 0.95, passed: false });
  });

  it('passes spot-the-error at the bounds and fails just past them', () => {
    expect(measureTricks(spots(7, 20)).spot.passed).toBe(true); // 35% true
    expect(measureTricks(spots(13, 20)).spot.passed).toBe(true); // 65% true
    expect(measureTricks(spots(6, 20)).spot.passed).toBe(false); // 30% true
    expect(measureTricks(spots(14, 20)).spot.passed).toBe(false); // 70%: "always true" wins
  });

  it('scores "pick the longest" on single-answer mcqs only, against chance + 15 points', () => {
    const several = mcq('multi', ['long long', 'x', 'y', 'z'], [0, 1]);
    const r = measureTricks([...mcqs(8, 20), several]);
    expect(r.longest.items).toBe(20);
    expect(r.longest.score).toBeCloseTo(0.4);
    expect(r.longest.chance).toBeCloseTo(0.25);
    expect(r.longest.bound).toBeCloseTo(0.4);
    expect(r.longest.passed).toBe(true);
    expect(r.longest.longestRight).toHaveLength(8);
    expect(measureTricks(mcqs(9, 20)).longest.passed).toBe(false);
  });

  it('takes chance as the mean of 1 / choices when items have different numbers of choices', () => {
    const r = measureTricks([
      mcq('two', ['a', 'bb'], [0]),
      mcq('four', ['a', 'bb', 'c', 'd'], [0]),
    ]);
    expect(r.longest.chance).toBeCloseTo((1 / 2 + 1 / 4) / 2);
  });

  it('does not judge a handful of items, where any share is extreme', () => {
    const few = trickBounds.minSample - 1;
    const r = measureTricks([...spots(0, few), ...mcqs(few, few)]);
    expect(r.spot.judged).toBe(false);
    expect(r.longest.judged).toBe(false);
    expect(tricksPassed(r)).toBe(true);
    expect(tricksPassed(measureTricks(spots(0, trickBounds.minSample)))).toBe(false);
  });
});

describe('formatTricks', () => {
  it('prints both scores, the bounds and a verdict', () => {
    const text = formatTricks(measureTricks([...spots(1, 20), ...mcqs(19, 20)])).join('\n');
    expect(text).toContain(
      '"always false" on spot-the-error: 95% (1 of 20 statements true; true must be 35%–65%) FAIL',
    );
    expect(text).toContain(
      '"pick the longest" on single-answer mcq: 95% of 20 (chance 25%, max 40%) FAIL',
    );
    const ok = formatTricks(measureTricks([...spots(10, 20), ...mcqs(5, 20)])).join('\n');
    expect(ok).toMatch(/always false.*: 50% .* ok$/m);
    expect(ok).toMatch(/pick the longest.*: 25% .* ok$/m);
  });
});

describe('content:check and the tricks', () => {
  /** An item file of `n` false spot-the-error statements on the good fixture's material. */
  const falseSpots = (n: number) =>
    [
      'topic: basics',
      'items:',
      ...Array.from({ length: n }, (_, i) =>
        [
          `  - id: extra-false-${i}`,
          '    kind: spot-the-error',
          '    difficulty: 1',
          '    source: { section: "Intro: The Basics" }',
          `    statement: "Claim number ${i} is right."`,
          '    isTrue: false',
          '    correction: "It is not."',
          '    explanation: "Because."',
        ].join('\n'),
      ),
    ].join('\n');

  it('prints both scores on a small bank without judging them', () => {
    const report = checkContent(fixtureCopy('good'));
    expect(formatReport(report)).toMatch(/"always false" on spot-the-error: 100% .* not judged/);
  });

  it('fails a bank where "always false" wins, and says so on the last line', () => {
    const report = checkContent(fixtureCopy('good', { 'extra.yaml': falseSpots(12) }));
    expect(report.issues).toEqual([]);
    expect(report.tricks?.spot).toMatchObject({ items: 13, trueCount: 0, passed: false });
    expect(reportPassed(report)).toBe(false);
    const text = formatReport(report);
    expect(text).toMatch(/"always false" on spot-the-error: 100% .* FAIL$/m);
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/a test-taking trick beats its bound\.$/);
  });

  it('holds the real bank inside both bounds', () => {
    const r = measureTricks(loadBank(realContent).items);
    expect(r.spot.judged && r.longest.judged).toBe(true);
    expect(r.spot.passed, `true statements: ${r.spot.trueCount} of ${r.spot.items}`).toBe(true);
    expect(r.longest.passed, `longest right: ${r.longest.longestRight.join(', ')}`).toBe(true);
  });
});
