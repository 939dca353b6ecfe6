import { describe, expect, it } from 'vitest';
import { loadPrices, loadRuntimes } from '../../src/core/content/prices.js';
import { explainColdStart, explainConnections, explainCost } from '../../src/sim/explain.js';
import { simulateColdStart } from '../../src/sim/models/cold-start.js';
import { simulateConnections } from '../../src/sim/models/connections.js';
import { computeCost } from '../../src/sim/models/cost.js';
import type { ParamValues } from '../../src/sim/params.js';
import {
  coldStartQuantity,
  connectionsQuantity,
  costQuantity,
  formatQuantity,
  gradePrediction,
  type PredictQuantity,
  parsePrediction,
  predictionExamples,
  predictionReview,
  predictQuantities,
  quantitiesFor,
  whyLine,
} from '../../src/sim/predict.js';
import {
  buildColdStart,
  buildConnections,
  buildCost,
  defaultValues,
} from '../../src/sim/screen-params.js';

const res = { prices: loadPrices(), runtimes: loadRuntimes() };
const costParams = buildCost(
  {
    ...defaultValues('cost'),
    invocations: 20_000_000,
    memoryMb: 512,
    durationMs: 100,
    fleet: 'fixed',
    publicIpv4: false,
  },
  res,
);
const cost = computeCost(costParams, res.prices);
const coldStart = (v: ParamValues) =>
  buildColdStart({ ...defaultValues('cold-start'), ...v }, res).params;
/** 100 req/s of 100 ms on 20 connections (17 usable): a loaded database. */
const connections = (v: ParamValues) =>
  buildConnections({
    ...defaultValues('connections'),
    rate: 100,
    durationMs: 100,
    horizonS: 60,
    maxConnections: 20,
    ...v,
  });

describe('quantities', () => {
  it('cost offers break-even and the Lambda total; connections follow the mode', () => {
    expect(quantitiesFor('cost', {})).toEqual(['break-even-fargate', 'lambda-total']);
    expect(quantitiesFor('cold-start', {})).toEqual(['cold-start-probability', 'peak-instances']);
    expect(quantitiesFor('connections', { mode: 'held' })).toEqual(['peak-connections']);
    expect(quantitiesFor('connections', { mode: 'per-invocation' })).toEqual([
      'blocking-probability',
    ]);
    expect(quantitiesFor('connections', { mode: 'proxy' })).toEqual(['wait-probability']);
  });

  it('reads the cost model: break-even 8.72M at 512 MB × 100 ms, the total in dollars', () => {
    const be = costQuantity('break-even-fargate', cost);
    expect(be).toBeGreaterThan(8.71e6);
    expect(be).toBeLessThan(8.73e6);
    expect(costQuantity('lambda-total', cost)).toBeCloseTo(20.67, 2);
    expect(() => costQuantity('peak-instances', cost)).toThrow(/not a cost quantity/);
  });

  it('reads the simulations: cold-start share and peak, held peak, Erlang B and C', () => {
    const cs = coldStart({ rate: 2, durationMs: 200, horizonS: 600 });
    const r = simulateColdStart(cs);
    expect(coldStartQuantity('cold-start-probability', r)).toBe(r.coldStartProbability);
    expect(coldStartQuantity('peak-instances', r)).toBe(r.peakInstances);

    const held = simulateConnections(connections({ mode: 'held' }));
    expect(connectionsQuantity('peak-connections', held)).toBe(held.peakConnections);
    const loss = simulateConnections(connections({ mode: 'per-invocation' }));
    expect(connectionsQuantity('blocking-probability', loss)).toBe(loss.erlangB);
    const proxy = simulateConnections(connections({ mode: 'proxy', poolSize: 15 }));
    expect(connectionsQuantity('wait-probability', proxy)).toBe(
      proxy.proxy?.erlangC.waitProbability,
    );
    // A quantity of another mode has no value.
    expect(connectionsQuantity('wait-probability', loss)).toBeNull();
  });

  it('formats each kind as the screen shows it', () => {
    expect(formatQuantity('break-even-fargate', 8_720_000)).toBe('8.72M');
    expect(formatQuantity('lambda-total', 103.333)).toBe('$103.33');
    expect(formatQuantity('cold-start-probability', 0.004)).toBe('0.4%');
  });
});

describe('parsing a prediction', () => {
  it('accepts suffixes, exponents, dollars and percentages', () => {
    expect(parsePrediction('break-even-fargate', '8.7M')).toEqual({ ok: true, value: 8_700_000 });
    expect(parsePrediction('break-even-fargate', '2e6')).toEqual({ ok: true, value: 2_000_000 });
    expect(parsePrediction('lambda-total', '$103')).toEqual({ ok: true, value: 103 });
    const pct = parsePrediction('cold-start-probability', '0.4%');
    expect(pct.ok && pct.value).toBeCloseTo(0.004, 10);
    expect(parsePrediction('cold-start-probability', '0.12')).toEqual({ ok: true, value: 0.12 });
  });

  it('refuses what cannot be the quantity, with a hint', () => {
    expect(parsePrediction('cold-start-probability', '40')).toEqual({
      ok: false,
      hint: 'A probability: type 12% or 0.12',
    });
    expect(parsePrediction('lambda-total', '-5').ok).toBe(false);
    expect(parsePrediction('lambda-total', '').ok).toBe(false);
    expect(parsePrediction('lambda-total', '12 apples').ok).toBe(false);
  });
});

