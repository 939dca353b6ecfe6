// The cost result as labelled lines, shared by the plain output and the cost screen so both say
// the same thing: fleet sizes and why, the public IPv4 line, overloaded fixed fleets, and every
// break-even (or why there is none).
import { formatCount, formatInt, formatUsd, significant } from '../core/format.js';
import type { CostParams, CostResult } from './models/cost.js';

type CostLineKind = 'lambda' | 'fargate' | 'ec2' | 'plain' | 'warn';

interface CostLine {
  label: string;
  value: string;
  note?: string;
  kind: CostLineKind;
}

const n3 = (x: number) => significant(x, 3);

/** "needs ≈11 vCPU: 44 tasks like this one" for a fixed fleet that cannot carry the load. */
function overload(r: CostResult, unitVcpu: number, unit: string): string {
  const units = Math.ceil(r.capacity.requiredVcpu / unitVcpu - 1e-9);
  return `needs ≈${n3(r.capacity.requiredVcpu)} vCPU: ${formatInt(units)} ${unit}${units === 1 ? '' : 's'} like this one`;
}

/** Why there is no break-even: the totals never cross, so one side is dearer everywhere. */
export function noBreakEven(lambdaTotal: number, otherTotal: number): string {
  return lambdaTotal >= otherTotal
    ? 'never: Lambda costs more at every volume'
    : 'never: Lambda costs less at every volume up to 10T a month';
}

/** The lowest crossing as the value; the others (or why there is none) as the note. */
function breakEvenLine(
  label: string,
  list: readonly number[],
  lambdaTotal: number,
  otherTotal: number,
  count: (x: number) => string,
): CostLine {
  const [first, ...rest] = list;
  if (first === undefined) {
    const [value, note] = noBreakEven(lambdaTotal, otherTotal).split(': ');
    return { label, value: value ?? '', ...(note ? { note } : {}), kind: 'plain' };
  }
  const line: CostLine = { label, value: count(first), kind: 'plain' };
  if (rest.length > 0) {
    const shown = rest.slice(0, 4).map(count);
    line.note = `crosses again at ${shown.join(', ')}${rest.length > 4 ? ` and ${rest.length - 4} more` : ''}`;
  }
  return line;
}

/** `count` formats volumes: full digits in plain output, compact ("8.72M/month") on screen. */
export function costLines(
  p: CostParams,
  r: CostResult,
  count: (x: number) => string = formatCount,
): CostLine[] {
  const lines: CostLine[] = [
    { label: 'Lambda requests', value: formatUsd(r.lambda.requests), kind: 'plain' },
    {
      label: 'Lambda duration',
      value: formatUsd(r.lambda.compute),
      note: `${formatCount(r.lambda.gbSeconds)} GB-s`,
      kind: 'plain',
    },
  ];
  if (p.api !== 'none') {
    lines.push({ label: 'API Gateway', value: formatUsd(r.lambda.api), kind: 'plain' });
  }
  if (p.provisioned > 0) {
    lines.push({
      label: 'Provisioned',
      value: formatUsd(r.lambda.provisioned),
      note: `${formatInt(p.provisioned)} env, ${formatPct1(r.lambda.onDemandShare)} spills to on-demand`,
      kind: 'plain',
    });
  }
  lines.push({ label: 'Lambda total', value: formatUsd(r.lambda.total), kind: 'lambda' });

  const sized = r.fleet === 'sized';
  const tasks = `${formatInt(r.fargate.tasks)} × ${n3(p.fargateVcpu)} vCPU`;
  lines.push({
    label: 'Fargate',
    value: formatUsd(r.fargate.total),
    note: sized ? `${tasks}, sized at ${formatPct0(p.targetUtilization)} CPU` : `${tasks}, fixed`,
    kind: 'fargate',
  });
  if (r.fargate.overloaded) {
    lines.push({
      label: '  overloaded',
      value: '',
      note: overload(r, p.fargateVcpu, 'task'),
      kind: 'warn',
    });
  }
  const e = r.ec2;
  let ec2Note = `${formatInt(e.count)} × ${e.type}`;
  if (e.burstable && sized) ec2Note += `, sized on its baseline (${n3(e.sustainedVcpu)} vCPU)`;
  else if (e.burstable)
    ec2Note += `, unlimited mode: surplus credits ${formatUsd(e.surplusCredits)}`;
  else if (sized) ec2Note += `, sized at ${formatPct0(p.targetUtilization)} CPU`;
  lines.push({ label: 'EC2', value: formatUsd(e.total), note: ec2Note, kind: 'ec2' });
  if (e.overloaded) {
    lines.push({
      label: '  overloaded',
      value: '',
      note: overload(r, e.vcpu, 'instance'),
      kind: 'warn',
    });
  }
  if (p.publicIpv4) {
    lines.push({
      label: 'Public IPv4',
      value: formatUsd(r.fargate.ipv4 + r.ec2.ipv4),
      note: `in the totals: Fargate ${formatUsd(r.fargate.ipv4)}, EC2 ${formatUsd(r.ec2.ipv4)}`,
      kind: 'plain',
    });
  }
  lines.push(
    breakEvenLine(
      'Break-even Fargate',
      r.breakEvens.fargate,
      r.lambda.total,
      r.fargate.total,
      count,
    ),
    breakEvenLine('Break-even EC2', r.breakEvens.ec2, r.lambda.total, r.ec2.total, count),
  );
  return lines;
}

const formatPct0 = (x: number) => `${Math.round(x * 100)}%`;
const formatPct1 = (x: number) => `${significant(x * 100, 3)}%`;
