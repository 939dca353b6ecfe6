// The round's report: overall, by section, by topic, time per question, what was missed.
//
// A section's score is the mean over its planned questions (unanswered and not reached count 0:
// an interview ended early is scored as such). The overall score weighs sections by their time
// box, like an interviewer would. Topic scores cover the questions that were shown. An item is
// missed when it was shown and not answered, or answered and not right (a flashcard rated Again,
// a rubric below the 70% pass). A rubric dimension is missed below the same 70% of its weight.

import { pointsOf } from '../content/links.js';
import type { Item, RubricDimension } from '../content/schema.js';
import { rubricDimensions } from '../content/schema.js';
import { rightAnswerText } from '../grading/answer-text.js';
import { RUBRIC_PASS } from '../grading/ratings.js';
import { isGradable } from '../grading/types.js';
import type { SectionKind } from './plan.js';
import type { Ending, Outcome, QuestionResult, RoundState, Ticks } from './round.js';

interface SectionScore {
  kind: SectionKind;
  score: number;
  answered: number;
  total: number;
  /** Interview time spent in the section's questions. */
  usedMs: number;
  boxMs: number;
}

interface TopicScore {
  topic: string;
  score: number;
  count: number;
}

export interface QuestionTime {
  itemId: string;
  section: SectionKind;
  kind: Item['kind'];
  outcome: Outcome;
  ms: number;
  score: number;
}

interface MissedItem {
  itemId: string;
  section: SectionKind;
  kind: Item['kind'];
  topic: string;
  /** What went wrong: the grader's line, or that there was no answer. */
  summary: string;
  /** The right answer in one line (empty for open items: see the model answer). */
  right: string;
  explanation: string;
  /** A numeric item's worked solution (a generated question's, with its drawn numbers). */
  solution?: string;
  /** The rating the round already recorded for it (undefined: none). */
  rating?: number;
}

export type RubricGroup = RubricDimension | 'key-points';

interface RubricMiss {
  itemId: string;
  dimension: RubricGroup;
  /** Share of the dimension's weight ticked, 0..1. */
  score: number;
  missedPoints: string[];
}

/** One rubric or key point left unticked when an open answer was graded. */
export interface PointMiss {
  itemId: string;
  dimension: RubricGroup;
  /** Position in the dimension (or the key points). */
  index: number;
  point: string;
  /** The items that teach the point (content links); empty when it has none. */
  links: readonly string[];
}

export interface RoundReport {
  ending: Ending;
  /** 0..1. */
  score: number;
  answered: number;
  total: number;
  usedMs: number;
  sections: SectionScore[];
  /** Weakest first. */
  topics: TopicScore[];
  questions: QuestionTime[];
  missed: MissedItem[];
  rubricMissed: RubricMiss[];
  /** Every point left unticked, whether or not its dimension passed, in rubric order. */
  pointsMissed: PointMiss[];
}

export function scoreRound(state: RoundState): RoundReport {
  const byId = new Map(state.questions.map((q) => [q.item.id, q.item]));
  const results = state.questions.map(
    (q) =>
      state.results.find((r) => r.itemId === q.item.id) ?? {
        itemId: q.item.id,
        section: q.section,
        topic: q.item.topic,
        kind: q.item.kind,
        outcome: 'not-reached' as const,
        ms: 0,
        score: 0,
        correct: false,
      },
  );

  const sections: SectionScore[] = [];
  for (const section of state.plan.sections) {
    const mine = results.filter((r) => r.section === section.kind);
    if (!mine.length) continue;
    sections.push({
      kind: section.kind,
      score: mean(mine.map((r) => r.score)),
      answered: mine.filter((r) => r.outcome === 'answered').length,
      total: mine.length,
      usedMs: mine.reduce((sum, r) => sum + r.ms, 0),
      boxMs: section.ms,
    });
  }
  const boxTotal = sections.reduce((sum, s) => sum + s.boxMs, 0);
  const score = boxTotal ? sections.reduce((sum, s) => sum + s.score * s.boxMs, 0) / boxTotal : 0;

  const topicScores = new Map<string, number[]>();
  for (const r of results) {
    if (r.outcome === 'not-reached') continue;
    topicScores.set(r.topic, [...(topicScores.get(r.topic) ?? []), r.score]);
  }
  const topics = [...topicScores.entries()]
    .map(([topic, scores]) => ({ topic, score: mean(scores), count: scores.length }))
    .sort((a, b) => a.score - b.score || a.topic.localeCompare(b.topic));

  const missed: MissedItem[] = [];
  const rubricMissed: RubricMiss[] = [];
  const pointsMissed: PointMiss[] = [];
  for (const r of results) {
    const item = byId.get(r.itemId);
    if (!item) continue;
    if (isMissed(r)) missed.push(missedItem(r, item));
    if (r.outcome === 'answered' && r.ticks) {
      rubricMissed.push(...rubricMisses(item, r));
      pointsMissed.push(...pointMisses(item, r));
    }
  }

  return {
    ending: state.ending ?? 'finished',
    score,
    answered: results.filter((r) => r.outcome === 'answered').length,
    total: results.length,
    usedMs: results.reduce((sum, r) => sum + r.ms, 0),
    sections,
    topics,
    questions: results.map((r) => ({
      itemId: r.itemId,
      section: r.section,
      kind: r.kind,
      outcome: r.outcome,
      ms: r.ms,
      score: r.score,
    })),
    missed,
    rubricMissed,
    pointsMissed,
  };
}

