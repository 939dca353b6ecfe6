// Cold starts when one environment serves up to N requests at once (Lambda Web Functions and
// Managed Instances, Cloud Run, Azure Functions Flex). The rules, stated so results can be
// checked:
// - a request goes to an environment with a free slot: a provisioned one first, then the most
//   recently created (SimFaaS's rule, so N = 1 would behave as the one-request model);
// - otherwise it starts a new environment, unless maxConcurrency environments are alive: then
//   it is rejected (not queued);
// - a new environment takes requests at once, but each waits for its init to finish, so only
//   the request that started it counts as a cold start while the others see its latency;
// - an environment with no request in flight is reclaimed keepAlive seconds later.
// The one-request model (cold-start.ts) stays its own tight loop; N = 1 never comes here.
import { type ArrivalSource, createArrivals } from './arrivals.js';
import type { ColdStartParams, ColdStartResult } from './cold-start.js';
import { IndexedMinHeap } from './heap.js';
import { LogHistogram } from './histogram.js';
import { Rng, subSeed } from './rng.js';
import type { SimRun } from './run.js';
import { summarise } from './run-summary.js';

const EMPTY = Number.POSITIVE_INFINITY;
/** Open-slot keys: provisioned environments sort below every on-demand one (−creation). */
const PROVISIONED_KEY = -1e15;

/** A free-list of small integer ids over a growing typed array of per-id values. */
class IdPool {
  private free = new Int32Array(64);
  private freeCount = 0;
  next = 0;
  take(): number {
    return this.freeCount > 0 ? (this.free[--this.freeCount] as number) : this.next++;
  }
  give(id: number): void {
    if (this.freeCount === this.free.length) {
      const b = new Int32Array(this.free.length * 2);
      b.set(this.free);
      this.free = b;
    }
    this.free[this.freeCount++] = id;
  }
}

function ensure<T extends Int32Array | Float64Array>(a: T, id: number, make: (n: number) => T): T {
  if (id < a.length) return a;
  let cap = a.length * 2;
  while (cap <= id) cap *= 2;
  const b = make(cap);
  b.set(a);
  return b;
}

export class MultiConcurrencyRun implements SimRun<ColdStartResult> {
  private readonly arrivals: ArrivalSource;
  private readonly durations: Rng;
  private readonly hist = new LogHistogram();
  /** Requests in flight, by completion time. */
  private readonly completions = new IndexedMinHeap();
  /** Environments with a free slot. */
  private readonly open = new IndexedMinHeap();
  /** On-demand environments with nothing in flight, by when they are reclaimed. */
  private readonly idleExpiry = new IndexedMinHeap();
  private readonly envIds = new IdPool();
  private readonly requestIds = new IdPool();
  private inflight = new Int32Array(64);
  private readyAt = new Float64Array(64);
  private openKey = new Float64Array(64);
  private requestEnv = new Int32Array(64);
  private createdCount = 0;

  private t = 0;
  private nextArrival: number;
  private done = false;
  private busy = 0;
  private alive: number;
  private areaBusy = 0;
  private areaAlive = 0;
  private peakBusy = 0;
  private peakAlive: number;
  private requests = 0;
  private coldStarts = 0;
  private rejected = 0;
  private failed = 0;

  constructor(
    private readonly p: ColdStartParams,
    private readonly slots: number,
  ) {
    this.arrivals = createArrivals(p.arrivals, subSeed(p.seed, 0));
    this.durations = new Rng(subSeed(p.seed, 1));
    for (let i = 0; i < p.provisioned; i++) {
      const env = this.envIds.take();
      this.grow(env);
      this.openKey[env] = PROVISIONED_KEY + env;
      this.open.push(env, this.openKey[env] as number);
    }
    this.alive = p.provisioned;
    this.peakAlive = p.provisioned;
    this.nextArrival = this.arrivals.next();
  }

