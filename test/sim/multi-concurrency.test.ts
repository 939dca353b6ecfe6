import { describe, expect, it } from 'vitest';
import { loadPrices } from '../../src/core/content/prices.js';
import { replayOf } from '../../src/sim/models/arrivals.js';
import { simulateColdStart } from '../../src/sim/models/cold-start.js';
import { MultiConcurrencyRun } from '../../src/sim/models/multi-concurrency.js';
import { runToEnd } from '../../src/sim/models/run.js';
import { runModel } from '../../src/sim/registry.js';
import { coldStartParams } from './fixtures.js';

const prices = loadPrices();

const params = (over: Parameters<typeof coldStartParams>[0] = {}) => coldStartParams(over, 20_000);

describe('--per-env-concurrency (issue 13 §2)', () => {
  it('N = 1 gives exactly the default run for the same seed', () => {
    for (const over of [
      { rate: 2 },
      { rate: 20, keepAliveS: 30, provisioned: 5 },
      { rate: 5, arrivals: { kind: 'bursty', rate: 5, onS: 60, periodS: 600 } as const },
      { rate: 50, maxConcurrency: 40, distribution: 'constant' as const },
    ]) {
      const base = simulateColdStart(params(over));
      expect(simulateColdStart(params({ ...over, perEnvConcurrency: 1 }))).toEqual(base);
    }
  });

  it('the multi-request model itself at N = 1 reproduces the one-request model (SimFaaS rules)', () => {
    for (const over of [
      { rate: 2 },
      { rate: 20, keepAliveS: 30, provisioned: 5 },
      { rate: 50, maxConcurrency: 40, distribution: 'constant' as const },
    ]) {
      const p = params(over);
      expect(runToEnd(new MultiConcurrencyRun(p, 1))).toEqual(simulateColdStart(p));
    }
  });

  it('with 64 per environment far fewer environments start cold', () => {
    const one = simulateColdStart(params({ rate: 20, durationMs: 500, keepAliveS: 60 }));
    const many = simulateColdStart(
      params({ rate: 20, durationMs: 500, keepAliveS: 60, perEnvConcurrency: 64 }),
    );
    expect(many.requests).toBe(one.requests);
    expect(many.coldStarts * 10).toBeLessThan(one.coldStarts);
    expect(many.meanInstances * 5).toBeLessThan(one.meanInstances);
    // Busy slots are the load either way (Little's law: 20/s × 0.5 s = 10).
    expect(Math.abs(many.meanBusy - 10) / 10).toBeLessThan(0.03);
  });

  it('closed form, keep-alive 0 and no init: P(cold) = P(nobody in flight) = e^(−λd)', () => {
    // With N above any reachable concurrency, one environment lives exactly through each busy
    // period of an M/G/∞ queue; an arrival finds it empty with probability e^(−a) (PASTA),
    // and the environment is alive 1 − e^(−a) of the time. a = 2/s × 0.5 s = 1.
    const r = simulateColdStart(
      params({
        rate: 2,
        durationMs: 500,
        initMs: 0,
        keepAliveS: 0,
        perEnvConcurrency: 1000,
        horizonS: 100_000,
      }),
    );
    const closed = runModel('shared-environment', { rate: 2, durationMs: 500 }, prices);
    expect(closed.emptyArrivalProbability).toBeCloseTo(Math.exp(-1), 15);
    expect(Math.abs(r.coldStartProbability - Math.exp(-1)) / Math.exp(-1)).toBeLessThan(0.02);
    expect(Math.abs(r.meanInstances - (1 - Math.exp(-1)))).toBeLessThan(0.01);
    expect(r.peakInstances).toBe(1);
  });

  it('closed form, very large N and long keep-alive: one environment serves everything', () => {
    const r = simulateColdStart(params({ rate: 5, perEnvConcurrency: 1000, keepAliveS: 1e6 }));
    expect(r.coldStarts).toBe(1);
    expect(r.peakInstances).toBe(1);
  });

  it('never puts more than N requests on an environment, and rejects past the environment limit', () => {
    // 3 environments of 4 slots carry at most 12 requests at once.
    const r = simulateColdStart(
      params({ rate: 50, durationMs: 1000, maxConcurrency: 3, perEnvConcurrency: 4 }),
    );
    expect(r.peakInstances).toBe(3);
    expect(r.peakBusy).toBe(12);
    expect(r.rejected).toBeGreaterThan(0);
  });

  it('requests routed to an environment still in init wait for it: latency includes the rest of init', () => {
    // Constant 100 ms work, 1 s init, two requests 0.5 s apart on a fresh environment of 2 slots.
    const r = simulateColdStart(
      params({
        arrivals: replayOf(new Float64Array([0, 0.5])),
        durationMs: 100,
        initMs: 1000,
        distribution: 'constant',
        perEnvConcurrency: 2,
        horizonS: 10,
      }),
    );
    expect(r.coldStarts).toBe(1);
    // 1,100 ms and 600 ms: mean 850.
    expect(r.latencyMs.mean).toBeCloseTo(850, 0);
  });

  it('provisioned environments take requests first and are never reclaimed', () => {
    const r = simulateColdStart(
      params({ rate: 1, durationMs: 100, provisioned: 1, perEnvConcurrency: 8, keepAliveS: 0 }),
    );
    expect(r.coldStarts).toBe(0);
    expect(r.meanInstances).toBeCloseTo(1, 9);
  });
});
