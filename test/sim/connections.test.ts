import { describe, expect, it } from 'vitest';
import { simulateColdStart } from '../../src/sim/models/cold-start.js';
import {
  type ConnectionsParams,
  createConnectionsRun,
  simulateConnections,
} from '../../src/sim/models/connections.js';
import { erlangB, erlangC, erlangCMeanWait } from '../../src/sim/models/erlang.js';
import { coldStartParams } from './fixtures.js';

function params(over: Partial<ConnectionsParams> & { rate: number }): ConnectionsParams {
  const { rate, ...rest } = over;
  return {
    mode: 'per-invocation',
    arrivals: { kind: 'poisson', rate },
    durationMs: 100,
    initMs: 200,
    keepAliveS: 600,
    maxConnections: 100,
    reserved: 0,
    borrowTimeoutS: 120,
    horizonS: 2000,
    seed: 1,
    ...rest,
  };
}

const rel = (got: number, want: number) => Math.abs(got - want) / want;

describe('per-invocation connections: an Erlang B loss system', () => {
  it('A = 100, c = 100: blocking 7.57%', () => {
    const r = simulateConnections(params({ rate: 1000, horizonS: 2000 }));
    expect(r.erlangB).toBeCloseTo(0.0757004527, 9);
    expect(rel(r.failureProbability, 0.0757004527)).toBeLessThan(0.03);
    expect(r.peakConnections).toBe(100);
    // carried load = A(1 − B)
    expect(rel(r.meanConnections, 100 * (1 - 0.0757))).toBeLessThan(0.01);
  });

  it('under bursts the Erlang line uses the on-window rate and says so (issue 13 §1)', () => {
    // 50/s on average in 10 s bursts every 100 s: 500/s while it bursts, A = 500 × 1 s.
    const r = simulateConnections(
      params({
        rate: 50,
        arrivals: { kind: 'bursty', rate: 50, onS: 10, periodS: 100 },
        durationMs: 1000,
        horizonS: 1000,
      }),
    );
    expect(r.analyticRate).toBe('on-window');
    expect(r.offeredLoad).toBeCloseTo(500, 9);
    expect(r.erlangB).toBeCloseTo(erlangB(500, 100), 12);
    // The simulated share is in the analytic value's range, not 1e-9 of it.
    expect(r.failureProbability).toBeGreaterThan(0.5 * (r.erlangB ?? 0));
  });

  it('A = 80, c = 100: blocking 0.40%', () => {
    const r = simulateConnections(params({ rate: 800, horizonS: 5000 }));
    expect(r.erlangB).toBeCloseTo(0.0039920286, 9);
    expect(rel(r.failureProbability, 0.0039920286)).toBeLessThan(0.1);
  });

  it('the usable connections are max-connections − reserved (PostgreSQL: 100 − 3)', () => {
    const r = simulateConnections(params({ rate: 900, reserved: 3, horizonS: 500 }));
    expect(r.usableConnections).toBe(97);
    expect(r.peakConnections).toBeLessThanOrEqual(97);
    expect(r.erlangB).toBeCloseTo(erlangB(90, 97), 12);
  });
});

describe('proxy: a pool that queues (Erlang C without timeouts)', () => {
  it('A = 90, c = 100: waits with probability 0.2169 and the Erlang C mean wait', () => {
    const r = simulateConnections(
      params({ mode: 'proxy', rate: 900, poolSize: 100, horizonS: 5000 }),
    );
    const proxy = r.proxy;
    expect(proxy).toBeDefined();
    expect(proxy?.poolSize).toBe(100);
    expect(proxy?.erlangC.waitProbability).toBeCloseTo(0.21694, 5);
    expect(rel(proxy?.waitProbability ?? 0, erlangC(90, 100))).toBeLessThan(0.05);
    expect(rel(proxy?.meanWaitMs ?? 0, erlangCMeanWait(90, 100, 100))).toBeLessThan(0.1);
    expect(proxy?.timeouts).toBe(0);
    expect(r.failedRequests).toBe(0);
  });

  it('the pool defaults to the usable connections and the query time to the duration', () => {
    const r = simulateConnections(params({ mode: 'proxy', rate: 100, reserved: 3, horizonS: 100 }));
    expect(r.proxy?.poolSize).toBe(97);
    expect(r.offeredLoad).toBeCloseTo(10, 12);
  });

  it('a borrow timeout of 0 turns the pool into a loss system (Erlang B)', () => {
    const r = simulateConnections(
      params({ mode: 'proxy', rate: 1000, poolSize: 100, borrowTimeoutS: 0, horizonS: 2000 }),
    );
    expect(rel(r.failureProbability, erlangB(100, 100))).toBeLessThan(0.03);
    expect(r.proxy?.timeouts).toBe(r.failedRequests);
  });

  it('overloaded, requests time out: throughput is capped at pool/query time', () => {
    // 200 req/s of 100 ms queries on 10 connections: at most 100/s get through.
    const r = simulateConnections(
      params({ mode: 'proxy', rate: 200, poolSize: 10, borrowTimeoutS: 1, horizonS: 2000 }),
    );
    expect(rel(r.failureProbability, 0.5)).toBeLessThan(0.03);
    expect(r.proxy?.erlangC.meanWaitMs).toBeNull();
    expect(r.proxy?.erlangC.waitProbability).toBe(1);
    expect(r.proxy?.meanWaitMs).toBeLessThanOrEqual(1000);
    expect(r.proxy?.meanWaitMs).toBeGreaterThan(500);
  });
});

describe('held connections follow environments', () => {
  it('matches the cold-start model when the database has room (λ=10, 2 s → about 37)', () => {
    const p = params({ mode: 'held', rate: 10, durationMs: 2000, horizonS: 50_000 });
    const r = simulateConnections(p);
    const env = simulateColdStart(coldStartParams({ arrivals: p.arrivals }, 50_000));
    expect(r.meanConnections).toBeCloseTo(env.meanInstances, 9);
    expect(r.peakConnections).toBe(env.peakInstances);
    expect(r.failedRequests).toBe(0);
    expect(r.held?.meanBusy).toBeCloseTo(env.meanBusy, 9);
  });

  it('a new environment that finds the database full fails its request', () => {
    const r = simulateConnections(
      params({
        mode: 'held',
        rate: 10,
        durationMs: 2000,
        maxConnections: 25,
        reserved: 0,
        horizonS: 20_000,
      }),
    );
    expect(r.usableConnections).toBe(25);
    expect(r.peakConnections).toBe(25);
    expect(r.failedRequests).toBeGreaterThan(0);
    expect(r.failureProbability).toBeGreaterThan(0);
  });
});

describe('connection runs', () => {
  it('step in slices to the same result', () => {
    const p = params({ mode: 'proxy', rate: 950, poolSize: 100, horizonS: 200 });
    const run = createConnectionsRun(p);
    while (!run.step(1234)) {
      // slices
    }
    expect(run.progress()).toBe(1);
    expect(run.snapshot()).toEqual(simulateConnections(p));
  });

  it('refuse a pool larger than the usable connections and the work bound', () => {
    expect(() => createConnectionsRun(params({ mode: 'proxy', rate: 1, poolSize: 101 }))).toThrow(
      /poolSize/,
    );
    expect(() => createConnectionsRun(params({ rate: 1e5, horizonS: 1e5 }))).toThrow(
      /above the limit/,
    );
  });
});
