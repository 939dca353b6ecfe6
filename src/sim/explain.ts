// The explain panel of the simulator screens: the formulas behind the results, with the
// current numbers in. Results come from the models (the cost result, the simulation's
// snapshot, the Erlang functions); this module only lays out the arithmetic.
import { formatCount, formatInt, formatPct, formatUsd, significant } from '../core/format.js';
import { noBreakEven } from './cost-lines.js';
import { meanRate, peakRate } from './models/arrivals.js';
import type { ColdStartParams, ColdStartResult } from './models/cold-start.js';
import type { ConnectionsParams, ConnectionsResult } from './models/connections.js';
import type { CostParams, CostResult } from './models/cost.js';
import { erlangB, erlangC, erlangCMeanWait } from './models/erlang.js';
import type { PriceTable } from './prices.js';

const n4 = (x: number) => significant(x, 4);
/** A per-unit price as the price list writes it ($0.0000166667). */
const price = (x: number) => `$${x.toLocaleString('en-US', { maximumSignificantDigits: 6 })}`;
const tiny = (x: number) => (x < 1e-6 ? '≈ 0' : `= ${formatPct(x)}`);

export function explainCost(p: CostParams, r: CostResult, prices: PriceTable): string[] {
  const perM = prices.lambda.requests.perMillion;
  const gb = p.memoryMb / 1024;
  const s = p.durationMs / 1000;
  const tiers = prices.lambda.duration[p.arch].perGbSecond;
  const rate = tiers[0]!.price;
  const free = p.freeTier && p.provisioned === 0 ? prices.lambda.freeTier : undefined;
  const n = formatCount(p.invocations);
  const lines: string[] = [];
  lines.push(
    free
      ? `Requests: (${n} − ${formatCount(free.requests)} free) × $${perM.toFixed(2)}/M = ${formatUsd(r.lambda.requests)}`
      : `Requests: ${n} × $${perM.toFixed(2)}/M = ${formatUsd(r.lambda.requests)}`,
  );
  lines.push(
    `GB-s: ${n} × ${n4(gb)} GB × ${n4(s)} s = ${formatCount(r.lambda.gbSeconds)} GB-s` +
      (free ? ` (${formatInt(free.gbSeconds)} free)` : ''),
  );
  const tiered = (tiers[0]!.upTo ?? Number.POSITIVE_INFINITY) < r.lambda.gbSeconds;
  if (p.provisioned > 0) {
    lines.push(
      `Provisioned: ${formatInt(p.provisioned)} × ${n4(gb)} GB × ${formatInt(prices.hoursPerMonth * 3600)} s × ${price(prices.lambda.provisioned[p.arch]?.configuredPerGbSecond ?? 0)} = ${formatUsd(r.lambda.provisioned)}`,
      `Duration: the share provisioned serves at the executed rate, the rest on demand = ${formatUsd(r.lambda.compute)}`,
    );
  } else {
    lines.push(
      `Duration: GB-s × ${price(rate)}${tiered ? ' (lower rates past the first tier)' : ''} = ${formatUsd(r.lambda.compute)}`,
    );
  }
  if (p.api !== 'none') {
    const api = prices.apiGateway[p.api].perMillion[0]!.price;
    lines.push(
      `API Gateway ${p.api.toUpperCase()}: ${n} × $${api.toFixed(2)}/M (tiered) = ${formatUsd(r.lambda.api)}`,
    );
  }
  const fp = prices.fargate[p.arch];
  lines.push(
    `Fargate: (${n4(p.fargateVcpu)} vCPU × ${price(fp.vcpuHour)} + ${n4(p.fargateMemoryGb)} GB × ${price(fp.gbHour)}) × ${prices.hoursPerMonth} h × ${formatInt(r.fargate.tasks)} = ${formatUsd(r.fargate.total)}`,
  );
  lines.push(
    `EC2: ${formatInt(r.ec2.count)} × ${r.ec2.type} at ${price(prices.ec2[r.ec2.type]?.hourly ?? 0)}/h × ${prices.hoursPerMonth} h = ${formatUsd(r.ec2.total)}`,
  );
  if (p.publicIpv4) {
    lines.push(
      `Public IPv4: ${price(prices.publicIpv4.perHour)}/h × ${prices.hoursPerMonth} h per task and per instance (in the totals)`,
    );
  }
  lines.push(
    `Load: ${n} ÷ ${formatInt(prices.hoursPerMonth * 3600)} s × ${n4(s)} s × ${formatInt(p.memoryMb)}/${formatInt(prices.lambda.mbPerVcpu.value)} vCPU = ${n4(r.capacity.requiredVcpu)} vCPU`,
  );
  const c = perM / 1e6 + gb * s * rate;
  const be = r.breakEven.fargate;
  const result =
    be === null
      ? noBreakEven(r.lambda.total, r.fargate.total)
      : `${r.breakEvens.fargate.map((x) => formatCount(x)).join(', ')} a month`;
  if (r.fleet === 'sized') {
    lines.push(
      `Fleet sized to the load at ${formatPct(p.targetUtilization)} CPU: tasks = ⌈vCPU ÷ (${n4(p.fargateVcpu)} × ${n4(p.targetUtilization)})⌉ = ${formatInt(r.fargate.tasks)}`,
      `Break-even: where Lambda's total crosses the tasks' step-shaped total: ${result}`,
    );
  } else if (p.provisioned > 0 || p.api !== 'none') {
    lines.push(
      `Break-even: where Lambda's total (with its fixed parts) crosses the tasks': ${result}`,
    );
  } else if (free) {
    const f = r.fargate.total;
    const freeRequests = (free.requests * perM) / 1e6;
    const freeGbs = free.gbSeconds * rate;
    lines.push(
      'Break-even N = (F + what the free tier saves) / c, c = one invocation',
      `  = (${formatUsd(f)} + ${formatUsd(freeRequests)} + ${formatUsd(freeGbs)}) / ${formatUsd(c)} = ${result}`,
    );
  } else {
    const f = r.fargate.total;
    lines.push(
      `Break-even N = F / c = ${formatUsd(f)} / ${formatUsd(c)} an invocation = ${result}`,
    );
  }
  return lines;
}

