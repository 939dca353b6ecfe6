// The connections simulator: connections held per environment, per invocation (a loss system,
// Erlang B) or through a proxy's pool (a queue, Erlang C), simulated in slices, with the
// analytic values beside the simulated ones and a chart against the usable connections.
import { Text } from 'ink';
import { useMemo } from 'react';
import { formatCount, formatInt, formatPct, significant } from '../../../core/format.js';
import {
  compactNumber,
  decades,
  interpolateLogX,
  logGrid,
  logIndex,
} from '../../../core/log-scale.js';
import { sequenceRuns } from '../../../sim/chunked.js';
import { explainConnections } from '../../../sim/explain.js';
import { analyticLabel } from '../../../sim/format.js';
import { meanRate } from '../../../sim/models/arrivals.js';
import {
  type ConnectionsParams,
  type ConnectionsResult,
  createConnectionsRun,
} from '../../../sim/models/connections.js';
import { connectionsQuantity, whyLine } from '../../../sim/predict.js';
import { buildConnections, type SimResources } from '../../../sim/screen-params.js';
import {
  capacityRate,
  connectionsRange,
  erlangCurve,
  heldSweep,
  type XRange,
} from '../../../sim/sweeps.js';
import { Chart, type LegendEntry } from '../../components/chart.js';
import { type ChartData, type ChartMarker, chartPoints } from '../../components/chart-grid.js';
import { type SimulationState, useSimulation } from '../../hooks/use-simulation.js';
import type { Flags } from '../../routes.js';
import { colors, glyphs, utf8 } from '../../theme.js';
import { useSimControls } from './controls.js';
import { progressBar, type ResultRow, ResultsTable, runStatus, SimBody } from './parts.js';
import { predictionPart, usePredictedRun } from './predict.js';

/** The busy-connections line's name (ASCII where the locale has no UTF-8). */
const BUSY_LABEL = utf8 ? 'λ × d' : 'rate x d';

const n4 = (x: number) => significant(x, 4);
const ms = (x: number) => `${significant(x, 3)} ms`;

function resultRows(p: ConnectionsParams, r: ConnectionsResult | undefined): ResultRow[] {
  if (!r) return [{ label: 'requests', value: glyphs.ellipsis }];
  const rows: ResultRow[] = [
    { label: 'requests', value: formatInt(r.requests) },
    { label: 'mean connections', value: n4(r.meanConnections), color: colors.accent },
    {
      label: 'peak connections',
      value: formatInt(r.peakConnections),
      note: `of ${formatInt(r.usableConnections)} usable`,
    },
  ];
  if (r.held) {
    rows.push(
      {
        label: 'failed requests',
        value: formatPct(r.failureProbability),
        note: formatInt(r.failedRequests),
      },
      { label: 'mean busy', value: n4(r.held.meanBusy), note: 'concurrency' },
      { label: 'cold starts', value: formatInt(r.held.coldStarts) },
      { label: 'throttled', value: formatInt(r.held.throttled) },
    );
  } else if (r.proxy) {
    const c = r.proxy.erlangC;
    rows.push(
      { label: 'waited (simulated)', value: formatPct(r.proxy.waitProbability) },
      {
        label: analyticLabel('Erlang C', r.analyticRate),
        value: formatPct(c.waitProbability),
        color: colors.warn,
      },
      { label: 'mean wait (sim)', value: ms(r.proxy.meanWaitMs) },
      {
        label: 'Erlang C mean wait',
        value: c.meanWaitMs === null ? 'unbounded' : ms(c.meanWaitMs),
        color: colors.warn,
      },
      {
        label: 'timeouts',
        value: formatInt(r.proxy.timeouts),
        note: `after ${n4(p.borrowTimeoutS)} s`,
      },
      {
        label: 'offered load',
        value: `${n4(r.offeredLoad ?? 0)} E`,
        note: `pool ${formatInt(r.proxy.poolSize)}`,
      },
    );
  } else {
    rows.push(
      { label: 'offered load', value: `${n4(r.offeredLoad ?? 0)} E` },
      {
        label: 'refused (simulated)',
        value: formatPct(r.failureProbability),
        note: formatInt(r.failedRequests),
      },
      {
        label: analyticLabel('Erlang B', r.analyticRate),
        value: formatPct(r.erlangB ?? 0),
        color: colors.warn,
      },
    );
  }
  return rows;
}

function ticks(range: XRange, n: number) {
  return decades(range.lo, range.hi).map((d) => ({
    index: logIndex(d, range.lo, range.hi, n) ?? 0,
    text: compactNumber(d),
  }));
}

function nowMarker(p: ConnectionsParams, range: XRange, n: number): ChartMarker[] {
  const i = logIndex(meanRate(p.arrivals), range.lo, range.hi, n);
  return i === null ? [] : [{ index: i, ch: glyphs.nowMarker, color: colors.accent, label: 'now' }];
}

