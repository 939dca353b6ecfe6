// Monthly cost of Lambda against always-on Fargate tasks and EC2 instances, and the volumes
// where the totals cross. Pure: prices come in as a PriceTable.
//
// Fleets are sized to the load by default: the load's steady CPU (vCPU-seconds a request, from
// Lambda's memory-to-vCPU ratio) at the target utilisation. Burstable instances (t3/t4g) are
// sized on their baseline; a fixed fleet of them runs in unlimited mode and pays surplus credits
// for the CPU above the baseline. A fixed fleet that cannot carry the load is flagged overloaded.

import type { Arch, PriceTable, PriceTier } from '../prices.js';
import { ModelParamError } from './errors.js';
import { poissonExcess } from './poisson.js';

export type ApiKind = 'none' | 'http' | 'rest';
export type FleetMode = 'sized' | 'fixed';

export interface CostParams {
  invocations: number;
  memoryMb: number;
  durationMs: number;
  arch: Arch;
  freeTier: boolean;
  api: ApiKind;
  provisioned: number;
  fargateVcpu: number;
  fargateMemoryGb: number;
  /** `sized`: tasks and instances run the load at targetUtilization; `fixed`: the counts below. */
  fleet: FleetMode;
  /** Used when fleet is fixed. */
  fargateTasks: number;
  /** Defaults to t3.micro, or t4g.micro for arm64. */
  ec2Type?: string;
  /** Used when fleet is fixed. */
  ec2Count: number;
  targetUtilization: number;
  /** One public IPv4 address per task and per instance. */
  publicIpv4: boolean;
}

interface FleetCost {
  total: number;
  /** Public IPv4 for the whole fleet (0 with publicIpv4 off). */
  ipv4: number;
  /** The fleet cannot run the load even at 100% CPU (fixed fleets only). */
  overloaded: boolean;
  /** Steady CPU the load needs (the same for both fleets; here so each entry reads alone). */
  requiredVcpu: number;
}

export interface CostResult {
  lambda: {
    requests: number;
    compute: number;
    api: number;
    provisioned: number;
    total: number;
    gbSeconds: number;
    perInvocation: number;
    /** Share of the GB-seconds that spill over to on-demand (provisioned concurrency only). */
    onDemandShare: number;
  };
  fargate: FleetCost & { tasks: number; perTask: number; arch: Arch };
  ec2: FleetCost & {
    count: number;
    perInstance: number;
    type: string;
    vcpu: number;
    /** Sustained vCPU of one instance: its baseline share when burstable. */
    sustainedVcpu: number;
    burstable: boolean;
    /** Unlimited-mode surplus credits a month (fixed burstable fleets above their baseline). */
    surplusCredits: number;
  };
  fleet: FleetMode;
  capacity: {
    targetUtilization: number;
    /** Lambda's CPU for one request: duration × memory / (MB per vCPU). */
    vcpuSecondsPerRequest: number;
    /** Steady CPU the load needs: invocations a second × vCPU-seconds a request. */
    requiredVcpu: number;
    /** Invocations a month one task (instance, on its sustained vCPU) serves at the target. */
    invocationsPerTask: number;
    invocationsPerInstance: number;
  };
  /** Lowest invocations a month where the totals cross; null when they never do below 10T. */
  breakEven: { fargate: number | null; ec2: number | null };
  /** Every crossing, in increasing order (a sized fleet's step total can cross several times). */
  breakEvens: { fargate: number[]; ec2: number[] };
}

/** Cost of `quantity` through a tier table whose prices are per `per` units. */
export function tieredCost(quantity: number, tiers: readonly PriceTier[], per = 1): number {
  let cost = 0;
  let start = 0;
  for (const t of tiers) {
    if (quantity <= start) break;
    const end = t.upTo === null ? quantity : Math.min(quantity, t.upTo);
    cost += ((end - start) * t.price) / per;
    if (t.upTo === null) break;
    start = t.upTo;
  }
  return cost;
}

/** Where the last tier starts (quantities past it are priced linearly). */
function lastTierStart(tiers: readonly PriceTier[]): number {
  return tiers.length > 1 ? (tiers[tiers.length - 2]?.upTo ?? 0) : 0;
}