export function explainColdStart(p: ColdStartParams, r: ColdStartResult | undefined): string[] {
  const lambda = meanRate(p.arrivals);
  const d = p.durationMs / 1000;
  const busy = lambda * d;
  const single = Math.exp(-lambda * p.keepAliveS);
  const sim = (x: string) => (r ? ` (simulated ${x})` : '');
  return [
    `Little's law: busy = λ × duration = ${n4(lambda)}/s × ${n4(d)} s = ${n4(busy)}${sim(r ? n4(r.meanBusy) : '')}`,
    `One instance: P(cold) ≈ e^(−λT) = e^(−${n4(lambda)} × ${n4(p.keepAliveS)}) ${tiny(single)}${sim(r ? formatPct(r.coldStartProbability) : '')}`,
    busy < 0.1
      ? '  λ × duration ≪ 1 here: one instance serves almost everything, the formula holds'
      : '  λ × duration is not small here: cold starts come from bursts of concurrency',
    `More instances than busy: an idle one lives T = ${n4(p.keepAliveS)} s after its last request`,
    r
      ? `  ${n4(r.meanInstances)} instances = ${n4(r.meanBusy)} busy + ${n4(r.meanIdle)} idle (time averages)`
      : '  instances = busy + idle (time averages)',
    `A cold request takes init + duration = ${n4(p.initMs)} + ${n4(p.durationMs)} ms`,
  ];
}

export function explainConnections(
  p: ConnectionsParams,
  r: ConnectionsResult | undefined,
): string[] {
  const lambda = meanRate(p.arrivals);
  const usable = p.maxConnections - p.reserved;
  const usableLine = `usable = max_connections − reserved = ${p.maxConnections} − ${p.reserved} = ${formatInt(usable)}`;
  if (p.mode === 'held') {
    return [
      'Held: each environment opens a connection in init and keeps it until reclaimed',
      r
        ? `connections = environments (busy + idle) = ${n4(r.meanConnections)} mean, ${formatInt(r.peakConnections)} peak`
        : 'connections = environments (busy + idle)',
      `not concurrency: λ × duration = ${n4(lambda)}/s × ${n4(p.durationMs / 1000)} s = ${n4((lambda * p.durationMs) / 1000)}`,
      usableLine,
      'past the usable connections, a new environment cannot connect: its request fails',
    ];
  }
  // Erlang values assume steady arrivals: bursts are fed their on-window rate.
  const peak = peakRate(p.arrivals);
  const burstLine =
    p.arrivals.kind === 'bursty'
      ? [`λ = the bursts' on-window rate: ${n4(lambda)}/s × period / on-time = ${n4(peak)}/s`]
      : [];
  if (p.mode === 'per-invocation') {
    const hold = p.durationMs / 1000;
    const a = peak * hold;
    return [
      usableLine,
      ...burstLine,
      `offered load A = λ × hold = ${n4(peak)}/s × ${n4(hold)} s = ${n4(a)} Erlangs`,
      'Erlang B: B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1)) for k = 1..c',
      `B(${usable}) = ${formatPct(erlangB(a, usable))} of requests refused${r ? ` (simulated ${formatPct(r.failureProbability)})` : ''}`,
    ];
  }
  const pool = p.poolSize ?? usable;
  const hold = (p.queryMs ?? p.durationMs) / 1000;
  const a = peak * hold;
  const c = erlangC(a, pool);
  const wait = erlangCMeanWait(a, pool, hold * 1000);
  return [
    ...burstLine,
    `pool c = ${formatInt(pool)}; A = λ × query time = ${n4(peak)}/s × ${n4(hold)} s = ${n4(a)} Erlangs`,
    'Erlang C, with B = Erlang B(A, c) from its recursion:',
    `C = c·B / (c − A(1 − B)) = ${formatPct(c)} wait${r?.proxy ? ` (simulated ${formatPct(r.proxy.waitProbability)})` : ''}`,
    Number.isFinite(wait)
      ? `mean wait = C·h / (c − A) = ${n4(wait)} ms${r?.proxy ? ` (simulated ${n4(r.proxy.meanWaitMs)} ms)` : ''}`
      : 'A ≥ c: the queue grows without bound; requests time out',
    `a request waits at most the borrow timeout, ${n4(p.borrowTimeoutS)} s, then fails`,
  ];
}
