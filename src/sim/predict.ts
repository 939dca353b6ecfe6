// "Predict, then run": what a simulator screen asks the learner to predict before it shows its
// results, how each quantity is read from a model's result, and how a prediction is graded.
//
// Tolerances (relative; the rating bands are ratingForRelativeError's: within ½ of it Easy,
// within it Good, within twice it Hard, beyond Again):
// - the Lambda monthly total: 10%, a bill is arithmetic on published prices;
// - the break-even volume, peak instances and peak connections: 25%, estimates of a line's
//   crossing or of random bursts;
// - probabilities: 25%, or half a percentage point when that is larger, so "about zero" is right
//   when the answer is 0.1% (a relative error alone would demand three digits of a tiny number).

import { formatPct, formatUsd } from '../core/format.js';
import {
  type NumberParse,
  parseNumberInput,
  type Rating,
  ratingForErrorRatio,
  ratingForRelativeError,
} from '../core/grading/index.js';
import { compactNumber } from '../core/log-scale.js';
import type { SimulatorName } from './help.js';
import type { ColdStartResult } from './models/cold-start.js';
import type { ConnectionsResult } from './models/connections.js';
import type { CostResult } from './models/cost.js';
import type { ParamValues } from './params.js';
import { predictLink } from './predict-links.js';

export const predictQuantities = [
  'break-even-fargate',
  'lambda-total',
  'cold-start-probability',
  'peak-instances',
  'peak-connections',
  'blocking-probability',
  'wait-probability',
] as const;
export type PredictQuantity = (typeof predictQuantities)[number];

export interface QuantitySpec {
  simulator: SimulatorName;
  label: string;
  unit: string;
  kind: 'count' | 'usd' | 'probability';
  /** Relative tolerance: an error within it is correct. */
  tolerance: number;
  /** An absolute error this small is always within tolerance (probabilities). */
  floor?: number;
  /** Which lines of the explain panel say why the value is what it is. */
  why: RegExp[];
}

const PROBABILITY_FLOOR = 0.005;

