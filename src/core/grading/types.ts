// What a learner answered and what it earned; shared by the quiz and the mock interview.
import type { McqItem, NumericItem, OrderingItem, SpotTheErrorItem } from '../content/schema.js';

/** An FSRS rating: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type Rating = 1 | 2 | 3 | 4;

/** The kinds answered at the keyboard and graded automatically. */
export type GradableItem = McqItem | NumericItem | OrderingItem | SpotTheErrorItem;
export type GradableKind = GradableItem['kind'];
export const gradableKinds: readonly GradableKind[] = [
  'mcq',
  'numeric',
  'ordering',
  'spot-the-error',
];

export function isGradable(item: { kind: string }): item is GradableItem {
  return (gradableKinds as readonly string[]).includes(item.kind);
}

export type Answer =
  /** Indices into `item.choices` in content order (not the shuffled display order). */
  | { kind: 'mcq'; selected: number[] }
  | { kind: 'numeric'; value: number }
  /** The learner's arrangement, as indices into `item.steps` (content order is the right order). */
  | { kind: 'ordering'; order: number[] }
  | { kind: 'spot-the-error'; saysTrue: boolean };

export interface Grade {
  /** Fully right (mcq: exactly the right set; numeric: within tolerance; ordering: all in order). */
  correct: boolean;
  /** Partial credit, 0..1. */
  score: number;
  rating: Rating;
  /** Numeric only: |answer − expected| / |expected| (absent when expected is 0). */
  relativeError?: number;
  /** One line: "Right", "Off by 38%", "2 of 4 steps in order". */
  summary: string;
}
