// Cold starts on a scale-per-request platform, after the SimFaaS reference model
// (simulators.md §1): one request per environment; a warm start takes the most recently
// CREATED idle environment; an idle environment is reclaimed keepAlive seconds after its last
// request; arrivals beyond the concurrency limit are rejected; a cold request takes
// init + duration. Provisioned environments never expire and are used first.
//
// Event loop: busy environments sit in a min-heap by completion time; idle on-demand ones in
// two indexed heaps (by creation order, newest first, and by expiry time), so both "take the
// newest" and "reclaim the oldest-idle" are O(log idle). Time averages integrate the busy and
// alive counts between events; latencies go to a fixed-size histogram. Memory depends on the
// peak number of environments, never on the horizon.
import {
  type ArrivalSource,
  type ArrivalSpec,
  createArrivals,
  expectedArrivals,
} from './arrivals.js';
import { ModelParamError, WORK_BOUND_REQUESTS, WorkBoundError } from './errors.js';
import { IndexedMinHeap } from './heap.js';
import { LogHistogram } from './histogram.js';
import { MultiConcurrencyRun } from './multi-concurrency.js';
import { Rng, subSeed } from './rng.js';
import { runToEnd, type SimRun } from './run.js';
import { summarise } from './run-summary.js';

export type Distribution = 'exponential' | 'constant';

export interface ColdStartParams {
  arrivals: ArrivalSpec;
  durationMs: number;
  initMs: number;
  keepAliveS: number;
  maxConcurrency: number;
  provisioned: number;
  distribution: Distribution;
  horizonS: number;
  seed: number;
  /** Most environments allowed at once (each holding a DB connection); a cold start beyond it fails its request. */
  environmentLimit?: number;
  /**
   * Requests one environment serves at once (default 1). Above 1 the run is the multi-request
   * model (multi-concurrency.ts), where maxConcurrency limits environments.
   */
  perEnvConcurrency?: number;
}

interface LatencySummary {
  mean: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface ColdStartResult {
  requests: number;
  coldStarts: number;
  coldStartProbability: number;
  rejected: number;
  rejectionProbability: number;
  meanInstances: number;
  /** Requests in flight (busy slots), time-averaged. */
  meanBusy: number;
  /** Idle capacity in environments: environments − busy slots / per-environment concurrency. */
  meanIdle: number;
  peakInstances: number;
  peakBusy: number;
  /** Requests whose new environment could not start because environmentLimit was reached (only with a limit). */
  failed?: number;
  latencyMs: LatencySummary;
  simulatedS: number;
}

const EMPTY = Number.POSITIVE_INFINITY;

class ColdStartRun implements SimRun<ColdStartResult> {
  private readonly arrivals: ArrivalSource;
  private readonly durations: Rng;
  private readonly hist = new LogHistogram();
  private readonly busy = new IndexedMinHeap();
  /** Idle on-demand environments keyed by −creation number: the top is the newest. */
  private readonly idleNewest = new IndexedMinHeap();
  /** The same environments keyed by when they expire. */
  private readonly idleExpiry = new IndexedMinHeap();
  private readonly provisionedIdle: Int32Array;
  private provisionedIdleCount: number;
  private freeSlots: Int32Array = new Int32Array(64);
  private freeCount = 0;
  private nextSlot: number;
  private created: Float64Array = new Float64Array(64);
  private createdCount = 0;

  private t = 0;
  private nextArrival: number;
  private done = false;
  private busyCount = 0;
  private alive: number;
  private areaBusy = 0;
  private areaAlive = 0;
  private peakBusy = 0;
  private peakAlive: number;
  private requests = 0;
  private coldStarts = 0;
  private rejected = 0;
  private failed = 0;

  constructor(private readonly p: ColdStartParams) {
    this.arrivals = createArrivals(p.arrivals, subSeed(p.seed, 0));
    this.durations = new Rng(subSeed(p.seed, 1));
    this.provisionedIdle = new Int32Array(p.provisioned);
    for (let i = 0; i < p.provisioned; i++) this.provisionedIdle[i] = p.provisioned - 1 - i;
    this.provisionedIdleCount = p.provisioned;
    this.nextSlot = p.provisioned;
    this.alive = p.provisioned;
    this.peakAlive = p.provisioned;
    this.nextArrival = this.arrivals.next();
  }

  progress(): number {
    return this.done ? 1 : Math.min(1, this.t / this.p.horizonS);
  }

