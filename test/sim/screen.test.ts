import { describe, expect, it } from 'vitest';
import { loadPrices, loadRuntimes } from '../../src/core/content/prices.js';
import { explainColdStart, explainConnections, explainCost } from '../../src/sim/explain.js';
import { simulatorNames } from '../../src/sim/help.js';
import { computeCost } from '../../src/sim/models/cost.js';
import { applyPreset, simPresets } from '../../src/sim/presets.js';
import { screenValues } from '../../src/sim/screen-flags.js';
import {
  buildColdStart,
  buildConnections,
  buildCost,
  defaultValues,
  initialValues,
  panelParams,
  parseTyped,
  type SimResources,
  showValue,
  stepValue,
  valuesError,
  withValue,
} from '../../src/sim/screen-params.js';
import { costCurves, SWEEP_MAX_REQUESTS, sweepHorizon } from '../../src/sim/sweeps.js';

const res: SimResources = { prices: loadPrices(), runtimes: loadRuntimes() };
const param = (name: Parameters<typeof panelParams>[0], v: Record<string, unknown>, p: string) =>
  panelParams(name, v as never, res).find((x) => x.spec.name === p)!;

describe('screen values', () => {
  it('take the flags like the command line, filling the required ones', () => {
    const v = screenValues('cost', { 'memory-mb': '1024' });
    expect(v.memoryMb).toBe(1024);
    expect(v.invocations).toBe(100_000_000);
    expect(v.arch).toBe('x86_64');
    expect(() => screenValues('cost', { 'memory-mb': '99' })).toThrow(
      '--memory-mb must be a whole number from 128 to 10240 (got "99")',
    );
    expect(() => screenValues('cost', { rate: '1' })).toThrow('--rate does not apply to sim cost.');
    expect(() => screenValues('cold-start', { provisioned: '5', 'max-concurrency': '2' })).toThrow(
      '--provisioned (5) cannot exceed --max-concurrency (2)',
    );
    expect(() => screenValues('cold-start', { arrivals: 'x.csv' })).toThrow('--arrivals');
  });

  it('a refused start falls back to the defaults with the reason', () => {
    const r = initialValues('cost', { 'ec2-type': 'm9.huge' }, res);
    expect(r.error).toMatch(/^--ec2-type must be one of .*t3\.micro.* \(got "m9\.huge"\)$/);
    expect(r.values).toEqual(defaultValues('cost'));
    const rt = initialValues('cold-start', { runtime: 'cobol' }, res);
    expect(rt.error).toMatch(/^--runtime must be one of/);
    const both = initialValues('cold-start', { runtime: 'java21', 'init-ms': '5' }, res);
    expect(both.error).toMatch(/--init-ms cannot be combined with --runtime/);
  });

  it('the panel leaves out replays and the other modes’ parameters', () => {
    const held = panelParams('connections', { mode: 'held' }, res).map((p) => p.spec.name);
    expect(held).toContain('keepAliveS');
    expect(held).not.toContain('poolSize');
    expect(held).not.toContain('arrivals');
    const proxy = panelParams('connections', { mode: 'proxy' }, res).map((p) => p.spec.name);
    expect(proxy).toContain('poolSize');
    expect(proxy).not.toContain('keepAliveS');
  });

  it('shows values with units, automatic ones with what they fall back to', () => {
    const v = defaultValues('connections');
    expect(
      showValue(param('connections', { mode: 'proxy' }, 'poolSize'), { ...v, mode: 'proxy' }, res),
    ).toBe('auto (97)');
    const c = defaultValues('cost');
    expect(showValue(param('cost', c, 'invocations'), c, res)).toBe('100M/month');
    expect(showValue(param('cost', c, 'ec2Type'), c, res)).toBe('auto (t3.micro)');
    expect(showValue(param('cost', c, 'ec2Type'), { ...c, arch: 'arm64' }, res)).toBe(
      'auto (t4g.micro)',
    );
    const cs = { ...defaultValues('cold-start'), runtime: 'java21' };
    expect(showValue(param('cold-start', cs, 'initMs'), cs, res)).toBe('242 ms (java21 preset)');
  });

  it('typed values: suffixes, names, on/off, auto; bad ones throw the flag message', () => {
    const c = defaultValues('cost');
    expect(parseTyped(param('cost', c, 'invocations'), '1.5M')).toBe(1_500_000);
    expect(parseTyped(param('cost', c, 'invocations'), '2e8')).toBe(200_000_000);
    expect(parseTyped(param('cost', c, 'arch'), 'ARM64')).toBe('arm64');
    expect(parseTyped(param('cost', c, 'freeTier'), 'on')).toBe(true);
    expect(parseTyped(param('cost', c, 'ec2Type'), 'auto')).toBeUndefined();
    expect(() => parseTyped(param('cost', c, 'memoryMb'), '99999')).toThrow(
      '--memory-mb must be a whole number from 128 to 10240',
    );
    expect(() => parseTyped(param('cost', c, 'ec2Type'), 'x1')).toThrow(
      '--ec2-type must be one of',
    );
  });

  it('choices and enums cycle; booleans toggle', () => {
    const c = defaultValues('cost');
    expect(stepValue(param('cost', c, 'arch'), c, 1, res)).toBe('arm64');
    expect(stepValue(param('cost', c, 'api'), c, -1, res)).toBe('rest');
    expect(stepValue(param('cost', c, 'freeTier'), c, 1, res)).toBe(true);
    const ec2 = param('cost', c, 'ec2Type');
    expect(stepValue(ec2, c, 1, res)).toBe(ec2.choices?.[1]);
    const p = { ...defaultValues('connections'), mode: 'proxy' };
    expect(stepValue(param('connections', p, 'poolSize'), p, -1, res)).toBe(50);
  });

  it('a new mode resets the other modes’ values; typing an init time leaves the runtime', () => {
    const held = { ...defaultValues('connections'), keepAliveS: 30 };
    const proxy = withValue('connections', held, 'mode', 'proxy');
    expect(proxy.keepAliveS).toBe(600);
    expect(valuesError('connections', proxy, res)).toBeUndefined();
    const cs = { ...defaultValues('cold-start'), runtime: 'java21', snapstart: true };
    const typed = withValue('cold-start', cs, 'initMs', 50);
    expect(typed.runtime).toBeUndefined();
    expect(typed.snapstart).toBe(false);
  });

  it('cross-parameter errors are the command line’s', () => {
    const c = { ...defaultValues('cost'), fleet: 'sized', fargateTasks: 3 };
    expect(valuesError('cost', c, res)).toBe(
      '--fargate-tasks needs --fleet fixed (the default, sized, sizes the fleet to the load)',
    );
    const cs = { ...defaultValues('cold-start'), runtime: 'nodejs22', snapstart: true };
    expect(valuesError('cold-start', cs, res)).toMatch(
      /^--snapstart is not available for nodejs22/,
    );
    const big = { ...defaultValues('cold-start'), rate: 1e6, horizonS: 1e6 };
    expect(valuesError('cold-start', big, res)).toMatch(/above the limit/);
  });
});

