import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/core/content/issues.js';
import { loadPrices, loadRuntimes } from '../../src/core/content/prices.js';
import { type CostParams, computeCost, tieredCost } from '../../src/sim/models/cost.js';

const prices = loadPrices();

const material: CostParams = {
  invocations: 100_000_000,
  memoryMb: 512,
  durationMs: 100,
  arch: 'x86_64',
  freeTier: false,
  api: 'none',
  provisioned: 0,
  fargateVcpu: 0.25,
  fargateMemoryGb: 0.5,
  fargateTasks: 1,
  ec2Count: 1,
  capacityAware: false,
  targetUtilization: 0.7,
};

const cents = (x: number) => Math.round(x * 100) / 100;

describe('cost: the reference figures (simulators.md §3, facts.md §2)', () => {
  it('512 MB × 100 ms × 100M on x86: requests $20.00 + duration $83.33 = $103.33', () => {
    const r = computeCost(material, prices);
    expect(cents(r.lambda.requests)).toBe(20);
    expect(cents(r.lambda.compute)).toBe(83.33);
    expect(cents(r.lambda.total)).toBe(103.33);
    expect(r.lambda.api).toBe(0);
    expect(r.lambda.provisioned).toBe(0);
    expect(r.lambda.perInvocation).toBeCloseTo(0.000001033335, 15);
  });

  it('with the free tier $96.47', () => {
    expect(cents(computeCost({ ...material, freeTier: true }, prices).lambda.total)).toBe(96.47);
  });

  it("1,024 MB costs $186.67 (the material's $185)", () => {
    expect(cents(computeCost({ ...material, memoryMb: 1024 }, prices).lambda.total)).toBe(186.67);
  });

  it('arm64 $86.67', () => {
    expect(cents(computeCost({ ...material, arch: 'arm64' }, prices).lambda.total)).toBe(86.67);
  });

  it('Fargate 0.25 vCPU / 0.5 GB $9.01 (arm $7.21); EC2 t3.micro $7.59', () => {
    const r = computeCost(material, prices);
    expect(cents(r.fargate.total)).toBe(9.01);
    expect(cents(r.ec2.total)).toBe(7.59);
    expect(r.ec2.type).toBe('t3.micro');
    expect(cents(computeCost({ ...material, arch: 'arm64' }, prices).fargate.total)).toBe(7.21);
  });

  it('break-even against the task: 8.72M, 15.36M with the free tier', () => {
    const r = computeCost(material, prices);
    expect(Math.round((r.breakEven.fargate ?? 0) / 1e4) / 100).toBe(8.72);
    const f = computeCost({ ...material, freeTier: true }, prices);
    expect(Math.round((f.breakEven.fargate ?? 0) / 1e4) / 100).toBe(15.36);
  });

  it('break-even at 128 MB is 22.1M, at 1 GB 4.8M (facts.md §2)', () => {
    const small = computeCost({ ...material, memoryMb: 128 }, prices).breakEven.fargate ?? 0;
    const big = computeCost({ ...material, memoryMb: 1024 }, prices).breakEven.fargate ?? 0;
    expect(Math.round(small / 1e5) / 10).toBe(22.1);
    expect(Math.round(big / 1e5) / 10).toBe(4.8);
  });

  it('break-even does not depend on the volume asked about, and doubles with two tasks', () => {
    const a = computeCost({ ...material, invocations: 1 }, prices).breakEven.fargate ?? 0;
    const b = computeCost(material, prices).breakEven.fargate ?? 0;
    expect(a).toBe(b);
    const two = computeCost({ ...material, fargateTasks: 2 }, prices).breakEven.fargate ?? 0;
    expect(Math.abs(two - 2 * b)).toBeLessThanOrEqual(2);
  });
});

