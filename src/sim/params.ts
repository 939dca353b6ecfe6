// Parameter tables: one per simulator, shared by the command line (flags), the registry
// (content's camelCase params) and, later, the screens' parameter panels.

import { MAX_ARRIVALS_BYTES } from './arrivals-csv.js';
import { connectionModes } from './models/connections.js';
import { ModelParamError } from './models/errors.js';
import { quoted } from './quote.js';

export type ParamValue = number | string | boolean;
export type ParamValues = Record<string, ParamValue | undefined>;

interface BaseSpec {
  /** camelCase name used by content and the registry. */
  name: string;
  /** The command-line flag, e.g. `--memory-mb`. */
  flag: string;
  description: string;
  unit?: string;
  /** Explains a default that depends on other params (then `default` is absent). */
  defaultNote?: string;
  /** Must be given (the CLI may relax this, e.g. `rate` when `--arrivals` replays a file). */
  required?: boolean;
  /** Only meaningful for these `mode`s of the simulator. */
  modes?: readonly string[];
  /** Command line only: needs files or content the pure models do not see. */
  cliOnly?: boolean;
}

export interface NumberSpec extends BaseSpec {
  kind: 'number';
  integer?: boolean;
  min: number;
  max: number;
  /** `min` itself is not allowed (e.g. rates above 0). */
  minExclusive?: boolean;
  default?: number;
}

interface EnumSpec extends BaseSpec {
  kind: 'enum';
  choices: readonly string[];
  default?: string;
}

interface BooleanSpec extends BaseSpec {
  kind: 'boolean';
  default: boolean;
}

interface StringSpec extends BaseSpec {
  kind: 'string';
  default?: string;
}

export type ParamSpec = NumberSpec | EnumSpec | BooleanSpec | StringSpec;

const seed: NumberSpec = {
  name: 'seed',
  flag: '--seed',
  kind: 'number',
  integer: true,
  min: 0,
  max: 4_294_967_295,
  default: 1,
  description: 'Random seed: the same seed gives the same result',
};
const horizonS: NumberSpec = {
  name: 'horizonS',
  flag: '--horizon-s',
  kind: 'number',
  unit: 's',
  min: 0,
  minExclusive: true,
  max: 1e10,
  default: 86_400,
  description: 'Simulated time',
};
const rate: NumberSpec = {
  name: 'rate',
  flag: '--rate',
  kind: 'number',
  unit: 'req/s',
  min: 0,
  minExclusive: true,
  max: 1_000_000,
  required: true,
  description: 'Mean arrival rate (Poisson)',
};
const durationMs: NumberSpec = {
  name: 'durationMs',
  flag: '--duration-ms',
  kind: 'number',
  unit: 'ms',
  min: 0,
  minExclusive: true,
  max: 900_000,
  required: true,
  description: 'Mean request duration (warm); Lambda allows at most 900,000 ms',
};
const perEnvConcurrency: NumberSpec = {
  name: 'perEnvConcurrency',
  flag: '--per-env-concurrency',
  kind: 'number',
  integer: true,
  min: 1,
  max: 1000,
  description: 'Requests one environment serves at once',
};
const initMs: NumberSpec = {
  name: 'initMs',
  flag: '--init-ms',
  kind: 'number',
  unit: 'ms',
  min: 0,
  max: 900_000,
  default: 200,
  description: 'Init time a cold start adds before the request runs',
};
const keepAliveS: NumberSpec = {
  name: 'keepAliveS',
  flag: '--keep-alive-s',
  kind: 'number',
  unit: 's',
  min: 0,
  max: 1e7,
  default: 600,
  description: 'An idle environment is reclaimed this long after its last request',
};
const arrivals: StringSpec = {
  name: 'arrivals',
  flag: '--arrivals',
  kind: 'string',
  unit: 'file',
  cliOnly: true,
  description: `Replay arrival times (seconds) from a CSV file: one per line or in the first column; a header line is allowed; times are taken relative to the first. Any order; up to ${MAX_ARRIVALS_BYTES / 2 ** 20} MiB, streamed (memory stays flat)`,
};
const burst: StringSpec = {
  name: 'burst',
  flag: '--burst',
  kind: 'string',
  unit: 'ON_S:PERIOD_S',
  description:
    'Bursty arrivals: every PERIOD_S seconds traffic arrives only during the first ON_S seconds, at rate × PERIOD_S/ON_S, so the average stays --rate',
};

