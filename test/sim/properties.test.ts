import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPrices } from '../../src/core/content/prices.js';
import { type ColdStartParams, simulateColdStart } from '../../src/sim/models/cold-start.js';
import { type CostParams, computeCost } from '../../src/sim/models/cost.js';
import { coldStartParams } from './fixtures.js';

const prices = loadPrices();

const coldStart = (over: Partial<ColdStartParams> & { rate: number }) =>
  coldStartParams(over, 2000);

const scenario = fc.record({
  rate: fc.double({ min: 0.01, max: 5, noNaN: true }),
  durationMs: fc.double({ min: 1, max: 20_000, noNaN: true }),
  initMs: fc.double({ min: 0, max: 5000, noNaN: true }),
  distribution: fc.constantFrom('exponential' as const, 'constant' as const),
  seed: fc.nat(),
  maxConcurrency: fc.integer({ min: 1, max: 1000 }),
});

describe('cold-start properties', () => {
  it('a longer keep-alive never adds cold starts (same seed, same arrivals)', () => {
    fc.assert(
      fc.property(
        scenario,
        fc.double({ min: 0, max: 600, noNaN: true }),
        fc.double({ min: 0, max: 600, noNaN: true }),
        (s, a, b) => {
          const [short, long] = a <= b ? [a, b] : [b, a];
          const r1 = simulateColdStart(coldStart({ ...s, keepAliveS: short }));
          const r2 = simulateColdStart(coldStart({ ...s, keepAliveS: long }));
          expect(r2.requests).toBe(r1.requests);
          expect(r2.coldStarts).toBeLessThanOrEqual(r1.coldStarts);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('provisioned concurrency', () => {
  it('provisioned at or above the peak means no cold starts', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const base = simulateColdStart(coldStart({ ...s, maxConcurrency: 1000 }));
        const pc = simulateColdStart(
          coldStart({ ...s, maxConcurrency: 1000, provisioned: base.peakInstances }),
        );
        expect(pc.requests).toBe(base.requests);
        expect(pc.coldStarts).toBe(0);
        // Without provisioning the same stream has cold starts (the first request at least).
        if (base.requests > 0) expect(base.coldStarts).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it('provisioned environments are counted as instances even when idle', () => {
    const r = simulateColdStart(coldStart({ rate: 0.001, provisioned: 5, horizonS: 1000 }));
    expect(r.meanInstances).toBeGreaterThanOrEqual(5);
    expect(r.coldStarts).toBe(0);
  });

  it('overflow above the provisioned environments spills to on-demand cold starts', () => {
    const r = simulateColdStart(coldStart({ rate: 10, provisioned: 5, horizonS: 5000 }));
    expect(r.coldStarts).toBeGreaterThan(0);
    expect(r.peakInstances).toBeGreaterThan(5);
  });
});

const costParams = fc.record({
  memoryMb: fc.integer({ min: 128, max: 10_240 }),
  durationMs: fc.double({ min: 1, max: 900_000, noNaN: true }),
  arch: fc.constantFrom('x86_64' as const, 'arm64' as const),
  freeTier: fc.boolean(),
  api: fc.constantFrom('none' as const, 'http' as const, 'rest' as const),
  provisioned: fc.integer({ min: 0, max: 50 }),
});

function costOf(
  p: Omit<
    CostParams,
    | 'fargateVcpu'
    | 'fargateMemoryGb'
    | 'fargateTasks'
    | 'ec2Count'
    | 'fleet'
    | 'publicIpv4'
    | 'targetUtilization'
  >,
) {
  return computeCost(
    {
      ...p,
      fargateVcpu: 0.25,
      fargateMemoryGb: 0.5,
      fargateTasks: 1,
      ec2Count: 1,
      fleet: 'fixed',
      publicIpv4: false,
      targetUtilization: 0.7,
    },
    prices,
  );
}

describe('cost properties', () => {
  it('the Lambda bill never falls as invocations grow', () => {
    fc.assert(
      fc.property(
        costParams,
        fc.integer({ min: 0, max: 1e11 }),
        fc.integer({ min: 0, max: 1e11 }),
        (p, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const l = costOf({ ...p, invocations: lo }).lambda;
          const h = costOf({ ...p, invocations: hi }).lambda;
          expect(h.total).toBeGreaterThanOrEqual(l.total - 1e-6);
          expect(h.requests).toBeGreaterThanOrEqual(l.requests - 1e-6);
          expect(h.api).toBeGreaterThanOrEqual(l.api - 1e-6);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('at the break-even volume Lambda costs about what the task does', () => {
    fc.assert(
      fc.property(costParams, (p) => {
        const r = costOf({ ...p, api: 'none', provisioned: 0, invocations: 0 });
        const n = r.breakEven.fargate;
        expect(n).not.toBeNull();
        const at = costOf({ ...p, api: 'none', provisioned: 0, invocations: n ?? 0 }).lambda.total;
        const below = costOf({
          ...p,
          api: 'none',
          provisioned: 0,
          invocations: Math.max(0, (n ?? 0) - 1),
        }).lambda.total;
        expect(at).toBeGreaterThanOrEqual(r.fargate.total - 1e-5);
        expect(below).toBeLessThanOrEqual(r.fargate.total + 1e-5);
      }),
      { numRuns: 300 },
    );
  });
});