describe('cost: tiers, API Gateway, provisioned concurrency', () => {
  it('walks the tier table', () => {
    const tiers = prices.lambda.duration.x86_64.perGbSecond;
    const expected = 6e9 * 0.0000166667 + 9e9 * 0.000015 + 1e9 * 0.0000133334;
    expect(tieredCost(16e9, tiers)).toBeCloseTo(expected, 4);
    expect(tieredCost(0, tiers)).toBe(0);
  });

  it('API Gateway HTTP $1.00/M and REST $3.50/M at 100M', () => {
    expect(cents(computeCost({ ...material, api: 'http' }, prices).lambda.api)).toBe(100);
    expect(cents(computeCost({ ...material, api: 'rest' }, prices).lambda.api)).toBe(350);
    // REST past 333M: 333 × 3.50 + 167 × 2.80
    expect(
      cents(computeCost({ ...material, invocations: 500e6, api: 'rest' }, prices).lambda.api),
    ).toBe(cents(333 * 3.5 + 167 * 2.8));
  });

  it('provisioned concurrency: configured GB-s all month, executed duration at the PC rate', () => {
    const r = computeCost({ ...material, provisioned: 5 }, prices);
    // 5 × 0.5 GB × 730 h × 3600 s × $0.0000041667
    expect(r.lambda.provisioned).toBeCloseTo(5 * 0.5 * 730 * 3600 * 0.0000041667, 4);
    // average concurrency 3.8 < 5: all 5M GB-s run on the provisioned environments
    expect(r.lambda.compute).toBeCloseTo(5e6 * 0.0000097222, 4);
    expect(r.lambda.total).toBeCloseTo(
      r.lambda.requests + r.lambda.compute + r.lambda.provisioned,
      6,
    );
  });

  it('the free tier does not apply with provisioned concurrency', () => {
    const a = computeCost({ ...material, provisioned: 1, freeTier: true }, prices);
    const b = computeCost({ ...material, provisioned: 1, freeTier: false }, prices);
    expect(a.lambda.total).toBe(b.lambda.total);
  });
});

describe('cost: capacity-aware', () => {
  it('sizes tasks to the load: 100M × 100 ms × 512 MB needs 1.10 vCPU → 7 tasks of 0.25 at 70%', () => {
    const r = computeCost({ ...material, capacityAware: true }, prices);
    expect(r.capacity?.requiredVcpu).toBeCloseTo((100e6 / (730 * 3600)) * 0.1 * (512 / 1769), 9);
    expect(r.fargate.tasks).toBe(7);
    expect(cents(r.fargate.total)).toBe(cents(7 * 9.010025));
    expect(r.ec2.count).toBe(1);
  });

  it('a light load still needs one task', () => {
    expect(
      computeCost({ ...material, invocations: 1000, capacityAware: true }, prices).fargate.tasks,
    ).toBe(1);
  });

  it('break-even is where Lambda costs what the sized tasks cost, or null when Lambda stays cheaper', () => {
    const r = computeCost({ ...material, capacityAware: true }, prices);
    expect(r.breakEven.fargate).toBe(computeCost(material, prices).breakEven.fargate);
    // 10 GB × 900 s requests on a 0.25 vCPU task sized for 1% utilisation: a task serves about
    // 1.3 of them a month, so each task costs more than the Lambda invocations it replaces.
    const never = computeCost(
      {
        ...material,
        capacityAware: true,
        targetUtilization: 0.01,
        memoryMb: 10_240,
        durationMs: 900_000,
      },
      prices,
    );
    expect(never.breakEven.fargate).toBeNull();
  });

  it('rejects an unknown EC2 type naming the param', () => {
    expect(() => computeCost({ ...material, ec2Type: 'm5.large' }, prices)).toThrow(
      /ec2Type must be one of/,
    );
  });
});

describe('price and runtime files', () => {
  it('loads runtimes with SnapStart flags', () => {
    const r = loadRuntimes();
    expect(r.runtimes.find((x) => x.name === 'java21')).toMatchObject({
      initMs: 242,
      snapstart: true,
    });
    expect(r.runtimes.find((x) => x.name === 'nodejs22')?.snapstart).toBe(false);
    expect(r.snapstart.restoreMs).toBeGreaterThanOrEqual(540);
    expect(r.snapstart.restoreMs).toBeLessThanOrEqual(680);
  });

  it('a bad price names the file and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'faas-prices-'));
    const text = readFileSync(join('content', 'prices.yaml'), 'utf8').replace(
      'perMillion: 0.20',
      'perMillion: cheap',
    );
    writeFileSync(join(dir, 'prices.yaml'), text);
    let err: unknown;
    try {
      loadPrices(dir);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ContentError);
    expect((err as Error).message).toMatch(/prices\.yaml.*lambda\.requests\.perMillion/);
  });

  it('a missing file is a ContentError naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'faas-prices-'));
    expect(() => loadRuntimes(dir)).toThrow(/runtimes\.yaml/);
  });
});