function isMissed(r: QuestionResult): boolean {
  return r.outcome === 'unanswered' || (r.outcome === 'answered' && !r.correct);
}

function missedItem(r: QuestionResult, item: Item): MissedItem {
  const out: MissedItem = {
    itemId: r.itemId,
    section: r.section,
    kind: r.kind,
    topic: r.topic,
    summary: r.outcome === 'unanswered' ? 'No answer in time' : (r.summary ?? 'Missed'),
    right: rightOf(item),
    explanation: explanationOf(item),
    ...(item.kind === 'numeric' ? { solution: item.solution } : {}),
  };
  // An unanswered question has no rating: nothing was recalled (see record.ts).
  if (r.outcome === 'answered' && r.rating !== undefined) out.rating = r.rating;
  return out;
}

function rightOf(item: Item): string {
  if (item.kind === 'flashcard') return item.back;
  if (isGradable(item)) {
    try {
      return rightAnswerText(item);
    } catch {
      return '';
    }
  }
  return '';
}

function explanationOf(item: Item): string {
  if (item.kind === 'flashcard') return item.explanation ?? '';
  return item.explanation;
}

/** Whether a point was on screen while grading (rounds without `seen` showed every point). */
function wasSeen(seen: Ticks | undefined, group: RubricGroup, index: number): boolean {
  if (!seen) return true;
  return Array.isArray(seen)
    ? seen[index] === true
    : group !== 'key-points' && seen[group]?.[index] === true;
}

/** The dimensions (scenario) or key points (free response) below the pass mark. */
function rubricMisses(item: Item, r: QuestionResult): RubricMiss[] {
  const ticks = r.ticks;
  if (!ticks) return [];
  const groups: Array<[RubricGroup, { point: string; weight: number }[], boolean[]]> = [];
  if (item.kind === 'scenario' && !Array.isArray(ticks)) {
    for (const d of rubricDimensions) groups.push([d, item.rubric[d], ticks[d] ?? []]);
  } else if (item.kind === 'free-response' && Array.isArray(ticks)) {
    groups.push(['key-points', item.keyPoints, ticks]);
  }
  const out: RubricMiss[] = [];
  for (const [dimension, points, ticked] of groups) {
    // Judged on the points that were on screen: a dimension never shown is not missed.
    const shown = points.map((_, i) => wasSeen(r.seen, dimension, i));
    if (!shown.some(Boolean)) continue;
    const total = points.reduce((sum, p, i) => sum + (shown[i] ? p.weight : 0), 0);
    const got = points.reduce((sum, p, i) => sum + (ticked[i] && shown[i] ? p.weight : 0), 0);
    const score = total ? got / total : 0;
    if (score < RUBRIC_PASS - 1e-9) {
      out.push({
        itemId: item.id,
        dimension,
        score,
        missedPoints: points.filter((_, i) => !ticked[i] && shown[i]).map((p) => p.point),
      });
    }
  }
  return out;
}

/** The points of a graded open answer that were not ticked. */
function pointMisses(item: Item, r: QuestionResult): PointMiss[] {
  const ticks = r.ticks;
  // Ticks come per dimension for a scenario and as one list for a free response.
  if (!ticks || Array.isArray(ticks) !== (item.kind === 'free-response')) return [];
  const ticked = (group: RubricGroup, index: number): boolean =>
    Array.isArray(ticks)
      ? ticks[index] === true
      : group !== 'key-points' && ticks[group]?.[index] === true;
  return pointsOf(item)
    .filter((p) => !ticked(p.group, p.index) && wasSeen(r.seen, p.group, p.index))
    .map((p) => ({
      itemId: item.id,
      dimension: p.group,
      index: p.index,
      point: p.point,
      links: p.links,
    }));
}

function mean(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}
