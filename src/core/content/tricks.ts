// How far two test-taking tricks get on the bank, so a quiz score measures knowledge: answering
// "false" to every spot-the-error statement, and picking the longest choice of every
// single-answer mcq. `npm run content:check` prints both scores and fails past the bounds.
import type { Item, McqItem, SpotTheErrorItem } from './schema.js';

/** The bounds (issue 12): true statements 35–65%; "longest" at most chance + 15 points. */
export const trickBounds = {
  trueShareMin: 0.35,
  trueShareMax: 0.65,
  longestOverChance: 0.15,
  /** Below this many items a share says nothing (one item is always 0% or 100%): not judged. */
  minSample: 10,
} as const;

interface SpotTrick {
  items: number;
  trueCount: number;
  /** Score of answering "false" every time: the share of false statements. */
  alwaysFalse: number;
  judged: boolean;
  passed: boolean;
}

interface LongestTrick {
  items: number;
  /** Expected score of picking the longest choice (a tie for longest is a random pick among the tied). */
  score: number;
  /** Expected score of a random pick: the mean of 1 / number of choices. */
  chance: number;
  bound: number;
  /** Ids of the items where the right choice is the (or tied for the) longest. */
  longestRight: string[];
  judged: boolean;
  passed: boolean;
}

export interface TrickReport {
  spot: SpotTrick;
  longest: LongestTrick;
}

function spotTrick(items: readonly SpotTheErrorItem[]): SpotTrick {
  const trueCount = items.filter((i) => i.isTrue).length;
  const alwaysFalse = items.length ? (items.length - trueCount) / items.length : 0;
  const judged = items.length >= trickBounds.minSample;
  const trueShare = 1 - alwaysFalse;
  const passed =
    !judged || (trueShare >= trickBounds.trueShareMin && trueShare <= trickBounds.trueShareMax);
  return { items: items.length, trueCount, alwaysFalse, judged, passed };
}

/** Credit "pick the longest" earns on one item: 1 / number tied for longest, if the answer is among them. */
export function longestCredit(item: McqItem): number {
  // Code points, not UTF-16 units: "≈" and "→" count once, as a reader sees them.
  const lengths = item.choices.map((c) => [...c.text.trim()].length);
  const max = Math.max(...lengths);
  const tied = item.choices.filter((_, i) => lengths[i] === max);
  return tied.some((c) => c.correct) ? 1 / tied.length : 0;
}

function longestTrick(items: readonly McqItem[]): LongestTrick {
  let credit = 0;
  let chance = 0;
  const longestRight: string[] = [];
  for (const item of items) {
    const c = longestCredit(item);
    credit += c;
    if (c > 0) longestRight.push(item.id);
    chance += 1 / item.choices.length;
  }
  const n = items.length;
  const score = n ? credit / n : 0;
  const meanChance = n ? chance / n : 0;
  const bound = meanChance + trickBounds.longestOverChance;
  const judged = n >= trickBounds.minSample;
  return {
    items: n,
    score,
    chance: meanChance,
    bound,
    longestRight,
    judged,
    passed: !judged || score <= bound + 1e-9,
  };
}

export function measureTricks(items: readonly Item[]): TrickReport {
  const spots = items.filter((i): i is SpotTheErrorItem => i.kind === 'spot-the-error');
  const single = items.filter(
    (i): i is McqItem => i.kind === 'mcq' && i.choices.filter((c) => c.correct).length === 1,
  );
  return { spot: spotTrick(spots), longest: longestTrick(single) };
}

export function tricksPassed(r: TrickReport): boolean {
  return r.spot.passed && r.longest.passed;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

function verdict(judged: boolean, passed: boolean): string {
  if (!judged) return `not judged (fewer than ${trickBounds.minSample} items)`;
  return passed ? 'ok' : 'FAIL';
}

/** The report's lines: one per trick, with its score, the bound and the verdict. */
export function formatTricks(r: TrickReport): string[] {
  const s = r.spot;
  const l = r.longest;
  return [
    'Test-taking tricks (a quiz must not reward them):',
    `  "always false" on spot-the-error: ${pct(s.alwaysFalse)} (${s.trueCount} of ${s.items} statements true; ` +
      `true must be ${pct(trickBounds.trueShareMin)}–${pct(trickBounds.trueShareMax)}) ${verdict(s.judged, s.passed)}`,
    `  "pick the longest" on single-answer mcq: ${pct(l.score)} of ${l.items} (chance ${pct(l.chance)}, ` +
      `max ${pct(l.bound)}) ${verdict(l.judged, l.passed)}`,
  ];
}