  step(maxRequests: number): boolean {
    if (this.done) return true;
    const p = this.p;
    const horizon = p.horizonS;
    const keepAlive = p.keepAliveS;
    const initS = p.initMs / 1000;
    const meanS = p.durationMs / 1000;
    const exponential = p.distribution === 'exponential';
    const maxConcurrency = p.maxConcurrency;
    const envLimit = p.environmentLimit ?? Number.POSITIVE_INFINITY;
    const busy = this.busy;
    const idleNewest = this.idleNewest;
    const idleExpiry = this.idleExpiry;
    const provisionedCount = p.provisioned;
    const durations = this.durations;
    const arrivals = this.arrivals;
    const hist = this.hist;

    let t = this.t;
    let busyCount = this.busyCount;
    let alive = this.alive;
    let areaBusy = this.areaBusy;
    let areaAlive = this.areaAlive;
    let ta = this.nextArrival;
    let handled = 0;

    while (handled < maxRequests) {
      const until = Math.min(ta, horizon);
      // Completions and expiries up to the next arrival (or the horizon), in time order.
      for (;;) {
        const tc = busy.topKey();
        const te = idleExpiry.topKey();
        if (tc <= te) {
          if (tc > until) break;
          areaBusy += busyCount * (tc - t);
          areaAlive += alive * (tc - t);
          t = tc;
          const slot = busy.pop();
          busyCount--;
          if (slot < provisionedCount) {
            this.provisionedIdle[this.provisionedIdleCount++] = slot;
          } else {
            idleNewest.push(slot, -this.created[slot]!);
            idleExpiry.push(slot, tc + keepAlive);
          }
        } else {
          if (te > until || te === EMPTY) break;
          areaBusy += busyCount * (te - t);
          areaAlive += alive * (te - t);
          t = te;
          const slot = idleExpiry.pop();
          idleNewest.remove(slot);
          alive--;
          if (this.freeCount === this.freeSlots.length) this.freeSlots = grow32(this.freeSlots);
          this.freeSlots[this.freeCount++] = slot;
        }
      }
      if (ta > horizon) {
        areaBusy += busyCount * (horizon - t);
        areaAlive += alive * (horizon - t);
        t = horizon;
        this.done = true;
        break;
      }

      // The arrival at ta. Every request draws its duration, so runs with the same seed see the
      // same arrivals and durations whatever happens to them.
      areaBusy += busyCount * (ta - t);
      areaAlive += alive * (ta - t);
      t = ta;
      this.requests++;
      handled++;
      const d = exponential ? durations.exponential(meanS) : meanS;
      let slot: number;
      let latency = d;
      if (this.provisionedIdleCount > 0) {
        slot = this.provisionedIdle[--this.provisionedIdleCount]!;
      } else if (idleNewest.size > 0) {
        slot = idleNewest.pop();
        idleExpiry.remove(slot);
      } else if (busyCount >= maxConcurrency) {
        this.rejected++;
        ta = arrivals.next();
        continue;
      } else if (alive >= envLimit) {
        this.failed++;
        ta = arrivals.next();
        continue;
      } else {
        slot = this.freeCount > 0 ? this.freeSlots[--this.freeCount]! : this.nextSlot++;
        if (slot >= this.created.length) this.created = grow64(this.created, slot);
        this.created[slot] = this.createdCount++;
        alive++;
        if (alive > this.peakAlive) this.peakAlive = alive;
        this.coldStarts++;
        latency = initS + d;
      }
      busyCount++;
      if (busyCount > this.peakBusy) this.peakBusy = busyCount;
      busy.push(slot, ta + latency);
      hist.record(latency * 1000);
      ta = arrivals.next();
    }

    this.t = t;
    this.busyCount = busyCount;
    this.alive = alive;
    this.areaBusy = areaBusy;
    this.areaAlive = areaAlive;
    this.nextArrival = ta;
    return this.done;
  }

  snapshot(): ColdStartResult {
    return summarise({
      elapsed: this.t,
      alive: this.alive,
      areaBusy: this.areaBusy,
      areaAlive: this.areaAlive,
      slots: 1,
      requests: this.requests,
      coldStarts: this.coldStarts,
      rejected: this.rejected,
      failed: this.p.environmentLimit === undefined ? undefined : this.failed,
      peakAlive: this.peakAlive,
      peakBusy: this.peakBusy,
      hist: this.hist,
    });
  }
}

function grow32(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

function grow64(a: Float64Array, index: number): Float64Array {
  let cap = a.length * 2;
  while (cap <= index) cap *= 2;
  const b = new Float64Array(cap);
  b.set(a);
  return b;
}

/** Throws WorkBoundError when a run would simulate more than WORK_BOUND_REQUESTS requests. */
export function checkWorkBound(arrivals: ArrivalSpec, horizonS: number): void {
  const expected = expectedArrivals(arrivals, horizonS);
  if (expected > WORK_BOUND_REQUESTS) {
    throw new WorkBoundError(
      expected,
      arrivals.kind === 'bursty'
        ? 'shorten --horizon-s, lower --rate or widen the --burst on-window'
        : undefined,
    );
  }
}

export function createColdStartRun(params: ColdStartParams): SimRun<ColdStartResult> {
  if (params.provisioned > params.maxConcurrency) {
    throw new ModelParamError(
      'provisioned',
      `provisioned (${params.provisioned}) cannot exceed maxConcurrency (${params.maxConcurrency})`,
    );
  }
  checkWorkBound(params.arrivals, params.horizonS);
  const slots = params.perEnvConcurrency ?? 1;
  return slots > 1 ? new MultiConcurrencyRun(params, slots) : new ColdStartRun(params);
}

export function simulateColdStart(params: ColdStartParams): ColdStartResult {
  const run = createColdStartRun(params);
  return runToEnd(run);
}
