import { describe, expect, it } from 'vitest';
import { loadPrices } from '../../src/core/content/prices.js';
import { ModelParamError } from '../../src/sim/models/errors.js';
import { isModelName, modelNames, runModel } from '../../src/sim/registry.js';

const prices = loadPrices();
const material = { invocations: 100_000_000, memoryMb: 512, durationMs: 100 };

function at(o: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], o);
}

describe('model registry', () => {
  it('knows the eight models', () => {
    expect([...modelNames].sort()).toEqual(
      [
        'cold-start',
        'concurrency',
        'connections',
        'cost',
        'erlang-b',
        'erlang-c',
        'keep-alive',
        'shared-environment',
      ].sort(),
    );
    expect(isModelName('cost')).toBe(true);
    expect(isModelName('price')).toBe(false);
  });

  it('shared-environment: λd in flight, ⌈λd/N⌉ environments, e^(−λd) by hand', () => {
    // 400/s × 0.3 s = 120 in flight; 64 per environment → 2; e^(−120) underflows to ~0.
    expect(runModel('shared-environment', { rate: 400, durationMs: 300 }, prices)).toEqual({
      busySlots: 120,
      minEnvironments: 2,
      emptyArrivalProbability: Math.exp(-120),
    });
    const one = runModel(
      'shared-environment',
      { rate: 1, durationMs: 1000, perEnvConcurrency: 1 },
      prices,
    );
    expect(one.minEnvironments).toBe(1);
    expect(one.emptyArrivalProbability).toBeCloseTo(0.36787944117144233, 15);
  });

  it('cost: every output path of the content table, defaults filled in', () => {
    const out = runModel('cost', material, prices);
    for (const path of [
      'lambda.requests',
      'lambda.compute',
      'lambda.api',
      'lambda.provisioned',
      'lambda.total',
      'fargate.total',
      'ec2.total',
      'breakEven.fargate',
      'breakEven.ec2',
    ]) {
      expect(typeof at(out, path), path).toBe('number');
    }
    expect(at(out, 'lambda.total')).toBeCloseTo(103.33, 2);
    expect(
      at(runModel('cost', { ...material, freeTier: true }, prices), 'lambda.total'),
    ).toBeCloseTo(96.47, 2);
  });

  it('the closed-form models', () => {
    expect(runModel('concurrency', { rate: 100, durationMs: 500 }, prices)).toEqual({
      concurrency: 50,
    });
    expect(runModel('erlang-b', { offeredLoad: 80, servers: 100 }, prices).blocking).toBeCloseTo(
      0.0039920286,
      9,
    );
    const c = runModel('erlang-c', { offeredLoad: 90, servers: 100, holdMs: 100 }, prices);
    expect(c.waitProbability).toBeCloseTo(0.21694, 5);
    expect(c.meanWaitMs).toBeCloseTo(2.1694, 4);
    const k = runModel('keep-alive', { rate: 0.01, keepAliveS: 60 }, prices);
    expect(k.coldStartProbability).toBeCloseTo(0.5488, 4);
    expect(k.meanInstances).toBeCloseTo(0.4512, 4);
  });

  it('the simulators run with the given horizon and seed', () => {
    const cs = runModel(
      'cold-start',
      { rate: 1, durationMs: 2000, horizonS: 10_000, seed: 3 },
      prices,
    );
    expect(cs.simulatedS).toBe(10_000);
    expect(typeof cs.coldStartProbability).toBe('number');
    expect(
      runModel('cold-start', { rate: 1, durationMs: 2000, horizonS: 10_000, seed: 3 }, prices),
    ).toEqual(cs);
    const cn = runModel(
      'connections',
      { mode: 'per-invocation', rate: 800, durationMs: 100, horizonS: 100 },
      prices,
    );
    expect(typeof cn.erlangB).toBe('number');
    expect(typeof cn.peakConnections).toBe('number');
  });

  it('bad params throw ModelParamError naming the param', () => {
    const bad: [string, Record<string, unknown>, RegExp][] = [
      [
        'memoryMb',
        { ...material, memoryMb: 64 },
        /memoryMb must be a whole number from 128 to 10240/,
      ],
      ['arch', { ...material, arch: 'sparc' }, /arch must be one of x86_64, arm64/],
      ['invocations', { memoryMb: 512, durationMs: 100 }, /invocations is required/],
      ['colour', { ...material, colour: 'red' }, /unknown param colour/],
      ['freeTier', { ...material, freeTier: 'yes' }, /freeTier must be true or false/],
    ];
    for (const [param, p, message] of bad) {
      let err: unknown;
      try {
        runModel('cost', p, prices);
      } catch (e) {
        err = e;
      }
      expect(err, param).toBeInstanceOf(ModelParamError);
      expect((err as ModelParamError).param).toBe(param);
      expect((err as Error).message).toMatch(message);
    }
    expect(() =>
      runModel('erlang-c', { offeredLoad: 100, servers: 100, holdMs: 1 }, prices),
    ).toThrow(ModelParamError);
    expect(() =>
      runModel('cold-start', { rate: 1e4, durationMs: 10, horizonS: 1e5 }, prices),
    ).toThrow(ModelParamError);
    // command-line-only params are not content params
    expect(() =>
      runModel('cold-start', { rate: 1, durationMs: 10, runtime: 'java21' }, prices),
    ).toThrow(/unknown param runtime/);
  });
});