describe('presets', () => {
  it('every preset of every simulator gives values the models accept', () => {
    for (const name of simulatorNames) {
      for (const preset of simPresets(name, res.runtimes)) {
        const v = applyPreset(name, defaultValues(name), preset);
        expect(valuesError(name, v, res), `${name} ${preset.id}`).toBeUndefined();
        expect(preset.note.length, preset.id).toBeLessThanOrEqual(80);
      }
    }
  });

  it("the material's cost preset computes $103.33 where the material says ~$185", () => {
    const preset = simPresets('cost', res.runtimes).find((p) => p.id === 'material')!;
    const r = computeCost(
      buildCost(applyPreset('cost', defaultValues('cost'), preset), res),
      res.prices,
    );
    expect(r.lambda.total).toBeCloseTo(103.33, 2);
    expect(preset.note).toContain('~$185');
    const at1024 = simPresets('cost', res.runtimes).find((p) => p.id === 'material-185')!;
    const r2 = computeCost(
      buildCost(applyPreset('cost', defaultValues('cost'), at1024), res),
      res.prices,
    );
    expect(r2.lambda.total).toBeCloseTo(186.67, 2);
  });

  it('runtime presets take init from the table; SnapStart only where allowed', () => {
    const presets = simPresets('cold-start', res.runtimes);
    const snap = presets.filter((p) => p.values.snapstart === true).map((p) => p.values.runtime);
    expect(snap.sort()).toEqual(
      res.runtimes.runtimes
        .filter((r) => r.snapstart)
        .map((r) => r.name)
        .sort(),
    );
    const java = presets.find((p) => p.id === 'runtime:java21+snapstart')!;
    const v = applyPreset('cold-start', { ...defaultValues('cold-start'), rate: 3 }, java);
    expect(v.rate).toBe(3);
    expect(buildColdStart(v, res).params.initMs).toBe(res.runtimes.snapstart.restoreMs);
  });

  it('the RDS Proxy preset switches to proxy with the 120 s borrow timeout', () => {
    const preset = simPresets('connections', res.runtimes).find((p) => p.id === 'rds-proxy')!;
    const p = buildConnections(applyPreset('connections', defaultValues('connections'), preset));
    expect(p.mode).toBe('proxy');
    expect(p.borrowTimeoutS).toBe(120);
    expect(p.poolSize).toBeUndefined();
  });
});

