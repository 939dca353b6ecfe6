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
  fleet: 'fixed',
  publicIpv4: false,
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
    // The instance alone (no traffic, so no surplus credits above its baseline).
    expect(cents(computeCost({ ...material, invocations: 0 }, prices).ec2.total)).toBe(7.59);
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
    // Average concurrency a = 3.8 < 5, yet Poisson demand exceeds 5 now and then: that share of
    // the 5M GB-s runs on demand. E[(N − 5)+] summed by hand from the pmf.
    const a = (100e6 * 0.1) / 2_628_000;
    let excess = 0;
    let pn = Math.exp(-a);
    for (let n = 0; n < 80; n++) {
      if (n > 5) excess += (n - 5) * pn;
      pn *= a / (n + 1);
    }
    const share = excess / a;
    expect(r.lambda.onDemandShare).toBeCloseTo(share, 12);
    expect(r.lambda.compute).toBeCloseTo(
      5e6 * ((1 - share) * 0.0000097222 + share * 0.0000166667),
      4,
    );
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

const sized: CostParams = { ...material, fleet: 'sized', publicIpv4: true };
/** 1e9 a month × 0.1 s × 512/1769 vCPU ÷ 2,628,000 s, by hand. */
const vcpu1B = (1e9 / 2_628_000) * 0.1 * (512 / 1769);

describe('cost: sized fleets (issue 13 §1)', () => {
  it('sizes tasks to the load: 100M × 100 ms × 512 MB needs 1.10 vCPU → 7 tasks of 0.25 at 70%', () => {
    const r = computeCost(sized, prices);
    expect(r.capacity.requiredVcpu).toBeCloseTo((100e6 / (730 * 3600)) * 0.1 * (512 / 1769), 9);
    expect(r.fargate.tasks).toBe(7);
    expect(cents(r.fargate.total)).toBe(cents(7 * (9.010025 + 3.65)));
  });

  it('1B invocations: ≥ 45 tasks of 0.25 vCPU, and t3.micro sized on its 0.2 vCPU baseline', () => {
    const r = computeCost({ ...sized, invocations: 1e9 }, prices);
    expect(r.capacity.requiredVcpu).toBeCloseTo(vcpu1B, 9);
    expect(r.fargate.tasks).toBe(Math.ceil(vcpu1B / (0.25 * 0.7))); // 63
    expect(r.fargate.tasks).toBeGreaterThanOrEqual(45);
    expect(r.ec2.count).toBe(Math.ceil(vcpu1B / (2 * 0.1 * 0.7))); // 79, not 8
    expect(r.ec2.burstable).toBe(true);
    expect(r.ec2.surplusCredits).toBe(0);
    expect(cents(r.ec2.total)).toBe(cents(79 * (0.0104 + 0.005) * 730));
    expect(r.fargate.overloaded || r.ec2.overloaded).toBe(false);
  });

  it('a non-burstable type is sized on its full vCPUs', () => {
    const r = computeCost({ ...sized, invocations: 1e9, ec2Type: 'm7i.large' }, prices);
    expect(r.ec2.burstable).toBe(false);
    expect(r.ec2.count).toBe(Math.ceil(vcpu1B / (2 * 0.7))); // 8
  });

  it('a light load still needs one task', () => {
    expect(computeCost({ ...sized, invocations: 1000 }, prices).fargate.tasks).toBe(1);
  });
});

describe('cost: fixed fleets', () => {
  it('prices exactly the counts given and flags a fleet that cannot carry the load', () => {
    const r = computeCost({ ...material, invocations: 1e9, fargateTasks: 3 }, prices);
    expect(r.fargate.tasks).toBe(3);
    expect(r.fargate.overloaded).toBe(true);
    expect(r.fargate.requiredVcpu).toBeCloseTo(vcpu1B, 9);
    expect(computeCost({ ...material, fargateTasks: 5 }, prices).fargate.overloaded).toBe(false);
  });

  it('a burstable instance above its baseline pays unlimited-mode surplus credits', () => {
    // 100M: 1.1023 vCPU on one t3.micro (2 vCPU, 0.2 baseline): 0.9023 vCPU × $0.05 × 730 h.
    const r = computeCost(material, prices);
    const load = (100e6 / 2_628_000) * 0.1 * (512 / 1769);
    expect(r.ec2.surplusCredits).toBeCloseTo((load - 0.2) * 0.05 * 730, 5);
    expect(cents(r.ec2.total)).toBe(cents(7.592 + (load - 0.2) * 0.05 * 730));
    expect(r.ec2.overloaded).toBe(false);
    // At zero traffic only the instance is billed.
    expect(cents(computeCost({ ...material, invocations: 0 }, prices).ec2.total)).toBe(7.59);
  });

  it('public IPv4 is its own line: $0.005 × 730 h per task and instance', () => {
    const r = computeCost({ ...material, publicIpv4: true, fargateTasks: 2, ec2Count: 3 }, prices);
    expect(r.fargate.ipv4).toBeCloseTo(2 * 3.65, 9);
    expect(r.ec2.ipv4).toBeCloseTo(3 * 3.65, 9);
    expect(cents(r.fargate.total)).toBe(cents(2 * (9.010025 + 3.65)));
  });
});

