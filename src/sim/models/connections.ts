// Database connections under three client patterns (simulators.md §2):
// - held: each environment opens one connection during init and keeps it until reclaimed, so
//   connections follow environments (the cold-start model with a cap on environments);
// - per-invocation: connect per request, hold for its duration; a full database refuses the
//   request (an M/M/c/c loss system: Erlang B);
// - proxy: requests borrow one of the proxy's pool connections for the query time, waiting in
//   order up to the borrow timeout, then fail (M/M/c with reneging; Erlang C without timeouts).
import {
  type ArrivalSource,
  type ArrivalSpec,
  createArrivals,
  peakRate,
  type RateBasis,
  rateBasis,
} from './arrivals.js';
import { type ColdStartResult, checkWorkBound, createColdStartRun } from './cold-start.js';
import { erlangB, erlangC, erlangCMeanWait } from './erlang.js';
import { ModelParamError } from './errors.js';
import { TimeHeap } from './heap.js';
import { Rng, subSeed } from './rng.js';
import { runToEnd, type SimRun } from './run.js';

export const connectionModes = ['held', 'per-invocation', 'proxy'] as const;
export type ConnectionMode = (typeof connectionModes)[number];

export interface ConnectionsParams {
  mode: ConnectionMode;
  arrivals: ArrivalSpec;
  durationMs: number;
  initMs: number;
  keepAliveS: number;
  maxConnections: number;
  reserved: number;
  /** Proxy pool; defaults to maxConnections − reserved. */
  poolSize?: number;
  /** Proxy borrow time; defaults to durationMs. */
  queryMs?: number;
  borrowTimeoutS: number;
  horizonS: number;
  seed: number;
  /** Lambda's concurrency limit (held mode). */
  maxConcurrency?: number;
}

export interface ConnectionsResult {
  mode: ConnectionMode;
  requests: number;
  usableConnections: number;
  meanConnections: number;
  peakConnections: number;
  failedRequests: number;
  failureProbability: number;
  /** per-invocation: the analytic blocking probability for the same load. */
  erlangB?: number;
  /** λ × hold for the analytic values, λ per `analyticRate`. */
  offeredLoad?: number;
  /** Which rate the Erlang values use: a burst's on-window rate, or a replay's long-run mean. */
  analyticRate?: RateBasis;
  proxy?: {
    poolSize: number;
    waitProbability: number;
    meanWaitMs: number;
    timeouts: number;
    /** Analytic M/M/c values (no timeouts); null mean wait when the load reaches the pool size. */
    erlangC: { waitProbability: number; meanWaitMs: number | null };
  };
  held?: {
    coldStarts: number;
    throttled: number;
    meanBusy: number;
    latencyMs: ColdStartResult['latencyMs'];
  };
  simulatedS: number;
}

function usable(p: ConnectionsParams): number {
  const u = p.maxConnections - p.reserved;
  if (u < 1) {
    throw new ModelParamError(
      'reserved',
      `reserved (${p.reserved}) must leave at least one of maxConnections (${p.maxConnections})`,
    );
  }
  return u;
}

function heldRun(p: ConnectionsParams, limit: number): SimRun<ConnectionsResult> {
  const run = createColdStartRun({
    arrivals: p.arrivals,
    durationMs: p.durationMs,
    initMs: p.initMs,
    keepAliveS: p.keepAliveS,
    maxConcurrency: p.maxConcurrency ?? 1000,
    provisioned: 0,
    distribution: 'exponential',
    horizonS: p.horizonS,
    seed: p.seed,
    environmentLimit: limit,
  });
  return {
    step: (n) => run.step(n),
    progress: () => run.progress(),
    snapshot: () => {
      const r = run.snapshot();
      return {
        mode: 'held',
        requests: r.requests,
        usableConnections: limit,
        meanConnections: r.meanInstances,
        peakConnections: r.peakInstances,
        failedRequests: r.failed ?? 0,
        failureProbability: r.requests > 0 ? (r.failed ?? 0) / r.requests : 0,
        held: {
          coldStarts: r.coldStarts,
          throttled: r.rejected,
          meanBusy: r.meanBusy,
          latencyMs: r.latencyMs,
        },
        simulatedS: r.simulatedS,
      };
    },
  };
}

/** Per-invocation (loss) and proxy (queue with timeout) share one loop over `servers` connections. */
class PoolRun implements SimRun<ConnectionsResult> {
  private readonly arrivals: ArrivalSource;
  private readonly holds: Rng;
  private readonly done = new TimeHeap();
  private readonly servers: number;
  private readonly holdS: number;
  private readonly queueing: boolean;
  private readonly timeoutS: number;
  // FIFO of waiting requests' arrival times (proxy), a growable ring buffer.
  private queue = new Float64Array(64);
  private qHead = 0;
  private qLen = 0;
  private t = 0;
  private ta: number;
  private finished = false;
  private inUse = 0;
  private area = 0;
  private peak = 0;
  private requests = 0;
  private failed = 0;
  private waited = 0;
  private waitSum = 0;

