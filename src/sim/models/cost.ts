// Monthly cost of Lambda against always-on Fargate tasks and EC2 instances, and the break-even
// volume. Pure: prices come in as a PriceTable.

import type { Arch, PriceTable, PriceTier } from '../prices.js';
import { ModelParamError } from './errors.js';

export type ApiKind = 'none' | 'http' | 'rest';

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
  /** Ignored (sized to the load) when capacityAware. */
  fargateTasks: number;
  /** Defaults to t3.micro, or t4g.micro for arm64. */
  ec2Type?: string;
  ec2Count: number;
  capacityAware: boolean;
  targetUtilization: number;
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
  };
  fargate: { total: number; tasks: number; perTask: number; arch: Arch };
  ec2: { total: number; count: number; perInstance: number; type: string };
  /** Invocations a month where Lambda (requests + duration) costs as much; null when it never does. */
  breakEven: { fargate: number | null; ec2: number | null };
  capacity?: {
    targetUtilization: number;
    vcpuSecondsPerRequest: number;
    requiredVcpu: number;
    /** Invocations a month one task (instance) serves at the target utilisation. */
    invocationsPerTask: number;
    invocationsPerInstance: number;
  };
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

/** Rounds away float noise (micro-dollars); the caller formats to cents. */
function dollars(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** Lambda's requests + on-demand duration for n invocations (the break-even side: no API, no PC). */
function lambdaBase(
  n: number,
  gbsPerInvocation: number,
  p: CostParams,
  prices: PriceTable,
): number {
  const free = p.freeTier ? prices.lambda.freeTier : { requests: 0, gbSeconds: 0 };
  const requests = (Math.max(0, n - free.requests) * prices.lambda.requests.perMillion) / 1e6;
  const gbs = Math.max(0, n * gbsPerInvocation - free.gbSeconds);
  return requests + tieredCost(gbs, prices.lambda.duration[p.arch].perGbSecond);
}

/** Smallest n with f(n) >= target, for f non-decreasing (bisection to whole invocations). */
function inverse(f: (n: number) => number, target: number, lo = 0): number | null {
  if (f(lo) >= target) return lo;
  let hi = Math.max(1, lo * 2);
  while (f(hi) < target) {
    hi *= 2;
    if (hi > 1e16) return null;
  }
  while (hi - lo > 0.5) {
    const mid = (lo + hi) / 2;
    if (f(mid) >= target) hi = mid;
    else lo = mid;
  }
  return Math.round(hi);
}

const MAX_STEPS = 1_000_000;
const MAX_INVOCATIONS = 1e13;

/**
 * Break-even against `units` always-on units of `unitCost`. With a capacity (invocations a month
 * one unit serves), units grow with the volume, so the first volume where Lambda costs at least
 * as much as the units needed for it is searched step by step.
 */
function breakEven(
  lambda: (n: number) => number,
  unitCost: number,
  units: number,
  capacity: number | undefined,
): number | null {
  if (capacity === undefined) return inverse(lambda, unitCost * units);
  for (let k = 1; k <= MAX_STEPS && (k - 1) * capacity <= MAX_INVOCATIONS; k++) {
    const lo = (k - 1) * capacity;
    if (lambda(k * capacity) >= k * unitCost) return inverse(lambda, k * unitCost, lo);
  }
  return null;
}

function sized(required: number, unitVcpu: number, utilization: number): number {
  // The small slack keeps float noise (2.0000000001) from adding a unit.
  return Math.max(1, Math.ceil(required / (unitVcpu * utilization) - 1e-9));
}

export function defaultEc2Type(arch: Arch): string {
  return arch === 'arm64' ? 't4g.micro' : 't3.micro';
}

/** The monthly totals without the break-even search (cheap: charts evaluate it per point). */
export type MonthlyCost = Omit<CostResult, 'breakEven'>;

interface CostParts {
  monthly: MonthlyCost;
  base: (n: number) => number;
  perTask: number;
  perInstance: number;
  capacity: CostResult['capacity'];
}

export function computeMonthlyCost(p: CostParams, prices: PriceTable): MonthlyCost {
  return costParts(p, prices).monthly;
}

export function computeCost(p: CostParams, prices: PriceTable): CostResult {
  const { monthly, base, perTask, perInstance, capacity } = costParts(p, prices);
  const result: CostResult = {
    lambda: monthly.lambda,
    fargate: monthly.fargate,
    ec2: monthly.ec2,
    breakEven: {
      fargate: breakEven(base, perTask, p.fargateTasks, capacity?.invocationsPerTask),
      ec2: breakEven(base, perInstance, p.ec2Count, capacity?.invocationsPerInstance),
    },
  };
  if (capacity) result.capacity = capacity;
  return result;
}

function costParts(p: CostParams, prices: PriceTable): CostParts {
  const secondsPerMonth = prices.hoursPerMonth * 3600;
  const memGb = p.memoryMb / 1024;
  const durS = p.durationMs / 1000;
  const gbsPerInvocation = memGb * durS;
  const gbSeconds = p.invocations * gbsPerInvocation;

  const ec2Type = p.ec2Type ?? defaultEc2Type(p.arch);
  const ec2Price = prices.ec2[ec2Type];
  if (!ec2Price) {
    const known = Object.keys(prices.ec2).join(', ');
    throw new ModelParamError('ec2Type', `ec2Type must be one of ${known} (got "${ec2Type}")`);
  }

  // Provisioned concurrency serves the share of the load its environments cover on average
  // (Little's law); the rest runs on demand. The free tier does not apply to PC functions.
  let provisionedCharge = 0;
  let pcShare = 0;
  let pcExecuted = 0;
  if (p.provisioned > 0) {
    const pc = prices.lambda.provisioned[p.arch];
    if (!pc) {
      throw new ModelParamError('provisioned', `no provisioned-concurrency price for ${p.arch}`);
    }
    const avgConcurrency = (p.invocations * durS) / secondsPerMonth;
    pcShare = avgConcurrency > 0 ? Math.min(1, p.provisioned / avgConcurrency) : 1;
    provisionedCharge = p.provisioned * memGb * secondsPerMonth * pc.configuredPerGbSecond;
    pcExecuted = pcShare * gbSeconds * pc.executedPerGbSecond;
  }
  const useFree = p.freeTier && p.provisioned === 0;
  const free = useFree ? prices.lambda.freeTier : { requests: 0, gbSeconds: 0 };
  const requests =
    (Math.max(0, p.invocations - free.requests) * prices.lambda.requests.perMillion) / 1e6;
  const onDemandGbs = Math.max(0, (1 - pcShare) * gbSeconds - free.gbSeconds);
  const compute = pcExecuted + tieredCost(onDemandGbs, prices.lambda.duration[p.arch].perGbSecond);
  const api =
    p.api === 'none' ? 0 : tieredCost(p.invocations, prices.apiGateway[p.api].perMillion, 1e6);
  const total = requests + compute + api + provisionedCharge;

  const fp = prices.fargate[p.arch];
  const perTask =
    (p.fargateVcpu * fp.vcpuHour + p.fargateMemoryGb * fp.gbHour) * prices.hoursPerMonth;
  const perInstance = ec2Price.hourly * prices.hoursPerMonth;

  let tasks = p.fargateTasks;
  let count = p.ec2Count;
  let capacity: CostResult['capacity'];
  if (p.capacityAware) {
    const vcpuSecondsPerRequest = (durS * p.memoryMb) / prices.lambda.mbPerVcpu.value;
    const requiredVcpu = (p.invocations / secondsPerMonth) * vcpuSecondsPerRequest;
    tasks = sized(requiredVcpu, p.fargateVcpu, p.targetUtilization);
    count = sized(requiredVcpu, ec2Price.vcpu, p.targetUtilization);
    const perUnit = (vcpu: number) =>
      (vcpu * p.targetUtilization * secondsPerMonth) / vcpuSecondsPerRequest;
    capacity = {
      targetUtilization: p.targetUtilization,
      vcpuSecondsPerRequest,
      requiredVcpu,
      invocationsPerTask: perUnit(p.fargateVcpu),
      invocationsPerInstance: perUnit(ec2Price.vcpu),
    };
  }

  const base = (n: number) => lambdaBase(n, gbsPerInvocation, p, prices);
  const monthly: MonthlyCost = {
    lambda: {
      requests: dollars(requests),
      compute: dollars(compute),
      api: dollars(api),
      provisioned: dollars(provisionedCharge),
      total: dollars(total),
      gbSeconds,
      perInvocation: p.invocations > 0 ? total / p.invocations : 0,
    },
    fargate: { total: dollars(perTask * tasks), tasks, perTask: dollars(perTask), arch: p.arch },
    ec2: {
      total: dollars(perInstance * count),
      count,
      perInstance: dollars(perInstance),
      type: ec2Type,
    },
  };
  if (capacity) monthly.capacity = capacity;
  return { monthly, base, perTask, perInstance, capacity };
}