export const coldStartParams: readonly ParamSpec[] = [
  rate,
  durationMs,
  initMs,
  keepAliveS,
  {
    name: 'maxConcurrency',
    flag: '--max-concurrency',
    kind: 'number',
    integer: true,
    min: 1,
    max: 1_000_000,
    default: 1000,
    description:
      'Concurrency limit: requests beyond it are throttled (rejected); with --per-env-concurrency above 1 it limits environments',
  },
  {
    name: 'provisioned',
    flag: '--provisioned',
    kind: 'number',
    integer: true,
    min: 0,
    max: 1_000_000,
    default: 0,
    description: 'Provisioned concurrency: environments kept warm; overflow spills to on-demand',
  },
  {
    name: 'distribution',
    flag: '--distribution',
    kind: 'enum',
    choices: ['exponential', 'constant'],
    default: 'exponential',
    description: 'Distribution of request durations',
  },
  horizonS,
  seed,
  {
    ...perEnvConcurrency,
    default: 1,
    description:
      'Requests one environment serves at once (Web Functions default 64, Cloud Run 80); a request takes a free slot, provisioned first, then the newest environment, else starts one; past --max-concurrency environments it is rejected',
  },
  {
    name: 'runtime',
    flag: '--runtime',
    kind: 'string',
    unit: 'name',
    cliOnly: true,
    description: 'Take the init time from a measured runtime preset (content/runtimes.yaml)',
  },
  {
    name: 'snapstart',
    flag: '--snapstart',
    kind: 'boolean',
    default: false,
    cliOnly: true,
    description: 'SnapStart: a snapshot restore replaces init (Java 11+, Python 3.12+, .NET 8+)',
  },
  arrivals,
  burst,
];

export const connectionsParams: readonly ParamSpec[] = [
  {
    name: 'mode',
    flag: '--mode',
    kind: 'enum',
    choices: connectionModes,
    required: true,
    description:
      'held: one connection per environment; per-invocation: connect per request; proxy: RDS Proxy pool',
  },
  rate,
  durationMs,
  { ...initMs, modes: ['held'] },
  { ...keepAliveS, modes: ['held'] },
  {
    name: 'maxConnections',
    flag: '--max-connections',
    kind: 'number',
    integer: true,
    min: 1,
    max: 1_000_000,
    default: 100,
    description: 'Database max_connections (PostgreSQL default 100)',
  },
  {
    name: 'reserved',
    flag: '--reserved',
    kind: 'number',
    integer: true,
    min: 0,
    max: 1_000_000,
    default: 3,
    description: 'Connections reserved for superusers (PostgreSQL default 3)',
  },
  {
    name: 'poolSize',
    flag: '--pool-size',
    kind: 'number',
    integer: true,
    min: 1,
    max: 1_000_000,
    modes: ['proxy'],
    defaultNote: 'max-connections − reserved',
    description: "Proxy's pool of database connections",
  },
  {
    name: 'queryMs',
    flag: '--query-ms',
    kind: 'number',
    unit: 'ms',
    min: 0,
    minExclusive: true,
    max: 900_000,
    modes: ['proxy'],
    defaultNote: 'duration-ms',
    description: 'Mean time a request borrows a pool connection (exponential)',
  },
  {
    name: 'borrowTimeoutS',
    flag: '--borrow-timeout-s',
    kind: 'number',
    unit: 's',
    min: 0,
    max: 3600,
    default: 120,
    modes: ['proxy'],
    description: 'ConnectionBorrowTimeout: a request waits this long for a connection, then fails',
  },
  horizonS,
  seed,
  arrivals,
  burst,
];

