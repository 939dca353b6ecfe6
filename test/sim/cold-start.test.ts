import { describe, expect, it } from 'vitest';
import { replayOf } from '../../src/sim/models/arrivals.js';
import { createColdStartRun, simulateColdStart } from '../../src/sim/models/cold-start.js';
import { erlangB } from '../../src/sim/models/erlang.js';
import { WorkBoundError } from '../../src/sim/models/errors.js';
import { LogHistogram } from '../../src/sim/models/histogram.js';
import { Rng } from '../../src/sim/models/rng.js';
import { coldStartParams } from './fixtures.js';

const params = coldStartParams;

const rel = (got: number, want: number) => Math.abs(got - want) / want;

// simulators.md §1: Poisson arrivals, warm mean 2.0 s, cold 2.2 s (here 0.2 s init + the
// exponential 2.0 s), T = 600 s, 10^6 s, mean of 3 seeds. Tolerance: ±10% P(cold), ±3% instances.
const grid = [
  { rate: 0.1, pCold: 0.00698, instances: 2.654, busy: 0.2, idle: 2.455, seeds: [1, 2, 3] },
  { rate: 0.5, pCold: 0.00202, instances: 5.638, busy: 0.999, idle: 4.64, seeds: [1, 2, 3] },
  { rate: 1, pCold: 0.00126, instances: 8.181, busy: 1.998, idle: 6.183, seeds: [1, 2, 3] },
  { rate: 2, pCold: 0.00079, instances: 12.336, busy: 3.997, idle: 8.339, seeds: [1, 2, 3] },
  // One seed for the two largest rates keeps the suite quick; seed noise there is about ±1%.
  { rate: 5, pCold: 0.00043, instances: 22.546, busy: 10.001, idle: 12.545, seeds: [1] },
  { rate: 10, pCold: 0.000297, instances: 37.326, busy: 20.003, idle: 17.323, seeds: [1] },
];

describe('cold starts: the SimFaaS grid (10^6 s)', () => {
  for (const g of grid) {
    it(`λ = ${g.rate}/s`, () => {
      const runs = g.seeds.map((seed) =>
        simulateColdStart(params({ rate: g.rate, horizonS: 1e6, seed })),
      );
      const mean = (f: (r: (typeof runs)[number]) => number) =>
        runs.reduce((s, r) => s + f(r), 0) / runs.length;
      expect(
        rel(
          mean((r) => r.coldStartProbability),
          g.pCold,
        ),
      ).toBeLessThan(0.1);
      expect(
        rel(
          mean((r) => r.meanInstances),
          g.instances,
        ),
      ).toBeLessThan(0.03);
      expect(
        rel(
          mean((r) => r.meanBusy),
          g.busy,
        ),
      ).toBeLessThan(0.03);
      expect(
        rel(
          mean((r) => r.meanIdle),
          g.idle,
        ),
      ).toBeLessThan(0.03);
      for (const r of runs) {
        expect(r.rejected).toBe(0);
        expect(r.meanIdle + r.meanBusy).toBeCloseTo(r.meanInstances, 9);
        expect(r.peakInstances).toBeGreaterThanOrEqual(r.peakBusy);
      }
    }, 30_000);
  }
});

describe('cold starts: closed forms', () => {
  it('single instance, short requests: P(cold) ≈ mean instances ≈ … e^(−λT) (λ=0.01, T=60 → 0.5488)', () => {
    const r = simulateColdStart(
      params({
        rate: 0.01,
        keepAliveS: 60,
        durationMs: 10,
        initMs: 0,
        distribution: 'constant',
        horizonS: 2e6,
      }),
    );
    expect(rel(r.coldStartProbability, Math.exp(-0.6))).toBeLessThan(0.03);
    expect(rel(r.meanInstances, 1 - Math.exp(-0.6))).toBeLessThan(0.03);
    // Two requests 10 ms apart are rare: almost always a single instance.
    expect(r.peakInstances).toBeLessThanOrEqual(2);
  });

  it("Little's law: mean busy = rate × mean duration (100/s × 0.5 s = 50)", () => {
    const r = simulateColdStart(
      params({ rate: 100, durationMs: 500, initMs: 0, horizonS: 20_000 }),
    );
    expect(rel(r.meanBusy, 50)).toBeLessThan(0.02);
  });

  it('held connections = environments: λ=10/s, 2 s, T=600 s gives about 37 for a concurrency of 20', () => {
    const r = simulateColdStart(params({ rate: 10, horizonS: 2e5 }));
    expect(rel(r.meanInstances, 37.3)).toBeLessThan(0.03);
    expect(rel(r.meanBusy, 20)).toBeLessThan(0.02);
  });

  it('the concurrency limit makes a loss system: with no init, rejections follow Erlang B', () => {
    const r = simulateColdStart(params({ rate: 10, initMs: 0, maxConcurrency: 25, horizonS: 2e5 }));
    expect(rel(r.rejectionProbability, erlangB(20, 25))).toBeLessThan(0.05);
    expect(r.peakBusy).toBe(25);
  });
});

