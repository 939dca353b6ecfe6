// "Predict, then run": what a simulator screen asks the learner to predict before it shows its
// results, how each quantity is read from a model's result, and how a prediction is graded.
//
// Predictions are graded by ratio (log error, gradeByRatio): a tolerance of 25% accepts ×/÷1.25
// of the actual value; the rating bands are ratingForErrorRatio's (within ½ of it Easy, within
// it Good, within twice it Hard, beyond Again). A fixed allowance in points would call 0.45%
// against 0.0335% "Good" though it is 13× off.
// - the Lambda monthly total: 10%, a bill is arithmetic on published prices;
// - the break-even volume, peak instances and peak connections: 25%, estimates of a line's
//   crossing or of random bursts;
// - probabilities: 25%; below 0.01% every value counts as 0.01%, so "about zero" is right when
//   the answer is about zero.

import { formatPct, formatUsd } from '../core/format.js';
import { type NumberParse, parseNumberInput, type Rating } from '../core/grading/index.js';
import { gradeByRatio } from '../core/grading/ratings.js';
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

interface QuantitySpec {
  simulator: SimulatorName;
  label: string;
  unit: string;
  kind: 'count' | 'usd' | 'probability';
  /** Relative tolerance: an error within it is correct. */
  tolerance: number;
  /** Values below this count as this (ratio grading needs a floor under zero). */
  floor: number;
  /** Which lines of the explain panel say why the value is what it is. */
  why: RegExp[];
}

const PROBABILITY_FLOOR = 0.0001;
/** Half a unit: 0 and 0 instances are equal; 0 against 1 is as far off as 1 against 2. */
const COUNT_FLOOR = 0.5;
const USD_FLOOR = 0.005;

export const quantitySpecs: Record<PredictQuantity, QuantitySpec> = {
  'break-even-fargate': {
    simulator: 'cost',
    label: 'Break-even vs Fargate',
    unit: 'invocations/month',
    kind: 'count',
    tolerance: 0.25,
    floor: COUNT_FLOOR,
    why: [/^Break-even/, /^ {2}/],
  },
  'lambda-total': {
    simulator: 'cost',
    label: 'Lambda monthly total',
    unit: 'USD/month',
    kind: 'usd',
    tolerance: 0.1,
    floor: USD_FLOOR,
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
    floor: COUNT_FLOOR,
    why: [/^Little's law/, /^More instances than busy/],
  },
  'peak-connections': {
    simulator: 'connections',
    label: 'Peak connections (held)',
    unit: 'connections',
    kind: 'count',
    tolerance: 0.25,
    floor: COUNT_FLOOR,
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
  const { rating, correct, score } = gradeByRatio(predicted, actual, spec.tolerance, spec.floor);
  const relativeError = actual !== 0 ? Math.abs(predicted - actual) / Math.abs(actual) : null;
  return { relativeError, rating, correct, score };
}

/** The tolerance in words: "×/÷1.25 (25%)". */
export function toleranceText(q: PredictQuantity): string {
  const spec = quantitySpecs[q];
  return `×/÷${Number((1 + spec.tolerance).toFixed(2))} (${Math.round(spec.tolerance * 100)}%)`;
}

/**
 * Examples of the input forms for the quantity's kind. Fixed values of their own, never the
 * model's answer for the default parameters (a test checks every quantity).
 */
export function predictionExamples(q: PredictQuantity): string {
  switch (quantitySpecs[q].kind) {
    case 'probability':
      return 'e.g. 2%, 0.05, 1e-3';
    case 'usd':
      return 'e.g. $40, 1.5k, 2,500';
    case 'count':
      return 'e.g. 40, 2.5k, 3e6';
  }
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
