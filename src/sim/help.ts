// Usage text for `faas-prep sim <simulator>`, generated from the parameter tables.
import {
  coldStartParams,
  connectionsParams,
  costParams,
  describeRange,
  type ParamSpec,
} from './params.js';

export const simulatorNames = ['cold-start', 'connections', 'cost'] as const;
export type SimulatorName = (typeof simulatorNames)[number];

export const simulatorParams: Record<SimulatorName, readonly ParamSpec[]> = {
  'cold-start': coldStartParams,
  connections: connectionsParams,
  cost: costParams,
};

const summaries: Record<SimulatorName, string> = {
  'cold-start':
    'Cold starts, instances and latency of a scale-per-request platform (SimFaaS model)',
  connections:
    'Database connections: held per environment, per invocation (Erlang B) or via RDS Proxy (Erlang C)',
  cost: 'Monthly cost of Lambda vs Fargate vs EC2, and the break-even volume',
};

function detail(s: ParamSpec): string {
  const parts: string[] = [];
  if (s.kind === 'number') parts.push(describeRange(s).replace(/^a (whole )?number /, ''));
  if (s.kind === 'enum') parts.push(s.choices.join('|'));
  if (s.required) parts.push('required');
  if (s.default !== undefined && s.kind !== 'boolean') parts.push(`default ${String(s.default)}`);
  if (s.defaultNote) parts.push(`default ${s.defaultNote}`);
  if (s.modes) parts.push(`${s.modes.join('/')} only`);
  return parts.join('; ');
}

export function simHelp(name: SimulatorName): string {
  const specs = simulatorParams[name];
  const flag = (s: ParamSpec) =>
    `${s.flag}${s.kind === 'boolean' ? '' : ` ${s.unit ? `<${s.unit}>` : '<value>'}`}`;
  const w = Math.max(...specs.map((s) => flag(s).length), '--predict'.length);
  const lines = [
    `faas-prep sim ${name}: ${summaries[name]}`,
    '',
    ...specs.map((s) => {
      const d = detail(s);
      return `  ${flag(s).padEnd(w)}  ${s.description}${d ? ` (${d})` : ''}`;
    }),
    `  ${'--json'.padEnd(w)}  Print the result as JSON`,
    `  ${'--predict'.padEnd(w)}  Open the screen in predict-first mode: predict, then see it graded`,
  ];
  return `${lines.join('\n')}\n`;
}