describe('cold starts: semantics', () => {
  it('a warm start takes the most recently created idle environment, not the most recently used', () => {
    // A (t=0) and B (t=0.5) are created; B then A serve again, so A went idle last (2.8) but B
    // was created last. At t=3 the creation rule picks B, leaving A (idle since 2.8) to live
    // until 4.8; so at 4.7 and 4.75 both are warm: 2 cold starts. Picking the most recently
    // used one instead would leave B (idle since 2.6) to expire at 4.6: 3 cold starts.
    const times = Float64Array.from([0, 0.5, 1.6, 1.8, 3, 4.7, 4.75]);
    const replay = simulateColdStart({
      ...params({
        durationMs: 1000,
        initMs: 0,
        keepAliveS: 2,
        distribution: 'constant',
        horizonS: 10,
      }),
      arrivals: replayOf(times),
    });
    expect(replay.requests).toBe(7);
    expect(replay.coldStarts).toBe(2);
    expect(replay.peakInstances).toBe(2);
  });

  it('a cold request takes init + duration', () => {
    const times = Float64Array.from([0, 100]);
    const r = simulateColdStart({
      ...params({
        durationMs: 1000,
        initMs: 500,
        keepAliveS: 600,
        distribution: 'constant',
        horizonS: 200,
      }),
      arrivals: replayOf(times),
    });
    expect(r.coldStarts).toBe(1);
    expect(r.latencyMs.mean).toBeCloseTo(1250, 6);
    // busy 1.5 s + 1 s over 200 s; alive from 0 to the horizon
    expect(r.meanBusy).toBeCloseTo(2.5 / 200, 9);
    expect(r.meanInstances).toBeCloseTo(1, 9);
  });

  it('keep-alive 0 reclaims at once: every request is cold', () => {
    const r = simulateColdStart(params({ rate: 0.5, keepAliveS: 0, horizonS: 10_000 }));
    expect(r.coldStarts).toBe(r.requests);
  });

  it('constant durations: the median warm latency is the duration', () => {
    const r = simulateColdStart(params({ rate: 1, distribution: 'constant', horizonS: 10_000 }));
    expect(r.latencyMs.p50).toBeCloseTo(2000, 6);
    expect(r.latencyMs.p99).toBeCloseTo(2000, 6);
  });

  it('bursty arrivals keep the average rate but need more instances', () => {
    const steady = simulateColdStart(params({ rate: 1, horizonS: 60_000 }));
    const bursty = simulateColdStart({
      ...params({ horizonS: 60_000 }),
      arrivals: { kind: 'bursty', rate: 1, onS: 60, periodS: 600 },
    });
    expect(rel(bursty.requests, 60_000)).toBeLessThan(0.02);
    expect(bursty.peakInstances).toBeGreaterThan(steady.peakInstances * 2);
  });

  it('replays arrivals up to the horizon only', () => {
    const times = Float64Array.from([0, 1, 2, 3, 50]);
    const r = simulateColdStart({
      ...params({ horizonS: 10 }),
      arrivals: replayOf(times),
    });
    expect(r.requests).toBe(4);
  });
});

describe('cold starts: runs', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = simulateColdStart(params({ rate: 2, horizonS: 20_000 }));
    const b = simulateColdStart(params({ rate: 2, horizonS: 20_000 }));
    const c = simulateColdStart(params({ rate: 2, horizonS: 20_000, seed: 2 }));
    expect(b).toEqual(a);
    expect(c.requests).not.toBe(a.requests);
  });

  it('stepping in slices gives the same result as one go, with progress from 0 to 1', () => {
    const p = params({ rate: 3, horizonS: 20_000 });
    const run = createColdStartRun(p);
    expect(run.progress()).toBe(0);
    let last = 0;
    let slices = 0;
    while (!run.step(997)) {
      const now = run.progress();
      expect(now).toBeGreaterThanOrEqual(last);
      last = now;
      slices++;
      expect(run.snapshot().requests).toBe(997 * slices);
    }
    expect(run.progress()).toBe(1);
    expect(run.snapshot()).toEqual(simulateColdStart(p));
    expect(run.step(10)).toBe(true);
  });

  it('refuses a run above the work bound, naming the horizon', () => {
    expect(() => createColdStartRun(params({ rate: 1000, horizonS: 1e6 }))).toThrow(WorkBoundError);
    expect(() => createColdStartRun(params({ rate: 1000, horizonS: 1e6 }))).toThrow(
      /above the limit/,
    );
    expect(() => createColdStartRun(params({ rate: 1000, horizonS: 2e5 }))).not.toThrow();
  });

  it('refuses more provisioned environments than the concurrency limit', () => {
    expect(() => createColdStartRun(params({ provisioned: 10, maxConcurrency: 5 }))).toThrow(
      /provisioned/,
    );
  });
});

describe('building blocks', () => {
  it('the histogram reproduces exponential quantiles within 1%', () => {
    const rng = new Rng(7);
    const h = new LogHistogram();
    for (let i = 0; i < 200_000; i++) h.record(rng.exponential(100));
    expect(rel(h.quantile(0.5), 100 * Math.LN2)).toBeLessThan(0.015);
    expect(rel(h.quantile(0.99), 100 * Math.log(100))).toBeLessThan(0.03);
    expect(rel(h.mean(), 100)).toBeLessThan(0.01);
  });

  it('the RNG is deterministic and roughly uniform', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    let sum = 0;
    let same = true;
    let inside = true;
    for (let i = 0; i < 100_000; i++) {
      const u = a.uniform();
      same &&= u === b.uniform();
      inside &&= u > 0 && u < 1;
      sum += u;
    }
    expect(same).toBe(true);
    expect(inside).toBe(true);
    expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.005);
    expect(new Rng(1).nextU32()).not.toBe(new Rng(2).nextU32());
  });
});
