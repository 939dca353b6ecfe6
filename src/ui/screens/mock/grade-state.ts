// Self-grading an open answer as pure state: the rubric dimension by dimension (a free
// response: its key points), a cursor, a tick per point, and which points have been on screen.
// A point never shown is neither covered nor missed, so the view's window is marked seen with
// every grading key (the input hook passes the points the window shows).
import {
  type FreeResponseItem,
  rubricDimensions,
  type ScenarioItem,
  type WeightedPoint,
} from '../../../core/content/schema.js';
import { gradeRubric } from '../../../core/grading/rubric.js';
import type { Grade } from '../../../core/grading/types.js';
import type { Ticks } from '../../../core/mock/round.js';

export type OpenItem = ScenarioItem | FreeResponseItem;

export const dimensionNames: Record<string, string> = {
  requirements: 'Requirements',
  architecture: 'Architecture',
  scaling: 'Scaling',
  failure: 'Failure handling',
  cost: 'Cost',
  observability: 'Observability',
  'key-points': 'Key points',
};

export interface GradeGroup {
  name: string;
  points: WeightedPoint[];
}

export function groupsOf(item: OpenItem): GradeGroup[] {
  if (item.kind === 'free-response') return [{ name: 'key-points', points: item.keyPoints }];
  return rubricDimensions.map((d) => ({ name: d, points: item.rubric[d] }));
}

export interface GradeStep {
  kind: 'grade';
  group: number;
  cursor: number;
  ticks: boolean[][];
  /** Points that have been on screen, per group: only those can count as missed. */
  seen: boolean[][];
  /** The page of the reference pane (model answer, your answer) below the list. */
  page: number;
}

export function startGrading(item: OpenItem): GradeStep {
  const groups = groupsOf(item);
  return {
    kind: 'grade',
    group: 0,
    cursor: 0,
    ticks: groups.map((g) => g.points.map(() => false)),
    seen: groups.map((g) => g.points.map(() => false)),
    page: 0,
  };
}

/** Marks the current group's points at `visible` as shown. */
export function markSeen(step: GradeStep, visible: readonly number[]): GradeStep {
  const row = step.seen[step.group];
  if (!row || visible.every((i) => row[i] !== false)) return step;
  const next = row.map((s, i) => s || visible.includes(i));
  return { ...step, seen: step.seen.map((r, gi) => (gi === step.group ? next : r)) };
}

export function movePoint(step: GradeStep, item: OpenItem, by: number): GradeStep {
  const size = groupsOf(item)[step.group]?.points.length ?? 1;
  return { ...step, cursor: (((step.cursor + by) % size) + size) % size };
}

export function toggleTick(step: GradeStep): GradeStep {
  return {
    ...step,
    ticks: step.ticks.map((g, gi) =>
      gi === step.group ? g.map((t, i) => (i === step.cursor ? !t : t)) : g,
    ),
  };
}

export function turnPage(step: GradeStep, by: number, pages: number): GradeStep {
  const page = Math.max(0, Math.min(pages - 1, step.page + by));
  return page === step.page ? step : { ...step, page };
}

export function isLastGroup(step: GradeStep, item: OpenItem): boolean {
  return step.group >= groupsOf(item).length - 1;
}

export function nextGroup(step: GradeStep): GradeStep {
  return { ...step, group: step.group + 1, cursor: 0 };
}

/** Shapes per-group flags as the round stores them: per dimension, or one free-response list. */
function byGroup(item: OpenItem, groups: GradeGroup[], flags: boolean[][]): Ticks {
  return item.kind === 'free-response'
    ? (flags[0] ?? [])
    : Object.fromEntries(groups.map((g, gi) => [g.name, flags[gi] ?? []]));
}

/** The grade of the ticks, counting only the points that were on screen (all, if none weighs). */
export function gradeOf(
  item: OpenItem,
  step: GradeStep,
): { grade: Grade; ticks: Ticks; seen: Ticks } {
  const groups = groupsOf(item);
  const shown = groups.flatMap((g, gi) => g.points.map((_, i) => Boolean(step.seen[gi]?.[i])));
  const flat = groups.flatMap((g, gi) => g.points.map((_, i) => Boolean(step.ticks[gi]?.[i])));
  const all = groups.flatMap((g) => g.points);
  const judged = all.some((p, i) => shown[i] && p.weight > 0) ? shown : all.map(() => true);
  return {
    grade: gradeRubric(
      all.filter((_, i) => judged[i]),
      flat.filter((_, i) => judged[i]),
    ),
    ticks: byGroup(item, groups, step.ticks),
    seen: byGroup(item, groups, step.seen),
  };
}