describe('grading a prediction', () => {
  it('rates by the error in tolerances: ½ Easy, 1 Good, 2 Hard, beyond Again', () => {
    // Break-even: 25%.
    expect(gradePrediction('break-even-fargate', 8.7e6, 8.72e6)).toMatchObject({
      rating: 4,
      correct: true,
      score: 1,
    });
    expect(gradePrediction('break-even-fargate', 7e6, 8.72e6).rating).toBe(3);
    const hard = gradePrediction('break-even-fargate', 12e6, 8.72e6);
    expect(hard).toMatchObject({ rating: 2, correct: false });
    expect(hard.score).toBeGreaterThan(0);
    expect(hard.score).toBeLessThan(1);
    expect(gradePrediction('break-even-fargate', 2e6, 8.72e6)).toMatchObject({
      rating: 1,
      score: 0,
    });
    // The bill: 10%.
    expect(gradePrediction('lambda-total', 110, 103.33).rating).toBe(3);
    expect(gradePrediction('lambda-total', 120, 103.33).rating).toBe(2);
  });

  it('reports the relative error, and none against an actual of zero', () => {
    const g = gradePrediction('lambda-total', 110, 100);
    expect(g.relativeError).toBeCloseTo(0.1, 10);
    expect(gradePrediction('blocking-probability', 0.001, 0).relativeError).toBeNull();
  });

  it('grades by ratio: 0.45% against 0.0335% is 13× off, not Good', () => {
    const g = gradePrediction('cold-start-probability', 0.0045, 0.000335);
    expect(g).toMatchObject({ correct: false, rating: 1, score: 0 });
    // 0.3% against 0.1% is three times off: wrong, however few points apart.
    expect(gradePrediction('cold-start-probability', 0.003, 0.001).correct).toBe(false);
    // Within ×/÷1.25 either way is right; the bands are symmetric in ratio.
    expect(gradePrediction('wait-probability', 0.0024, 0.002).correct).toBe(true);
    expect(gradePrediction('wait-probability', 0.002, 0.0024).correct).toBe(true);
    expect(gradePrediction('wait-probability', 0.4, 0.3).correct).toBe(false);
    expect(gradePrediction('wait-probability', 0.33, 0.3).correct).toBe(true);
    // About zero is right when the answer is about zero (both under 0.01%).
    expect(gradePrediction('blocking-probability', 0.00005, 0).rating).toBe(4);
    expect(gradePrediction('blocking-probability', 0.02, 0).rating).toBe(1);
    // Counts too: 30 instances against 10 is Again; 0 against 0 is exact.
    expect(gradePrediction('peak-instances', 30, 10).rating).toBe(1);
    expect(gradePrediction('peak-instances', 0, 0).rating).toBe(4);
  });

  it('the input hint never shows an answer: no example is within tolerance of the default model', () => {
    const defaults = buildCost({ ...defaultValues('cost'), invocations: 20_000_000 }, res);
    const model = computeCost(defaults, res.prices);
    const answers: Array<[PredictQuantity, number]> = [
      ['break-even-fargate', costQuantity('break-even-fargate', model) ?? 0],
      ['lambda-total', costQuantity('lambda-total', model) ?? 0],
      ['break-even-fargate', 8.72e6],
      ['lambda-total', 103.33],
    ];
    for (const [q, actual] of answers) {
      for (const example of predictionExamples(q)
        .replace(/^e\.g\. /, '')
        .split(', ')) {
        const parsed = parsePrediction(q, example);
        expect(parsed.ok, example).toBe(true);
        if (parsed.ok)
          expect(gradePrediction(q, parsed.value, actual).correct, example).toBe(false);
      }
    }
    for (const q of predictQuantities) expect(predictionExamples(q)).not.toMatch(/8\.7M|\$103/);
  });
});

describe('the why line and the review event', () => {
  it('picks the explain panel lines of each quantity', () => {
    const lines = explainCost(costParams, cost, res.prices);
    expect(whyLine('break-even-fargate', lines)).toMatch(
      /^Break-even N = F \/ c .*= 8,719,365 a month$/,
    );
    expect(whyLine('lambda-total', lines)).toMatch(/^Requests: .* · Duration: /);
    const cs = coldStart({ rate: 2, durationMs: 200, horizonS: 600 });
    const r = simulateColdStart(cs);
    expect(whyLine('cold-start-probability', explainColdStart(cs, r))).toMatch(
      /^One instance: P\(cold\) ≈ e\^\(−λT\)/,
    );
    expect(whyLine('peak-instances', explainColdStart(cs, r))).toMatch(/^Little's law/);
    for (const [mode, q, re] of [
      ['held', 'peak-connections', /^connections = environments/],
      ['per-invocation', 'blocking-probability', /^offered load A .* · B\(17\)/],
      ['proxy', 'wait-probability', /^pool c = .* · C = /],
    ] as const) {
      const p = connections({ mode });
      expect(whyLine(q, explainConnections(p, simulateConnections(p)))).toMatch(re);
    }
  });

  it('is a predict review of the linked template with the grade and the inputs', () => {
    const g = gradePrediction('break-even-fargate', 8e6, 8.72e6);
    expect(predictionReview('break-even-fargate', 8e6, 8.72e6, g, costParams)).toEqual({
      type: 'review',
      itemId: 'tpl-breakeven-fargate',
      rating: g.rating,
      source: 'predict',
      correct: true,
      score: 1,
      answer: {
        quantity: 'break-even-fargate',
        predicted: 8e6,
        actual: 8.72e6,
        params: costParams,
      },
    });
  });
});