export const quantitySpecs: Record<PredictQuantity, QuantitySpec> = {
  'break-even-fargate': {
    simulator: 'cost',
    label: 'Break-even vs Fargate',
    unit: 'invocations/month',
    kind: 'count',
    tolerance: 0.25,
    why: [/^Break-even/, /^ {2}/],
  },
  'lambda-total': {
    simulator: 'cost',
    label: 'Lambda monthly total',
    unit: 'USD/month',
    kind: 'usd',
    tolerance: 0.1,
    why: [/^Requests:/, /^Duration:/, /^API Gateway/, /^Provisioned:/],
  },
  'cold-start-probability': {
    simulator: 'cold-start',
    label: 'Cold-start probability',
    unit: '% of requests',
    kind: 'probability',
    tolerance: 0.25,
    floor: PROBABILITY_FLOOR,
    why: [/^One instance:/, /^ {2}λ × duration/],
  },
  'peak-instances': {
    simulator: 'cold-start',
    label: 'Peak instances',
    unit: 'environments',
    kind: 'count',
    tolerance: 0.25,
    why: [/^Little's law/, /^More instances than busy/],
  },
  'peak-connections': {
    simulator: 'connections',
    label: 'Peak connections (held)',
    unit: 'connections',
    kind: 'count',
    tolerance: 0.25,
    why: [/^connections = environments/, /^not concurrency/],
  },
  'blocking-probability': {
    simulator: 'connections',
    label: 'Refused (Erlang B)',
    unit: '% of requests',
    kind: 'probability',
    tolerance: 0.25,
    floor: PROBABILITY_FLOOR,
    why: [/^offered load/, /^B\(/],
  },
  'wait-probability': {
    simulator: 'connections',
    label: 'Wait for a connection (Erlang C)',
    unit: '% of requests',
    kind: 'probability',
    tolerance: 0.25,
    floor: PROBABILITY_FLOOR,
    why: [/^pool c/, /^C = /],
  },
};

/** What can be predicted on a simulator with these values (connections: by --mode). */
export function quantitiesFor(name: SimulatorName, values: ParamValues): PredictQuantity[] {
  switch (name) {
    case 'cost':
      return ['break-even-fargate', 'lambda-total'];
    case 'cold-start':
      return ['cold-start-probability', 'peak-instances'];
    case 'connections':
      if (values.mode === 'per-invocation') return ['blocking-probability'];
      if (values.mode === 'proxy') return ['wait-probability'];
      return ['peak-connections'];
  }
}

/** The cost model's value of a quantity; null when there is none (no break-even). */
export function costQuantity(q: PredictQuantity, r: CostResult): number | null {
  if (q === 'break-even-fargate') return r.breakEven.fargate;
  if (q === 'lambda-total') return r.lambda.total;
  throw new Error(`${q} is not a cost quantity`);
}

/** The simulated value of a cold-start quantity. */
export function coldStartQuantity(q: PredictQuantity, r: ColdStartResult): number {
  if (q === 'cold-start-probability') return r.coldStartProbability;
  if (q === 'peak-instances') return r.peakInstances;
  throw new Error(`${q} is not a cold-start quantity`);
}

/**
 * A connections quantity: the simulated peak for held connections; for the loss and queue
 * modes the analytic Erlang B / C value of the same load, which the simulation converges to
 * (exact, so a right calculation is graded right whatever the run's noise).
 */
export function connectionsQuantity(q: PredictQuantity, r: ConnectionsResult): number | null {
  if (q === 'peak-connections') return r.peakConnections;
  if (q === 'blocking-probability') return r.erlangB ?? null;
  if (q === 'wait-probability') return r.proxy?.erlangC.waitProbability ?? null;
  throw new Error(`${q} is not a connections quantity`);
}

/** A value of the quantity as the screen shows it: 8.72M, $103.33, 4.5%. */
export function formatQuantity(q: PredictQuantity, value: number): string {
  switch (quantitySpecs[q].kind) {
    case 'usd':
      return formatUsd(value);
    case 'probability':
      return formatPct(value);
    case 'count':
      return compactNumber(value);
  }
}

/** Reads a typed prediction: 8.7M, 2e6, $103, 0.4% (probabilities: 12% or 0.12). */
export function parsePrediction(q: PredictQuantity, text: string): NumberParse {
  const parsed = parseNumberInput(text);
  if (!parsed.ok) return parsed;
  if (parsed.value < 0) return { ok: false, hint: 'A prediction cannot be negative' };
  if (quantitySpecs[q].kind === 'probability' && parsed.value > 1) {
    return { ok: false, hint: 'A probability: type 12% or 0.12' };
  }
  return parsed;
}

export interface PredictionGrade {
  /** |predicted − actual| / |actual|; null when the actual value is 0. */
  relativeError: number | null;
  rating: Rating;
  /** Within the quantity's tolerance. */
  correct: boolean;
  /** 1 within tolerance, falling to 0 at twice it (as a quiz's numeric answer). */
  score: number;
}

export function gradePrediction(
  q: PredictQuantity,
  predicted: number,
  actual: number,
): PredictionGrade {
  const spec = quantitySpecs[q];
  const error = Math.abs(predicted - actual);
  const allowed = Math.max(spec.tolerance * Math.abs(actual), spec.floor ?? 0);
  const ratio = allowed > 0 ? error / allowed : error === 0 ? 0 : Number.POSITIVE_INFINITY;
  const relativeError = actual !== 0 ? error / Math.abs(actual) : null;
  const rating =
    relativeError !== null && allowed > 0
      ? ratingForRelativeError(relativeError, allowed / Math.abs(actual))
      : ratingForErrorRatio(ratio);
  const correct = rating >= 3;
  const score = correct ? 1 : Math.max(0, Math.min(1, 2 - ratio));
  return { relativeError, rating, correct, score };
}

/** The tolerance in words: "25%", "25% or 0.5 points". */
export function toleranceText(q: PredictQuantity): string {
  const spec = quantitySpecs[q];
  const rel = `${Math.round(spec.tolerance * 100)}%`;
  return spec.floor ? `${rel} or ${spec.floor * 100} points` : rel;
}

/** The explain panel's lines that say why, as one line. */
export function whyLine(q: PredictQuantity, explain: readonly string[]): string {
  const patterns = quantitySpecs[q].why;
  return explain
    .filter((line) => patterns.some((p) => p.test(line)))
    .map((line) => line.trim())
    .join(' · ');
}

/** The review event of a graded prediction (see the event contract). */
export function predictionReview(
  q: PredictQuantity,
  predicted: number,
  actual: number,
  grade: PredictionGrade,
  params: unknown,
) {
  return {
    type: 'review' as const,
    itemId: predictLink(q, params),
    rating: grade.rating,
    source: 'predict' as const,
    correct: grade.correct,
    score: grade.score,
    answer: { quantity: q, predicted, actual, params },
  };
}
