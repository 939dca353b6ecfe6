// The cold-start simulator: a run of the SimFaaS-style model in slices (results fill in as it
// goes) and a chart of the cold-start probability against keep-alive or rate from short runs.
import { Text } from 'ink';
import { useMemo, useState } from 'react';
import { formatCount, formatInt, formatPct, significant } from '../../../core/format.js';
import {
  compactNumber,
  decades,
  interpolateLogX,
  logGrid,
  logIndex,
} from '../../../core/log-scale.js';
import { sequenceRuns } from '../../../sim/chunked.js';
import { explainColdStart } from '../../../sim/explain.js';
import { meanRate } from '../../../sim/models/arrivals.js';
import {
  type ColdStartParams,
  type ColdStartResult,
  createColdStartRun,
} from '../../../sim/models/cold-start.js';
import { coldStartQuantity, whyLine } from '../../../sim/predict.js';
import { buildColdStart, type SimResources } from '../../../sim/screen-params.js';
import {
  type ColdStartAxis,
  coldStartRange,
  coldStartSweep,
  type XRange,
} from '../../../sim/sweeps.js';
import { Chart } from '../../components/chart.js';
import { type ChartData, chartPoints } from '../../components/chart-grid.js';
import { type SimulationState, useSimulation } from '../../hooks/use-simulation.js';
import type { Flags } from '../../routes.js';
import { colors, glyphs, utf8 } from '../../theme.js';
import { useSimControls } from './controls.js';
import { progressBar, type ResultRow, ResultsTable, runStatus, SimBody } from './parts.js';
import { predictionPart, usePredictedRun } from './predict.js';

/** Three latencies in one unit: 210/480/1,900 ms, or 1.4/6/9.4 s from 10 s up. */
/** The single-environment curve's name (ASCII where the locale has no UTF-8). */
const SINGLE_LABEL = utf8 ? 'e^(−λT)' : 'e^(-rate*T)';

function latencies(l: ColdStartResult['latencyMs']): string {
  const secs = l.p99 >= 10_000;
  const f = (x: number) => significant(secs ? x / 1000 : x, 3);
  return `${f(l.p50)}/${f(l.p95)}/${f(l.p99)} ${secs ? 's' : 'ms'}`;
}

function resultRows(r: ColdStartResult | undefined, slots: number): ResultRow[] {
  if (!r) return [{ label: 'requests', value: glyphs.ellipsis }];
  // Environments that serve several requests at once: say environments and slots.
  const multi = slots > 1;
  return [
    { label: 'requests', value: formatInt(r.requests) },
    {
      label: 'cold starts',
      value: formatPct(r.coldStartProbability),
      note: formatInt(r.coldStarts),
      color: colors.accent,
    },
    { label: 'rejected', value: formatPct(r.rejectionProbability), note: formatInt(r.rejected) },
    multi
      ? { label: 'mean environments', value: significant(r.meanInstances, 4) }
      : { label: 'mean instances', value: significant(r.meanInstances, 4), note: 'busy + idle' },
    {
      label: multi ? 'mean busy slots' : 'mean busy',
      value: significant(r.meanBusy, 4),
      note: utf8 ? 'λ × duration' : 'rate x duration',
    },
    multi
      ? { label: 'slots per env', value: formatInt(slots), note: 'newest env first' }
      : { label: 'mean idle', value: significant(r.meanIdle, 4) },
    { label: multi ? 'peak environments' : 'peak instances', value: formatInt(r.peakInstances) },
    { label: 'latency p50/p95/p99', value: latencies(r.latencyMs) },
  ];
}