describe('explain', () => {
  it('cost: the arithmetic with the current numbers', () => {
    const fixed = { ...defaultValues('cost'), fleet: 'fixed', publicIpv4: false };
    const p = buildCost(fixed, res);
    const lines = explainCost(p, computeCost(p, res.prices), res.prices).join('\n');
    expect(lines).toContain('Requests: 100M × $0.20/M = $20.00');
    expect(lines).toContain('GB-s: 100M × 0.5 GB × 0.1 s = 5M GB-s');
    expect(lines).toContain('Duration: GB-s × $0.0000166667 = $83.33');
    expect(lines).toContain('(0.25 vCPU × $0.04048 + 0.5 GB × $0.004445) × 730 h × 1 = $9.01');
    expect(lines).toMatch(
      /N = F \/ c = \$9\.01 \/ \$0\.00000103 an invocation = 8,7\d\d,\d{3} a month/,
    );
    const free = buildCost({ ...fixed, freeTier: true }, res);
    const freeLines = explainCost(free, computeCost(free, res.prices), res.prices).join('\n');
    expect(freeLines).toContain('(100M − 1M free)');
    expect(freeLines).toContain('= ($9.01 + $0.20 + $6.67) / $0.00000103');
    // Sized by default: the fleet formula, the IPv4 line and the step-shaped break-even.
    const sized = buildCost(defaultValues('cost'), res);
    const sizedLines = explainCost(sized, computeCost(sized, res.prices), res.prices).join('\n');
    expect(sizedLines).toContain('tasks = ⌈vCPU ÷ (0.25 × 0.7)⌉ = 7');
    expect(sizedLines).toContain('Public IPv4: $0.005/h × 730 h per task and per instance');
    expect(sizedLines).toMatch(/step-shaped total: 12,251,618, 15,889,904/);
  });

  it('cold start: Little’s law and e^(−λT) with the numbers in', () => {
    const { params } = buildColdStart(
      { ...defaultValues('cold-start'), rate: 0.01, durationMs: 100 },
      res,
    );
    const lines = explainColdStart(params, undefined).join('\n');
    expect(lines).toContain('busy = λ × duration = 0.01/s × 0.1 s = 0.001');
    expect(lines).toContain('e^(−0.01 × 600) = 0.248%');
    expect(lines).toContain('the formula holds');
  });

  it('connections: Erlang B with A = λ × hold; Erlang C with the mean wait', () => {
    const b = buildConnections({
      ...defaultValues('connections'),
      mode: 'per-invocation',
      rate: 100,
      durationMs: 800,
    });
    const bl = explainConnections(b, undefined).join('\n');
    expect(bl).toContain('A = λ × hold = 100/s × 0.8 s = 80 Erlangs');
    expect(bl).toContain('B(97) = ');
    const c = buildConnections({
      ...defaultValues('connections'),
      mode: 'proxy',
      rate: 100,
      durationMs: 900,
    });
    const cl = explainConnections(c, undefined).join('\n');
    expect(cl).toContain('C = c·B / (c − A(1 − B)) = ');
    expect(cl).toMatch(/mean wait = C·h \/ \(c − A\) = [\d.]+ ms/);
  });
});

describe('sweeps', () => {
  it('cost curves come from the model at each volume', () => {
    const p = buildCost({ ...defaultValues('cost'), fleet: 'fixed', publicIpv4: false }, res);
    const curves = costCurves(p, res.prices, [1e8]);
    expect(curves.lambda[0]).toBeCloseTo(103.33, 2);
    expect(curves.fargate[0]).toBeCloseTo(9.01, 2);
    // A sized fleet's curve steps with the load: 7 tasks of $12.66 at 100M.
    const sized = buildCost(defaultValues('cost'), res);
    expect(costCurves(sized, res.prices, [1e8]).fargate[0]).toBeCloseTo(7 * 12.660025, 4);
  });

  it('a short run is capped in requests however the rate and keep-alive go', () => {
    for (const rate of [0.001, 1, 1000, 1e6]) {
      for (const keepAlive of [0, 600, 1e7]) {
        expect(sweepHorizon(rate, keepAlive, 100) * rate).toBeLessThanOrEqual(
          SWEEP_MAX_REQUESTS * 1.0001,
        );
      }
    }
  });
});
