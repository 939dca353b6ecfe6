// The data behind the simulator screens' charts: the cost model over a log grid of volumes, and
// the cold-start and connections models over a few keep-alive times or rates. Simulated points
// are short runs (a bounded number of requests each) so a whole chart takes a second or two.
import { decadeRange, logGrid } from '../core/log-scale.js';
import type { ArrivalSpec } from './models/arrivals.js';
import {
  type ColdStartParams,
  type ColdStartResult,
  createColdStartRun,
} from './models/cold-start.js';
import {
  type ConnectionsParams,
  type ConnectionsResult,
  createConnectionsRun,
} from './models/connections.js';
import { type CostParams, computeMonthlyCost } from './models/cost.js';
import { erlangB, erlangC } from './models/erlang.js';
import type { SimRun } from './models/run.js';
import type { PriceTable } from './prices.js';

export interface XRange {
  lo: number;
  hi: number;
}

/** Simulated points per chart. */
const SWEEP_POINTS = 12;
/** Requests one point aims for, and its hard cap (the chart's work is at most points × cap). */
const SWEEP_REQUESTS = 40_000;
export const SWEEP_MAX_REQUESTS = 120_000;

export function costRange(p: CostParams, breakEvens: readonly (number | null)[]): XRange {
  const marks = [p.invocations, ...breakEvens.filter((b): b is number => b !== null)];
  return decadeRange(marks, 1, 1, 1e13);
}

/** Lambda, Fargate and EC2 a month at each volume of `xs` (the model, without break-evens). */
export function costCurves(
  p: CostParams,
  prices: PriceTable,
  xs: readonly number[],
): { lambda: number[]; fargate: number[]; ec2: number[] } {
  const lambda: number[] = [];
  const fargate: number[] = [];
  const ec2: number[] = [];
  for (const x of xs) {
    const m = computeMonthlyCost({ ...p, invocations: Math.round(x) }, prices);
    lambda.push(m.lambda.total);
    fargate.push(m.fargate.total);
    ec2.push(m.ec2.total);
  }
  return { lambda, fargate, ec2 };
}

function withRate(a: ArrivalSpec, rate: number): ArrivalSpec {
  if (a.kind === 'replay') return a;
  return { ...a, rate };
}

function rateOf(a: ArrivalSpec): number {
  return a.kind === 'replay' ? 1 : a.rate;
}

/**
 * A short run's horizon: long enough for SWEEP_REQUESTS requests and several keep-alive periods
 * (runs start with no environments), capped at SWEEP_MAX_REQUESTS expected requests.
 */
export function sweepHorizon(rate: number, keepAliveS: number, durationMs: number): number {
  const wanted = Math.max(SWEEP_REQUESTS / rate, 5 * keepAliveS + (10 * durationMs) / 1000);
  return Math.min(wanted, SWEEP_MAX_REQUESTS / rate);
}

export type ColdStartAxis = 'keepAlive' | 'rate';

export function coldStartRange(p: ColdStartParams, axis: ColdStartAxis): XRange {
  if (axis === 'rate') return decadeRange([rateOf(p.arrivals)], 1, 1e-4, 1e6);
  const r = decadeRange([Math.max(1, p.keepAliveS)], 1, 0.1, 1e7);
  return { lo: Math.max(0.1, r.lo / 10), hi: r.hi };
}

/** Short cold-start runs at SWEEP_POINTS keep-alive times or rates across the range. */
export function coldStartSweep(
  p: ColdStartParams,
  axis: ColdStartAxis,
  range: XRange,
): { xs: number[]; makers: (() => SimRun<ColdStartResult>)[] } {
  const xs = logGrid(range.lo, range.hi, SWEEP_POINTS);
  const makers = xs.map((x) => () => {
    const keepAliveS = axis === 'keepAlive' ? x : p.keepAliveS;
    const arrivals = axis === 'rate' ? withRate(p.arrivals, x) : p.arrivals;
    return createColdStartRun({
      ...p,
      arrivals,
      keepAliveS,
      horizonS: sweepHorizon(rateOf(arrivals), keepAliveS, p.durationMs),
    });
  });
  return { xs, makers };
}

/** The arrival rate at which the offered load equals the connections (A = c). */
export function capacityRate(p: ConnectionsParams): number {
  const usable = p.maxConnections - p.reserved;
  if (p.mode === 'proxy') return (p.poolSize ?? usable) / ((p.queryMs ?? p.durationMs) / 1000);
  return usable / (p.durationMs / 1000);
}

export function connectionsRange(p: ConnectionsParams): XRange {
  return decadeRange([rateOf(p.arrivals), capacityRate(p)], 1, 1e-4, 1e6);
}

/** Held connections: short runs at SWEEP_POINTS rates. */
export function heldSweep(
  p: ConnectionsParams,
  range: XRange,
): { xs: number[]; makers: (() => SimRun<ConnectionsResult>)[] } {
  const xs = logGrid(range.lo, range.hi, SWEEP_POINTS);
  const makers = xs.map((x) => () => {
    const arrivals = withRate(p.arrivals, x);
    return createConnectionsRun({
      ...p,
      arrivals,
      horizonS: sweepHorizon(x, p.keepAliveS, p.durationMs),
    });
  });
  return { xs, makers };
}

/** Analytic blocking (per-invocation, Erlang B) or waiting (proxy, Erlang C) probability at each rate. */
export function erlangCurve(p: ConnectionsParams, xs: readonly number[]): number[] {
  const usable = p.maxConnections - p.reserved;
  if (p.mode === 'proxy') {
    const hold = (p.queryMs ?? p.durationMs) / 1000;
    return xs.map((x) => erlangC(x * hold, p.poolSize ?? usable));
  }
  const hold = p.durationMs / 1000;
  return xs.map((x) => erlangB(x * hold, usable));
}