describe('cost: break-evens are where the totals cross', () => {
  it('one fixed task: a single crossing at F / c (8.72M)', () => {
    const r = computeCost(material, prices);
    expect(r.breakEvens.fargate).toHaveLength(1);
    expect(r.breakEvens.fargate[0]).toBe(r.breakEven.fargate);
    expect(Math.abs((r.breakEven.fargate ?? 0) - 9.010025 / 0.000001033335)).toBeLessThan(1);
  });

  it('a sized fleet crosses Lambda several times; each listed volume is a real sign change', () => {
    const r = computeCost({ ...sized, invocations: 1e9 }, prices);
    const list = r.breakEvens.fargate;
    expect(list.length).toBeGreaterThan(1);
    expect(r.breakEven.fargate).toBe(list[0]);
    // Hand check of the first: Lambda at N = one task with its IPv4, 12.66 / 1.033335e-6.
    expect(Math.abs((list[0] ?? 0) - (9.010025 + 3.65) / 0.000001033335)).toBeLessThan(1);
    const diff = (n: number) => {
      const m = computeCost({ ...sized, invocations: n }, prices);
      return m.lambda.total - m.fargate.total;
    };
    for (const x of list) {
      expect(Math.sign(diff(Math.max(0, x - 2)))).not.toBe(Math.sign(diff(x + 2)));
    }
    expect([...list].sort((a, b) => a - b)).toEqual(list);
  });

  it('10 provisioned environments against one fixed task never cross: null', () => {
    const r = computeCost(
      { ...material, invocations: 1e6, memoryMb: 1024, provisioned: 10, publicIpv4: true },
      prices,
    );
    expect(r.breakEven).toEqual({ fargate: null, ec2: null });
    expect(r.lambda.total).toBeGreaterThan(r.fargate.total);
  });

  it('null when tasks sized for 1% utilisation cost more than the Lambda work they replace', () => {
    const never = computeCost(
      { ...sized, targetUtilization: 0.01, memoryMb: 10_240, durationMs: 900_000 },
      prices,
    );
    expect(never.breakEven.fargate).toBeNull();
    expect(never.lambda.total).toBeLessThan(never.fargate.total);
  });

  it('rejects an unknown EC2 type naming the param', () => {
    expect(() => computeCost({ ...material, ec2Type: 'm5.large' }, prices)).toThrow(
      /ec2Type must be one of/,
    );
  });
});

describe('cost: provisioned concurrency spills over (Poisson occupancy)', () => {
  it('the on-demand share is E[(N − P)+] / a for N ~ Poisson(a), summed by hand', () => {
    // 1M × 1 s a month: a = 1e6 / 2,628,000 = 0.3805; P = 1.
    const a = 1e6 / 2_628_000;
    let excess = 0;
    let pn = Math.exp(-a);
    for (let n = 0; n < 60; n++) {
      if (n > 1) excess += (n - 1) * pn;
      pn *= a / (n + 1);
    }
    const r = computeCost(
      { ...material, invocations: 1e6, durationMs: 1000, provisioned: 1 },
      prices,
    );
    expect(r.lambda.onDemandShare).toBeCloseTo(excess / a, 12);
  });

  it('bills more than the old average-only split whenever demand is near the provisioned level', () => {
    // a = 10 in flight on average with P = 10: Little's law alone says nothing spills.
    const p = { ...material, invocations: 10 * 2_628_000, durationMs: 1000, provisioned: 10 };
    const r = computeCost(p, prices);
    expect(r.lambda.onDemandShare).toBeGreaterThan(0.1);
    expect(r.lambda.onDemandShare).toBeLessThan(0.15);
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
    // dotnet10 replaces the deprecated dotnet8; every preset has a source and a date, and a
    // number reused from another runtime (dotnet10's init, non-Java restores) says so.
    expect(r.runtimes.map((x) => x.name)).toContain('dotnet10');
    expect(r.runtimes.map((x) => x.name)).not.toContain('dotnet8');
    for (const x of r.runtimes) {
      expect(x.source, x.name).toMatch(/^https:\/\//);
      expect(x.asOf, x.name).toMatch(/^\d{4}-\d{2}/);
      if (x.snapstart && !x.name.startsWith('java')) expect(x.restoreNote).toMatch(/Java only/);
    }
    expect(r.runtimes.find((x) => x.name === 'dotnet10')?.note).toMatch(/dotnet8's 265 ms, reused/);
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