  private grow(env: number): void {
    this.inflight = ensure(this.inflight, env, (n) => new Int32Array(n));
    this.readyAt = ensure(this.readyAt, env, (n) => new Float64Array(n));
    this.openKey = ensure(this.openKey, env, (n) => new Float64Array(n));
  }

  progress(): number {
    return this.done ? 1 : Math.min(1, this.t / this.p.horizonS);
  }

  private advance(to: number): void {
    this.areaBusy += this.busy * (to - this.t);
    this.areaAlive += this.alive * (to - this.t);
    this.t = to;
  }

  private complete(tc: number): void {
    this.advance(tc);
    const r = this.completions.pop();
    this.requestIds.give(r);
    const env = this.requestEnv[r] as number;
    this.busy--;
    const was = this.inflight[env] as number;
    this.inflight[env] = was - 1;
    if (was === this.slots) this.open.push(env, this.openKey[env] as number);
    if (was === 1 && env >= this.p.provisioned) this.idleExpiry.push(env, tc + this.p.keepAliveS);
  }

  private expire(te: number): void {
    this.advance(te);
    const env = this.idleExpiry.pop();
    this.open.remove(env);
    this.alive--;
    this.envIds.give(env);
  }

  step(maxRequests: number): boolean {
    if (this.done) return true;
    const p = this.p;
    const meanS = p.durationMs / 1000;
    const initS = p.initMs / 1000;
    const exponential = p.distribution === 'exponential';
    const envLimit = p.environmentLimit ?? Number.POSITIVE_INFINITY;
    let handled = 0;
    while (handled < maxRequests) {
      const ta = this.nextArrival;
      const until = Math.min(ta, p.horizonS);
      for (;;) {
        const tc = this.completions.topKey();
        const te = this.idleExpiry.topKey();
        if (tc <= te) {
          if (tc > until) break;
          this.complete(tc);
        } else {
          if (te > until || te === EMPTY) break;
          this.expire(te);
        }
      }
      if (ta > p.horizonS) {
        this.advance(p.horizonS);
        this.done = true;
        break;
      }
      this.advance(ta);
      this.requests++;
      handled++;
      // Every request draws its duration, as in the one-request model.
      const d = exponential ? this.durations.exponential(meanS) : meanS;
      this.nextArrival = this.arrivals.next();
      let env: number;
      let latency: number;
      if (this.open.size > 0) {
        env = this.open.top();
        const was = this.inflight[env] as number;
        if (was === 0 && env >= p.provisioned) this.idleExpiry.remove(env);
        this.inflight[env] = was + 1;
        if (was + 1 === this.slots) this.open.remove(env);
        latency = Math.max(0, (this.readyAt[env] as number) - ta) + d;
      } else if (this.alive >= p.maxConcurrency) {
        this.rejected++;
        continue;
      } else if (this.alive >= envLimit) {
        this.failed++;
        continue;
      } else {
        env = this.envIds.take();
        this.grow(env);
        this.inflight[env] = 1;
        this.readyAt[env] = ta + initS;
        this.openKey[env] = -this.createdCount++;
        if (this.slots > 1) this.open.push(env, this.openKey[env] as number);
        this.alive++;
        if (this.alive > this.peakAlive) this.peakAlive = this.alive;
        this.coldStarts++;
        latency = initS + d;
      }
      this.busy++;
      if (this.busy > this.peakBusy) this.peakBusy = this.busy;
      const r = this.requestIds.take();
      this.requestEnv = ensure(this.requestEnv, r, (n) => new Int32Array(n));
      this.requestEnv[r] = env;
      this.completions.push(r, ta + latency);
      this.hist.record(latency * 1000);
    }
    return this.done;
  }

  snapshot(): ColdStartResult {
    return summarise({
      elapsed: this.t,
      alive: this.alive,
      areaBusy: this.areaBusy,
      areaAlive: this.areaAlive,
      slots: this.slots,
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