  constructor(
    private readonly p: ConnectionsParams,
    private readonly usableCount: number,
  ) {
    this.queueing = p.mode === 'proxy';
    this.servers = this.queueing ? (p.poolSize ?? usableCount) : usableCount;
    this.holdS = (this.queueing ? (p.queryMs ?? p.durationMs) : p.durationMs) / 1000;
    this.timeoutS = p.borrowTimeoutS;
    this.arrivals = createArrivals(p.arrivals, subSeed(p.seed, 0));
    this.holds = new Rng(subSeed(p.seed, 1));
    this.ta = this.arrivals.next();
  }

  progress(): number {
    return this.finished ? 1 : Math.min(1, this.t / this.p.horizonS);
  }

  private advance(to: number): void {
    this.area += this.inUse * (to - this.t);
    this.t = to;
  }

  /** Drops queued requests whose borrow timeout passed before `now`: they fail. */
  private expireWaiting(now: number): void {
    while (this.qLen > 0 && this.queue[this.qHead]! + this.timeoutS < now) {
      this.qHead = (this.qHead + 1) % this.queue.length;
      this.qLen--;
      this.failed++;
      this.waitSum += this.timeoutS;
    }
  }

  private enqueue(t: number): void {
    if (this.qLen === this.queue.length) {
      const next = new Float64Array(this.queue.length * 2);
      for (let i = 0; i < this.qLen; i++)
        next[i] = this.queue[(this.qHead + i) % this.queue.length]!;
      this.queue = next;
      this.qHead = 0;
    }
    this.queue[(this.qHead + this.qLen) % this.queue.length] = t;
    this.qLen++;
  }

  step(maxRequests: number): boolean {
    if (this.finished) return true;
    const horizon = this.p.horizonS;
    let handled = 0;
    while (handled < maxRequests) {
      const until = Math.min(this.ta, horizon);
      while (this.done.topKey() <= until) {
        const tc = this.done.pop();
        this.advance(tc);
        if (this.queueing) this.expireWaiting(tc);
        if (this.qLen > 0) {
          // The freed connection goes straight to the longest-waiting request.
          const arrived = this.queue[this.qHead]!;
          this.qHead = (this.qHead + 1) % this.queue.length;
          this.qLen--;
          this.waitSum += tc - arrived;
          this.done.push(tc + this.holds.exponential(this.holdS));
        } else {
          this.inUse--;
        }
      }
      if (this.ta > horizon) {
        this.advance(horizon);
        if (this.queueing) this.expireWaiting(horizon);
        this.finished = true;
        break;
      }
      const ta = this.ta;
      this.advance(ta);
      this.requests++;
      handled++;
      if (this.inUse < this.servers) {
        this.inUse++;
        if (this.inUse > this.peak) this.peak = this.inUse;
        this.done.push(ta + this.holds.exponential(this.holdS));
      } else if (!this.queueing) {
        this.failed++;
      } else {
        this.waited++;
        this.expireWaiting(ta);
        if (this.timeoutS > 0) this.enqueue(ta);
        else this.failed++;
      }
      this.ta = this.arrivals.next();
    }
    return this.finished;
  }

  snapshot(): ConnectionsResult {
    const n = this.requests;
    // Bursts meet the on-window rate; averaging the off time in would understate them badly.
    const rate = peakRate(this.p.arrivals);
    const load = rate * this.holdS;
    const base = {
      mode: this.p.mode,
      requests: n,
      usableConnections: this.usableCount,
      meanConnections: this.t > 0 ? this.area / this.t : 0,
      peakConnections: this.peak,
      failedRequests: this.failed,
      failureProbability: n > 0 ? this.failed / n : 0,
      offeredLoad: load,
      analyticRate: rateBasis(this.p.arrivals),
      simulatedS: this.t,
    };
    if (!this.queueing) return { ...base, erlangB: erlangB(load, this.servers) };
    const meanWait = erlangCMeanWait(load, this.servers, this.holdS * 1000);
    return {
      ...base,
      proxy: {
        poolSize: this.servers,
        waitProbability: n > 0 ? this.waited / n : 0,
        meanWaitMs: n > 0 ? (this.waitSum / n) * 1000 : 0,
        timeouts: this.failed,
        erlangC: {
          waitProbability: erlangC(load, this.servers),
          meanWaitMs: Number.isFinite(meanWait) ? meanWait : null,
        },
      },
    };
  }
}

export function createConnectionsRun(p: ConnectionsParams): SimRun<ConnectionsResult> {
  const limit = usable(p);
  if (p.mode === 'proxy' && p.poolSize !== undefined && p.poolSize > limit) {
    throw new ModelParamError(
      'poolSize',
      `poolSize (${p.poolSize}) cannot exceed the usable connections (maxConnections − reserved = ${limit})`,
    );
  }
  checkWorkBound(p.arrivals, p.horizonS);
  return p.mode === 'held' ? heldRun(p, limit) : new PoolRun(p, limit);
}

export function simulateConnections(p: ConnectionsParams): ConnectionsResult {
  const run = createConnectionsRun(p);
  return runToEnd(run);
}
