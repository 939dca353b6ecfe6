// Predict-first mode on a simulator screen: the prompt that takes the prediction while the
// results are hidden, the verdict beside the revealed results, and the hook that grades a
// submitted prediction once the model's value is in and appends it as a review at once.
import { Box, Text } from 'ink';
import { type ReactNode, useEffect, useRef } from 'react';
import type { Rating } from '../../../core/grading/index.js';
import type { SimRun } from '../../../sim/models/run.js';
import {
  formatQuantity,
  gradePrediction,
  type PredictQuantity,
  predictionExamples,
  predictionReview,
  quantitySpecs,
  toleranceText,
} from '../../../sim/predict.js';
import { type SimulationState, useSimulation } from '../../hooks/use-simulation.js';
import { useServices } from '../../services.js';
import { colors } from '../../theme.js';
import type { SimControls } from './controls.js';
import { progressBar } from './parts.js';
import { hidesResults } from './predict-state.js';

/** The model's value of the submitted quantity (null: it has none) and the why line. */
export interface PredictAnswer {
  actual: number | null;
  why: string;
  /** The model's parameters, logged with the prediction so it can be reproduced. */
  params: unknown;
}

const ratingName: Record<Rating, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };
const ratingColor: Record<Rating, string> = {
  1: colors.bad,
  2: colors.warn,
  3: colors.good,
  4: colors.good,
};

/**
 * Grades the waiting prediction once `answer` is there (undefined: the model has not finished
 * with the current values), appends the review and reveals the grade. `noValue` says why a
 * null value cannot be graded.
 */