export const costParams: readonly ParamSpec[] = [
  {
    name: 'invocations',
    flag: '--invocations',
    kind: 'number',
    integer: true,
    min: 0,
    max: 1e13,
    required: true,
    unit: 'a month',
    description: 'Invocations a month',
  },
  {
    name: 'memoryMb',
    flag: '--memory-mb',
    kind: 'number',
    integer: true,
    min: 128,
    max: 10_240,
    required: true,
    unit: 'MB',
    description: 'Lambda memory (CPU scales with it: 1,769 MB = 1 vCPU)',
  },
  { ...durationMs, description: 'Billed duration of one invocation' },
  {
    name: 'arch',
    flag: '--arch',
    kind: 'enum',
    choices: ['x86_64', 'arm64'],
    default: 'x86_64',
    description: 'Architecture of the Lambda function and of the Fargate task it is compared with',
  },
  {
    name: 'freeTier',
    flag: '--free-tier',
    kind: 'boolean',
    default: false,
    description:
      'Subtract the monthly free tier (1M requests + 400,000 GB-s of on-demand duration)',
  },
  {
    name: 'api',
    flag: '--api',
    kind: 'enum',
    choices: ['none', 'http', 'rest'],
    default: 'none',
    description: 'API Gateway in front: HTTP API or REST API, priced per request',
  },
  {
    name: 'provisioned',
    flag: '--provisioned',
    kind: 'number',
    integer: true,
    min: 0,
    max: 100_000,
    default: 0,
    description: 'Provisioned concurrency configured all month (no free tier on it)',
  },
  {
    name: 'fargateVcpu',
    flag: '--fargate-vcpu',
    kind: 'number',
    min: 0.25,
    max: 16,
    default: 0.25,
    unit: 'vCPU',
    description: 'vCPUs of one Fargate task',
  },
  {
    name: 'fargateMemoryGb',
    flag: '--fargate-memory-gb',
    kind: 'number',
    min: 0.5,
    max: 120,
    default: 0.5,
    unit: 'GB',
    description: 'Memory of one Fargate task',
  },
  {
    name: 'fleet',
    flag: '--fleet',
    kind: 'enum',
    choices: ['sized', 'fixed'],
    default: 'sized',
    description:
      'sized: enough tasks and instances to run the load (CPU only: vCPU-seconds per request = duration × memory/1,769 MB) at --target-utilization; fixed: exactly --fargate-tasks and --ec2-count',
  },
  {
    name: 'fargateTasks',
    flag: '--fargate-tasks',
    kind: 'number',
    integer: true,
    min: 1,
    max: 100_000,
    default: 1,
    description: 'With --fleet fixed: Fargate tasks running all month',
  },
  {
    name: 'ec2Type',
    flag: '--ec2-type',
    kind: 'string',
    defaultNote: 't3.micro (t4g.micro with --arch arm64)',
    description:
      'EC2 instance type listed in content/prices.yaml (t3/t4g are burstable: sized on their 10% baseline)',
  },
  {
    name: 'ec2Count',
    flag: '--ec2-count',
    kind: 'number',
    integer: true,
    min: 1,
    max: 100_000,
    default: 1,
    description:
      'With --fleet fixed: EC2 instances running all month (burstable ones pay surplus credits above their baseline)',
  },
  {
    name: 'targetUtilization',
    flag: '--target-utilization',
    kind: 'number',
    min: 0,
    minExclusive: true,
    max: 1,
    default: 0.7,
    description: 'With --fleet sized: the CPU utilisation tasks and instances are sized for',
  },
  {
    name: 'publicIpv4',
    flag: '--public-ipv4',
    kind: 'boolean',
    default: true,
    description:
      'One public IPv4 address per task and instance ($0.005 an hour); --no-public-ipv4 leaves it out',
  },
];

export const concurrencyParams: readonly ParamSpec[] = [
  { ...rate, description: 'Requests per second' },
  { ...durationMs, description: 'Mean request duration' },
];

const offeredLoad: NumberSpec = {
  name: 'offeredLoad',
  flag: '--offered-load',
  kind: 'number',
  unit: 'Erlangs',
  min: 0,
  max: 1e7,
  required: true,
  description: 'Offered load A = arrival rate × mean hold time',
};
const servers: NumberSpec = {
  name: 'servers',
  flag: '--servers',
  kind: 'number',
  integer: true,
  min: 1,
  max: 1e7,
  required: true,
  description: 'Servers (connections, lines)',
};

export const erlangBParams: readonly ParamSpec[] = [offeredLoad, servers];

export const erlangCParams: readonly ParamSpec[] = [
  offeredLoad,
  servers,
  {
    name: 'holdMs',
    flag: '--hold-ms',
    kind: 'number',
    unit: 'ms',
    min: 0,
    minExclusive: true,
    max: 1e9,
    required: true,
    description: 'Mean hold (service) time',
  },
];