function sweepChart(
  p: ColdStartParams,
  axis: ColdStartAxis,
  range: XRange,
  sampleXs: number[],
  sweep: SimulationState<(ColdStartResult | undefined)[]>,
  width: number,
  full: ColdStartResult | undefined,
): ChartData {
  const n = chartPoints(width);
  const xs = logGrid(range.lo, range.hi, n);
  const simulated = interpolateLogX(
    sampleXs,
    (sweep.snapshot ?? []).map((r) => r?.coldStartProbability),
    xs,
  );
  const lambda = meanRate(p.arrivals);
  const single = xs.map((x) =>
    axis === 'keepAlive' ? Math.exp(-lambda * x) : Math.exp(-x * p.keepAliveS),
  );
  const now = axis === 'keepAlive' ? p.keepAliveS : lambda;
  const nowIndex = logIndex(now, range.lo, range.hi, n);
  const mine = full?.coldStartProbability;
  const top = 1.1 * Math.max(0.001, ...simulated.map((v) => v ?? 0), ...single, mine ?? 0);
  return {
    // The panel's own run at the "now" marker, so chart and panel agree there.
    points:
      nowIndex === null || mine === undefined
        ? []
        : [{ index: nowIndex, value: mine, ch: glyphs.point, color: colors.warn }],
    series: [
      { label: SINGLE_LABEL, values: single, color: colors.dim, style: 'dotted' },
      { label: 'P(cold)', values: simulated, color: colors.accent },
    ],
    markers:
      nowIndex === null
        ? []
        : [{ index: nowIndex, ch: glyphs.nowMarker, color: colors.warn, label: 'now' }],
    min: 0,
    max: Math.min(1, top),
    yFormat: (y) => formatPct(y),
    xTicks: decades(range.lo, range.hi).map((d) => ({
      index: logIndex(d, range.lo, range.hi, n) ?? 0,
      text: compactNumber(d),
    })),
  };
}

export function ColdStartScreen({ cmd, res }: { cmd: Flags; res: SimResources }) {
  const [axis, setAxis] = useState<ColdStartAxis>('keepAlive');
  const controls = useSimControls('cold-start', cmd, res, [
    {
      input: 'x',
      keys: 'x',
      action: 'axis',
      run: () => setAxis((a) => (a === 'keepAlive' ? 'rate' : 'keepAlive')),
    },
  ]);
  const built = useMemo(() => {
    try {
      return buildColdStart(controls.values, res);
    } catch (error) {
      return { error: (error as Error).message };
    }
  }, [controls.values, res]);
  const params = 'error' in built ? undefined : built.params;
  const main = usePredictedRun(controls, params, createColdStartRun, (quantity, p, result) => ({
    actual: coldStartQuantity(quantity, result),
    why: whyLine(quantity, explainColdStart(p, result)),
  }));
  const range = useMemo(() => (params ? coldStartRange(params, axis) : undefined), [params, axis]);
  const sweepPlan = useMemo(
    () => (params && range ? coldStartSweep(params, axis, range) : undefined),
    [params, axis, range],
  );
  // The chart does not depend on the main run's horizon.
  const sweepKey =
    params && !controls.predict.on ? JSON.stringify({ ...params, horizonS: 0, axis }) : null;
  const sweep = useSimulation(sweepKey, () => sequenceRuns(sweepPlan!.makers));

  if (!params || !range || !sweepPlan) {
    return <Text color={colors.bad}>{'error' in built ? built.error : ''}</Text>;
  }
  const lambda = meanRate(params.arrivals);
  return (
    <SimBody
      status={runStatus(
        main,
        `${formatCount(params.horizonS)} s at ${significant(lambda, 4)} req/s, init ${significant(params.initMs, 4)} ms${'initNote' in built && built.initNote ? ` (${built.initNote})` : ''}`,
      )}
      panel={controls.panel}
      results={(layout) => (
        <ResultsTable
          rows={resultRows(main.snapshot, params.perEnvConcurrency ?? 1)}
          height={layout.resultRows}
          width={layout.resultsWidth}
        />
      )}
      chart={(rows, width) => (
        <Chart
          data={sweepChart(params, axis, range, sweepPlan.xs, sweep, width, main.snapshot)}
          height={rows}
          legend={[
            { ch: glyphs.chart.solid[4], label: 'P(cold), quick estimate', color: colors.accent },
            { ch: glyphs.point, label: 'this run', color: colors.warn },
            { ch: glyphs.chart.dotted[4], label: SINGLE_LABEL, color: colors.dim },
            { ch: glyphs.nowMarker, label: 'now', color: colors.warn },
            {
              ch: '',
              label:
                sweep.status === 'running'
                  ? `(vs ${axis === 'keepAlive' ? 'keep-alive s' : 'rate'}, ${progressBar(sweep.progress, 6)})`
                  : `(vs ${axis === 'keepAlive' ? 'keep-alive s' : 'req/s'}, log; x: switch)`,
            },
          ]}
        />
      )}
      {...(controls.explain ? { explain: explainColdStart(params, main.snapshot) } : {})}
      {...(controls.message ? { message: controls.message } : {})}
      {...(controls.predict.on ? { prediction: predictionPart(controls, main.progress) } : {})}
    />
  );
}