export function usePredictGrading(
  controls: SimControls,
  answer: PredictAnswer | undefined,
  noValue = 'The model has no value for this: nothing to grade.',
): void {
  const services = useServices();
  const p = controls.predict;
  const round = p.on && p.phase === 'waiting' ? p.submitted?.round : undefined;
  const ready = answer !== undefined;
  const latest = useRef({ controls, answer, noValue });
  latest.current = { controls, answer, noValue };
  const graded = useRef(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the effect reads the answer from `latest`; `ready` is when to run
  useEffect(() => {
    const { controls: c, answer: a, noValue: reason } = latest.current;
    const sub = c.predict.submitted;
    if (round === undefined || !a || !sub || graded.current >= round) return;
    graded.current = round;
    if (a.actual === null) {
      c.reveal(round, { graded: false, reason, why: a.why });
      return;
    }
    const grade = gradePrediction(sub.quantity, sub.value, a.actual);
    services.store().append(predictionReview(sub.quantity, sub.value, a.actual, grade, a.params));
    c.reveal(round, { graded: true, actual: a.actual, why: a.why, ...grade });
  }, [round, ready, services]);
}

function Lines({ height, children }: { height: number; children: ReactNode }) {
  return (
    <Box flexDirection="column" height={Math.max(1, height)} overflow="hidden">
      {children}
    </Box>
  );
}

/** The prompt while the results are hidden: the quantity, the typed text, or the run's progress. */
function Pending({ c, progress, height }: { c: SimControls; progress?: number; height: number }) {
  const p = c.predict;
  const q = p.phase === 'waiting' && p.submitted ? p.submitted.quantity : c.quantity;
  const spec = quantitySpecs[q];
  const choice =
    c.quantities.length > 1 ? ` (${c.quantities.indexOf(q) + 1} of ${c.quantities.length})` : '';
  return (
    <Lines height={height}>
      <Text wrap="truncate-end">
        <Text color={colors.warn}>Prediction pending</Text>
        <Text color={colors.dim}> · results hidden</Text>
      </Text>
      <Text wrap="truncate-end">
        Predict: <Text bold>{spec.label}</Text>
        <Text color={colors.dim}>{choice}</Text>
      </Text>
      <Text wrap="truncate-end" color={colors.dim}>
        {'  '}
        {spec.unit}, graded within {toleranceText(q)}
      </Text>
      {p.phase === 'waiting' && p.submitted ? (
        <>
          <Text wrap="truncate-end">
            Yours: <Text color={colors.accent}>{formatQuantity(q, p.submitted.value)}</Text>
          </Text>
          <Text wrap="truncate-end" color={colors.accent}>
            running the model… {progressBar(progress ?? 0, 10)}
          </Text>
        </>
      ) : (
        <>
          <Text wrap="truncate-end">
            Yours: <Text color={colors.accent}>{p.text}</Text>
            <Text inverse> </Text>
          </Text>
          <Text wrap="truncate-end" color={colors.dim}>
            {predictionExamples(q)} · Enter: run and grade
          </Text>
        </>
      )}
    </Lines>
  );
}

/** The graded prediction beside the model's value, with the why line. */
function Verdict({ c, height }: { c: SimControls; height: number }) {
  const p = c.predict;
  const o = p.outcome;
  const sub = p.submitted;
  if (!o || !sub) return null;
  const q = sub.quantity;
  const head = (
    <Text wrap="truncate-end">
      <Text bold>Your prediction</Text>
      <Text color={colors.dim}> · {quantitySpecs[q].label}</Text>
    </Text>
  );
  const footer = (
    <Text wrap="truncate-end" color={colors.dim}>
      Enter: predict again · P: predict off
    </Text>
  );
  if (!o.graded) {
    return (
      <Lines height={height}>
        {head}
        <Text wrap="wrap">{o.reason}</Text>
        {footer}
      </Lines>
    );
  }
  const off = o.relativeError === null ? 'exact zero' : `off by ${formatPctShort(o.relativeError)}`;
  return (
    <Lines height={height}>
      {head}
      <Text wrap="truncate-end">
        yours <Text color={colors.accent}>{formatQuantity(q, sub.value)}</Text> · model{' '}
        <Text bold>{formatQuantity(q, o.actual)}</Text> · {off} ·{' '}
        <Text color={ratingColor[o.rating]} bold>
          {ratingName[o.rating]}
        </Text>
        <Text color={colors.dim}>
          {' '}
          ({o.correct ? 'within' : 'outside'} {toleranceText(q)})
        </Text>
      </Text>
      <Box height={Math.max(0, height - 3)} overflow="hidden">
        <Text wrap="wrap" color={colors.dim}>
          why: {o.why}
        </Text>
      </Box>
      {footer}
    </Lines>
  );
}

/** A relative error as a short percentage: 0.2%, 35%, 1,200%. */
function formatPctShort(x: number): string {
  const v = x * 100;
  return `${v < 10 ? Number(v.toPrecision(2)) : Math.round(v).toLocaleString('en-US')}%`;
}

/** What SimBody shows for predict mode (undefined when it is off). */
export interface PredictionPart {
  /** The results and chart are hidden; `view` takes the results' place. */
  hide: boolean;
  view: (rows: number, width: number) => ReactNode;
}

export function predictionPart(c: SimControls, progress?: number): PredictionPart | undefined {
  if (!c.predict.on) return undefined;
  const hide = hidesResults(c.predict);
  return {
    hide,
    view: (rows) =>
      hide ? (
        <Pending c={c} height={rows} {...(progress === undefined ? {} : { progress })} />
      ) : (
        <Verdict c={c} height={rows} />
      ),
  };
}

/**
 * The screen's main simulation run, held back while a prediction is being typed (the params'
 * seed makes it repeatable), and the submitted prediction graded once the run is done.
 */
export function usePredictedRun<P, R>(
  controls: SimControls,
  params: P | undefined,
  create: (params: P) => SimRun<R>,
  answerOf: (quantity: PredictQuantity, params: P, result: R) => Omit<PredictAnswer, 'params'>,
): SimulationState<R> {
  const predict = controls.predict;
  const pending = hidesResults(predict) && predict.phase === 'entering';
  const key = params !== undefined && !pending ? JSON.stringify(params) : null;
  const main = useSimulation(key, () => create(params as P));
  const sub = predict.submitted;
  const answer: PredictAnswer | undefined =
    params !== undefined &&
    sub &&
    predict.phase === 'waiting' &&
    main.status === 'done' &&
    main.key === key &&
    main.snapshot !== undefined
      ? { ...answerOf(sub.quantity, params, main.snapshot), params }
      : undefined;
  usePredictGrading(controls, answer);
  return main;
}