export const sharedEnvironmentParams: readonly ParamSpec[] = [
  { ...rate, description: 'Requests per second (Poisson)' },
  { ...durationMs, description: 'Mean request duration' },
  {
    ...perEnvConcurrency,
    default: 64,
    description: 'Requests one environment serves at once (Web Functions default 64)',
  },
];

export const keepAliveParams: readonly ParamSpec[] = [
  { ...rate, description: 'Requests per second (Poisson), each much shorter than the keep-alive' },
  { ...keepAliveS, required: true, default: undefined },
];

const NUMBER_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

function fmt(n: number): string {
  return String(n);
}

/** The sentence after "must be" for a numeric spec, e.g. "a whole number from 128 to 10240". */
export function describeRange(spec: NumberSpec): string {
  const what = spec.integer ? 'a whole number' : 'a number';
  if (spec.minExclusive) return `${what} above ${fmt(spec.min)} and at most ${fmt(spec.max)}`;
  return `${what} from ${fmt(spec.min)} to ${fmt(spec.max)}`;
}

function shown(raw: unknown): string {
  return typeof raw === 'string' ? quoted(raw) : String(raw);
}

/** Checks and converts one raw value (a CLI string or a content value). `label` starts the message. */
export function readParam(spec: ParamSpec, raw: unknown, label: string): ParamValue {
  switch (spec.kind) {
    case 'number': {
      let n: number;
      if (typeof raw === 'number') n = raw;
      else if (typeof raw === 'string' && NUMBER_RE.test(raw.trim())) n = Number(raw.trim());
      else n = Number.NaN;
      const ok =
        Number.isFinite(n) &&
        (!spec.integer || Number.isInteger(n)) &&
        (spec.minExclusive ? n > spec.min : n >= spec.min) &&
        n <= spec.max;
      if (!ok) {
        throw new ModelParamError(
          label,
          `${label} must be ${describeRange(spec)} (got ${shown(raw)})`,
        );
      }
      return n;
    }
    case 'enum':
      if (typeof raw !== 'string' || !spec.choices.includes(raw)) {
        throw new ModelParamError(
          label,
          `${label} must be one of ${spec.choices.join(', ')} (got ${shown(raw)})`,
        );
      }
      return raw;
    case 'boolean':
      if (typeof raw !== 'boolean') {
        throw new ModelParamError(label, `${label} must be true or false (got ${shown(raw)})`);
      }
      return raw;
    case 'string':
      if (typeof raw !== 'string' || raw.trim() === '') {
        throw new ModelParamError(label, `${label} must be a non-empty text (got ${shown(raw)})`);
      }
      return raw;
  }
}

/**
 * Reads content-style params (keyed by camelCase name) against a table: unknown names and bad
 * values throw ModelParamError; missing ones take the table's default (or stay undefined).
 */
export function readParams(
  specs: readonly ParamSpec[],
  raw: Record<string, unknown>,
  opts: { allowCliOnly?: boolean } = {},
): ParamValues {
  const byName = new Map(specs.map((s) => [s.name, s]));
  for (const key of Object.keys(raw)) {
    const spec = byName.get(key);
    if (!spec || (spec.cliOnly && !opts.allowCliOnly)) {
      const known = specs.filter((s) => opts.allowCliOnly || !s.cliOnly).map((s) => s.name);
      throw new ModelParamError(key, `unknown param ${key} (known: ${known.join(', ')})`);
    }
  }
  const out: ParamValues = {};
  for (const spec of specs) {
    const v = raw[spec.name];
    out[spec.name] = v === undefined || v === null ? spec.default : readParam(spec, v, spec.name);
  }
  return out;
}

/** Typed accessors over checked values; `label` is how a missing required value is named. */
export function num(values: ParamValues, name: string, label = name): number {
  const v = values[name];
  if (typeof v !== 'number') throw new ModelParamError(label, `${label} is required`);
  return v;
}

export function optNum(values: ParamValues, name: string): number | undefined {
  const v = values[name];
  return typeof v === 'number' ? v : undefined;
}

export function str(values: ParamValues, name: string, label = name): string {
  const v = values[name];
  if (typeof v !== 'string') throw new ModelParamError(label, `${label} is required`);
  return v;
}

export function optStr(values: ParamValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

export function bool(values: ParamValues, name: string): boolean {
  return values[name] === true;
}