/** Rounds away float noise (micro-dollars); the caller formats to cents. */
function dollars(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

export function defaultEc2Type(arch: Arch): string {
  return arch === 'arm64' ? 't4g.micro' : 't3.micro';
}

/** The largest volume the break-even search looks at, and its bound on fleet steps. */
const MAX_INVOCATIONS = 1e13;
const MAX_STEPS = 1_000_000;
/** At most this many crossings are listed: where the slopes nearly tie, a sized fleet crosses
 * Lambda at every step for a long way (within one unit of each other), and the first ones say it. */
const MAX_CROSSINGS = 16;

interface LambdaParts {
  requests: number;
  compute: number;
  api: number;
  provisioned: number;
  total: number;
  onDemandShare: number;
}

/** Everything the totals at any volume need, computed once from the params. */
interface Model {
  lambda(n: number): LambdaParts;
  requiredVcpu(n: number): number;
  fargateUnits(n: number): number;
  ec2Units(n: number): number;
  /** EC2 total for a fixed fleet at volume n (surplus credits grow with the load). */
  ec2Fixed(n: number): number;
  fargateUnit: number;
  ec2Unit: number;
  /** Invocations a month one sized unit serves. */
  perTask: number;
  perInstance: number;
  /** Past this volume Lambda's total is affine in n. */
  linearFrom: number;
  /** Lambda's slope per invocation past linearFrom. */
  slope: number;
  vcpuSecondsPerRequest: number;
}

function buildModel(p: CostParams, prices: PriceTable): Model & { ec2Type: string } {
  const secondsPerMonth = prices.hoursPerMonth * 3600;
  const memGb = p.memoryMb / 1024;
  const durS = p.durationMs / 1000;
  const gbsPerInvocation = memGb * durS;
  const ec2Type = p.ec2Type ?? defaultEc2Type(p.arch);
  const ec2 = prices.ec2[ec2Type];
  if (!ec2) {
    const known = Object.keys(prices.ec2).join(', ');
    throw new ModelParamError('ec2Type', `ec2Type must be one of ${known} (got "${ec2Type}")`);
  }
  const pc = p.provisioned > 0 ? prices.lambda.provisioned[p.arch] : undefined;
  if (p.provisioned > 0 && !pc) {
    throw new ModelParamError('provisioned', `no provisioned-concurrency price for ${p.arch}`);
  }
  const useFree = p.freeTier && p.provisioned === 0;
  const free = useFree ? prices.lambda.freeTier : { requests: 0, gbSeconds: 0 };
  const durationTiers = prices.lambda.duration[p.arch].perGbSecond;
  const apiTiers = p.api === 'none' ? undefined : prices.apiGateway[p.api].perMillion;
  const provisionedCharge = pc
    ? p.provisioned * memGb * secondsPerMonth * pc.configuredPerGbSecond
    : 0;

  // Provisioned concurrency serves up to `provisioned` requests at once; demand beyond that
  // spills over to on-demand environments at on-demand prices. In-flight requests are Poisson
  // with mean a (Little's law), so the on-demand share of the work is E[(N − P)+] / a.
  const onDemandShare = (n: number) => {
    if (p.provisioned === 0) return 1;
    const a = (n * durS) / secondsPerMonth;
    return a > 0 ? poissonExcess(a, p.provisioned) / a : 0;
  };
  const lambda = (n: number): LambdaParts => {
    const requests = (Math.max(0, n - free.requests) * prices.lambda.requests.perMillion) / 1e6;
    const gbSeconds = n * gbsPerInvocation;
    const share = onDemandShare(n);
    const pcExecuted = pc ? (1 - share) * gbSeconds * pc.executedPerGbSecond : 0;
    const onDemandGbs = Math.max(0, share * gbSeconds - free.gbSeconds);
    const compute = pcExecuted + tieredCost(onDemandGbs, durationTiers);
    const api = apiTiers ? tieredCost(n, apiTiers, 1e6) : 0;
    const total = requests + compute + api + provisionedCharge;
    return { requests, compute, api, provisioned: provisionedCharge, total, onDemandShare: share };
  };

  const vcpuSecondsPerRequest = (durS * p.memoryMb) / prices.lambda.mbPerVcpu.value;
  const requiredVcpu = (n: number) => (n / secondsPerMonth) * vcpuSecondsPerRequest;
  const ipv4 = p.publicIpv4 ? prices.publicIpv4.perHour * prices.hoursPerMonth : 0;
  const fp = prices.fargate[p.arch];
  const fargateUnit =
    (p.fargateVcpu * fp.vcpuHour + p.fargateMemoryGb * fp.gbHour) * prices.hoursPerMonth + ipv4;
  const ec2Unit = ec2.hourly * prices.hoursPerMonth + ipv4;
  const sustained = ec2.vcpu * (ec2.baseline ?? 1);
  // Invocations a month one unit serves at the target utilisation.
  const served = (vcpu: number) =>
    (vcpu * p.targetUtilization * secondsPerMonth) / vcpuSecondsPerRequest;
  const perTask = served(p.fargateVcpu);
  const perInstance = served(sustained);
  // The small slack keeps float noise (2.0000000001) from adding a unit.
  const units = (n: number, per: number) => Math.max(1, Math.ceil(n / per - 1e-9));
  const surplusRate = ec2.surplusPerVcpuHour ?? 0;
  const ec2Fixed = (n: number) => {
    const surplusVcpu = Math.max(
      0,
      Math.min(requiredVcpu(n), p.ec2Count * ec2.vcpu) - p.ec2Count * sustained,
    );
    return p.ec2Count * ec2Unit + surplusVcpu * surplusRate * prices.hoursPerMonth;
  };

  const pcLinear =
    p.provisioned > 0
      ? ((p.provisioned + 40 * Math.sqrt(p.provisioned) + 40) * secondsPerMonth) / durS
      : 0;
  const linearFrom = Math.max(
    free.requests,
    // With provisioned concurrency the on-demand GB-s reach the last tier only past pcLinear.
    (lastTierStart(durationTiers) + free.gbSeconds) / gbsPerInvocation + pcLinear,
    apiTiers ? lastTierStart(apiTiers) : 0,
  );
  const lastPrice = (tiers: readonly PriceTier[]) => tiers[tiers.length - 1]?.price ?? 0;
  const slope =
    prices.lambda.requests.perMillion / 1e6 +
    gbsPerInvocation * lastPrice(durationTiers) +
    (apiTiers ? lastPrice(apiTiers) / 1e6 : 0);

  return {
    ec2Type,
    lambda,
    requiredVcpu,
    fargateUnits: (n) => units(n, perTask),
    ec2Units: (n) => units(n, perInstance),
    ec2Fixed,
    fargateUnit,
    ec2Unit,
    perTask,
    perInstance,
    linearFrom,
    slope,
    vcpuSecondsPerRequest,
  };
}

/** Smallest whole n in [lo, hi] with f(n) >= 0, for f non-decreasing there and f(hi) >= 0. */
function firstAtLeast(f: (n: number) => number, lo: number, hi: number): number {
  let a = Math.floor(lo);
  let b = Math.ceil(hi);
  if (f(a) >= 0) return a;
  while (b - a > 1) {
    const mid = Math.floor((a + b) / 2);
    if (f(mid) >= 0) b = mid;
    else a = mid;
  }
  return b;
}

/**
 * Crossings of Lambda's total with a fleet sized to the load: a step function, constant at
 * k units on ((k−1)·per, k·per]. Inside a step Lambda rises through the fleet's total at most
 * once (Lambda only grows); at a step the fleet jumps and Lambda may fall below it again. Past
 * the volume where Lambda is affine, each step changes Lambda − fleet by the same amount, so
 * the search stops once the sign can no longer change.
 */
function sizedCrossings(m: Model, unit: number, per: number): number[] {
  const out: number[] = [];
  const lambdaAt = (n: number) => m.lambda(n).total;
  const gain = m.slope * per - unit; // change of Lambda − fleet per step, past linearFrom
  let leftL = lambdaAt(0);
  for (let k = 1; k <= MAX_STEPS && out.length < MAX_CROSSINGS; k++) {
    const lo = (k - 1) * per;
    if (lo > MAX_INVOCATIONS) break;
    const hi = Math.min(k * per, MAX_INVOCATIONS);
    const fleet = k * unit;
    if (k > 1 && leftL >= fleet - unit && leftL < fleet) out.push(Math.round(lo));
    const rightL = lambdaAt(hi);
    if (leftL < fleet && rightL >= fleet) {
      out.push(firstAtLeast((n) => lambdaAt(n) - fleet, lo, hi));
    }
    if (lo >= m.linearFrom) {
      if (gain >= 0 && leftL >= fleet) break;
      if (gain <= 0 && rightL < fleet) break;
    }
    leftL = rightL;
  }
  return out.filter((x, i) => i === 0 || x !== out[i - 1]);
}

/** Log grid the fixed-fleet search samples: 0, then 20 points a decade up to MAX_INVOCATIONS. */
const GRID = [0, ...Array.from({ length: 261 }, (_, i) => 10 ** (i / 20))];

/** Crossings of Lambda's total with a fixed fleet's (constant, or rising with surplus credits). */
function fixedCrossings(m: Model, fleet: (n: number) => number): number[] {
  const g = (n: number) => m.lambda(n).total - fleet(n);
  const out: number[] = [];
  let prev = g(0);
  for (let i = 1; i < GRID.length && out.length < MAX_CROSSINGS; i++) {
    const lo = GRID[i - 1] as number;
    const hi = GRID[i] as number;
    const cur = g(hi);
    if (prev < 0 && cur >= 0) out.push(firstAtLeast(g, lo, hi));
    else if (prev >= 0 && cur < 0) out.push(firstAtLeast((n) => (g(n) < 0 ? 1 : -1), lo, hi));
    prev = cur;
  }
  return out;
}

/** The monthly totals without the break-even search (cheap: charts evaluate it per point). */
type MonthlyCost = Omit<CostResult, 'breakEven' | 'breakEvens'>;

export function computeMonthlyCost(p: CostParams, prices: PriceTable): MonthlyCost {
  return monthly(p, prices, buildModel(p, prices));
}

export function computeCost(p: CostParams, prices: PriceTable): CostResult {
  const m = buildModel(p, prices);
  const fargate =
    p.fleet === 'sized'
      ? sizedCrossings(m, m.fargateUnit, m.perTask)
      : fixedCrossings(m, () => p.fargateTasks * m.fargateUnit);
  const ec2 =
    p.fleet === 'sized'
      ? sizedCrossings(m, m.ec2Unit, m.perInstance)
      : fixedCrossings(m, m.ec2Fixed);
  return {
    ...monthly(p, prices, m),
    breakEven: { fargate: fargate[0] ?? null, ec2: ec2[0] ?? null },
    breakEvens: { fargate, ec2 },
  };
}

function monthly(p: CostParams, prices: PriceTable, m: Model & { ec2Type: string }): MonthlyCost {
  const n = p.invocations;
  const l = m.lambda(n);
  const ec2 = prices.ec2[m.ec2Type];
  if (!ec2) throw new ModelParamError('ec2Type', `unknown ec2Type ${m.ec2Type}`);
  const required = m.requiredVcpu(n);
  const ipv4 = p.publicIpv4 ? prices.publicIpv4.perHour * prices.hoursPerMonth : 0;
  const sized = p.fleet === 'sized';
  const tasks = sized ? m.fargateUnits(n) : p.fargateTasks;
  const count = sized ? m.ec2Units(n) : p.ec2Count;
  const ec2Total = sized ? count * m.ec2Unit : m.ec2Fixed(n);
  const instanceOnly = m.ec2Unit - ipv4;
  const gbSeconds = (n * p.memoryMb * p.durationMs) / 1024 / 1000;
  return {
    lambda: {
      requests: dollars(l.requests),
      compute: dollars(l.compute),
      api: dollars(l.api),
      provisioned: dollars(l.provisioned),
      total: dollars(l.total),
      gbSeconds,
      perInvocation: n > 0 ? l.total / n : 0,
      onDemandShare: l.onDemandShare,
    },
    fargate: {
      total: dollars(tasks * m.fargateUnit),
      tasks,
      perTask: dollars(m.fargateUnit - ipv4),
      arch: p.arch,
      ipv4: dollars(tasks * ipv4),
      overloaded: required > tasks * p.fargateVcpu * (1 + 1e-12),
      requiredVcpu: required,
    },
    ec2: {
      total: dollars(ec2Total),
      count,
      perInstance: dollars(instanceOnly),
      type: m.ec2Type,
      vcpu: ec2.vcpu,
      sustainedVcpu: ec2.vcpu * (ec2.baseline ?? 1),
      burstable: ec2.baseline !== undefined,
      surplusCredits: dollars(ec2Total - count * m.ec2Unit),
      ipv4: dollars(count * ipv4),
      overloaded: required > count * ec2.vcpu * (1 + 1e-12),
      requiredVcpu: required,
    },
    fleet: p.fleet,
    capacity: {
      targetUtilization: p.targetUtilization,
      vcpuSecondsPerRequest: m.vcpuSecondsPerRequest,
      requiredVcpu: required,
      invocationsPerTask: m.perTask,
      invocationsPerInstance: m.perInstance,
    },
  };
}