/** Held: simulated connections against rate, with concurrency and the usable line. */
function heldChart(
  p: ConnectionsParams,
  range: XRange,
  sampleXs: number[],
  sweep: SimulationState<(ConnectionsResult | undefined)[]>,
  width: number,
): ChartData {
  const n = chartPoints(width);
  const xs = logGrid(range.lo, range.hi, n);
  const usable = p.maxConnections - p.reserved;
  const simulated = interpolateLogX(
    sampleXs,
    (sweep.snapshot ?? []).map((r) => r?.meanConnections),
    xs,
  );
  // Not capped: past the top the chart shows it off the scale (↑), not as a plateau.
  const busy = xs.map((x) => (x * p.durationMs) / 1000);
  const top = Math.max(usable * 1.15, ...simulated.map((v) => v ?? 0));
  return {
    series: [
      { label: 'usable', values: xs.map(() => usable), color: colors.bad, style: 'dotted' },
      { label: BUSY_LABEL, values: busy, color: colors.dim, style: 'double' },
      { label: 'connections', values: simulated, color: colors.accent },
    ],
    markers: nowMarker(p, range, n),
    min: 0,
    max: top,
    yFormat: (y) => compactNumber(Math.round(y)),
    xTicks: ticks(range, n),
  };
}

/** Per-invocation / proxy: Erlang B or C against rate, marked where the load reaches the connections. */
function erlangChart(p: ConnectionsParams, range: XRange, width: number): ChartData {
  const n = chartPoints(width);
  const xs = logGrid(range.lo, range.hi, n);
  const markers = nowMarker(p, range, n);
  const full = logIndex(capacityRate(p), range.lo, range.hi, n);
  if (full !== null)
    markers.unshift({ index: full, ch: glyphs.marker, color: colors.bad, label: 'A = c' });
  return {
    series: [{ label: 'probability', values: erlangCurve(p, xs), color: colors.warn }],
    markers,
    min: 0,
    max: 1,
    yFormat: (y) => formatPct(y),
    xTicks: ticks(range, n),
  };
}

export function ConnectionsScreen({ cmd, res }: { cmd: Flags; res: SimResources }) {
  const controls = useSimControls('connections', cmd, res);
  const built = useMemo(() => {
    try {
      return { params: buildConnections(controls.values) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  }, [controls.values]);
  const params = built.params;
  const main = usePredictedRun(controls, params, createConnectionsRun, (quantity, p, result) => ({
    actual: connectionsQuantity(quantity, result),
    why: whyLine(quantity, explainConnections(p, result)),
  }));
  const range = useMemo(() => (params ? connectionsRange(params) : undefined), [params]);
  const held = params?.mode === 'held';
  const sweepPlan = useMemo(
    () => (params && range && held ? heldSweep(params, range) : undefined),
    [params, range, held],
  );
  const sweepKey =
    params && held && !controls.predict.on ? JSON.stringify({ ...params, horizonS: 0 }) : null;
  const sweep = useSimulation(sweepKey, () => sequenceRuns(sweepPlan!.makers));

  if (!params || !range) return <Text color={colors.bad}>{built.error}</Text>;
  const usable = params.maxConnections - params.reserved;
  const legend: LegendEntry[] = held
    ? [
        { ch: glyphs.chart.solid[4], label: 'connections, quick estimate', color: colors.accent },
        { ch: glyphs.chart.double[4], label: BUSY_LABEL, color: colors.dim },
        { ch: glyphs.chart.dotted[4], label: `usable ${formatInt(usable)}`, color: colors.bad },
        { ch: glyphs.up, label: 'off scale' },
        {
          ch: '',
          label:
            sweep.status === 'running'
              ? `(vs req/s, ${progressBar(sweep.progress, 6)})`
              : '(vs req/s, log)',
        },
      ]
    : [
        {
          ch: glyphs.chart.solid[4],
          label: params.mode === 'proxy' ? 'Erlang C: P(wait)' : 'Erlang B: P(refused)',
          color: colors.warn,
        },
        { ch: glyphs.marker, label: 'load = connections', color: colors.bad },
        { ch: glyphs.nowMarker, label: 'now', color: colors.accent },
        { ch: '', label: '(vs req/s, log)' },
      ];
  return (
    <SimBody
      status={runStatus(
        main,
        `${formatCount(params.horizonS)} s of ${params.mode} connections at ${n4(meanRate(params.arrivals))} req/s`,
      )}
      panel={controls.panel}
      results={(layout) => (
        <ResultsTable
          rows={resultRows(params, main.snapshot)}
          height={layout.resultRows}
          width={layout.resultsWidth}
        />
      )}
      chart={(rows, width) => (
        <Chart
          data={
            held && sweepPlan
              ? heldChart(params, range, sweepPlan.xs, sweep, width)
              : erlangChart(params, range, width)
          }
          height={rows}
          legend={legend}
        />
      )}
      {...(controls.explain ? { explain: explainConnections(params, main.snapshot) } : {})}
      {...(controls.message ? { message: controls.message } : {})}
      {...(controls.predict.on ? { prediction: predictionPart(controls, main.progress) } : {})}
    />
  );
}
