// Turns checked parameter values (from flags or content) into the models' typed params, with
// the cross-parameter checks. `style` decides how messages name a parameter: as a flag
// (`--pool-size`, for the command line) or by name (`poolSize`, for content and the registry).
import { type ArrivalSpec, parseBurst, type ReplaySpec } from './models/arrivals.js';
import type { ColdStartParams, Distribution } from './models/cold-start.js';
import type { ConnectionMode, ConnectionsParams } from './models/connections.js';
import type { ApiKind, CostParams, FleetMode } from './models/cost.js';
import { ModelParamError } from './models/errors.js';
import {
  bool,
  coldStartParams,
  connectionsParams,
  costParams,
  num,
  optNum,
  optStr,
  type ParamSpec,
  type ParamValues,
  str,
} from './params.js';
import type { Arch } from './prices.js';

type NameStyle = 'flag' | 'name';

function namer(specs: readonly ParamSpec[], style: NameStyle): (name: string) => string {
  return (name) => {
    if (style === 'name') return name;
    return specs.find((s) => s.name === name)?.flag ?? name;
  };
}

/** Poisson, bursty (`burst`) or a replay of given times. `rate` is only optional for a replay. */
function arrivalSpec(
  v: ParamValues,
  ref: (name: string) => string,
  replay: ReplaySpec | undefined,
): ArrivalSpec {
  const burst = optStr(v, 'burst');
  if (replay) {
    for (const name of ['rate', 'burst']) {
      if (v[name] !== undefined) {
        throw new ModelParamError(name, `${ref(name)} cannot be combined with ${ref('arrivals')}`);
      }
    }
    return replay;
  }
  const rate = num(v, 'rate', ref('rate'));
  if (burst === undefined) return { kind: 'poisson', rate };
  const b = parseBurst(burst);
  if (typeof b === 'string') throw new ModelParamError('burst', `${ref('burst')} ${b}`);
  return { kind: 'bursty', rate, onS: b.onS, periodS: b.periodS };
}

/** The horizon: as given, else the default; a replay without one runs to its last arrival. */
function horizon(v: ParamValues, given: boolean, replay: ReplaySpec | undefined): number {
  if (replay && !given) return Math.max(replay.lastS, 1e-3);
  return num(v, 'horizonS');
}

export interface ColdStartExtras {
  /** Arrival times to replay (from --arrivals). */
  replay?: ReplaySpec;
  /** Whether horizonS was given explicitly (a replay otherwise runs to its last arrival). */
  horizonGiven?: boolean;
  /** Init time that replaces initMs (runtime preset or SnapStart restore). */
  initMs?: number;
}

export function coldStartFromValues(
  v: ParamValues,
  style: NameStyle,
  extras: ColdStartExtras = {},
): ColdStartParams {
  const ref = namer(coldStartParams, style);
  const provisioned = num(v, 'provisioned');
  const maxConcurrency = num(v, 'maxConcurrency');
  if (provisioned > maxConcurrency) {
    throw new ModelParamError(
      'provisioned',
      `${ref('provisioned')} (${provisioned}) cannot exceed ${ref('maxConcurrency')} (${maxConcurrency})`,
    );
  }
  return {
    arrivals: arrivalSpec(v, ref, extras.replay),
    durationMs: num(v, 'durationMs', ref('durationMs')),
    initMs: extras.initMs ?? num(v, 'initMs'),
    keepAliveS: num(v, 'keepAliveS'),
    maxConcurrency,
    provisioned,
    distribution: str(v, 'distribution') as Distribution,
    horizonS: horizon(v, extras.horizonGiven ?? v.horizonS !== undefined, extras.replay),
    seed: num(v, 'seed'),
    perEnvConcurrency: optNum(v, 'perEnvConcurrency') ?? 1,
  };
}

export function connectionsFromValues(
  v: ParamValues,
  style: NameStyle,
  extras: ColdStartExtras = {},
): ConnectionsParams {
  const ref = namer(connectionsParams, style);
  const mode = str(v, 'mode', ref('mode')) as ConnectionMode;
  for (const spec of connectionsParams) {
    if (
      spec.modes &&
      !spec.modes.includes(mode) &&
      v[spec.name] !== undefined &&
      v[spec.name] !== spec.default
    ) {
      throw new ModelParamError(
        spec.name,
        `${ref(spec.name)} applies only to ${ref('mode')} ${spec.modes.join(' or ')}`,
      );
    }
  }
  const maxConnections = num(v, 'maxConnections');
  const reserved = num(v, 'reserved');
  const usable = maxConnections - reserved;
  if (usable < 1) {
    throw new ModelParamError(
      'reserved',
      `${ref('reserved')} (${reserved}) must be below ${ref('maxConnections')} (${maxConnections})`,
    );
  }
  const poolSize = optNum(v, 'poolSize');
  if (poolSize !== undefined && poolSize > usable) {
    throw new ModelParamError(
      'poolSize',
      `${ref('poolSize')} (${poolSize}) cannot exceed ${ref('maxConnections')} − ${ref('reserved')} = ${usable}`,
    );
  }
  const params: ConnectionsParams = {
    mode,
    arrivals: arrivalSpec(v, ref, extras.replay),
    durationMs: num(v, 'durationMs', ref('durationMs')),
    initMs: num(v, 'initMs'),
    keepAliveS: num(v, 'keepAliveS'),
    maxConnections,
    reserved,
    borrowTimeoutS: num(v, 'borrowTimeoutS'),
    horizonS: horizon(v, extras.horizonGiven ?? v.horizonS !== undefined, extras.replay),
    seed: num(v, 'seed'),
  };
  const queryMs = optNum(v, 'queryMs');
  if (poolSize !== undefined) params.poolSize = poolSize;
  if (queryMs !== undefined) params.queryMs = queryMs;
  return params;
}

export function costFromValues(v: ParamValues, style: NameStyle): CostParams {
  const ref = namer(costParams, style);
  const fleet = str(v, 'fleet') as FleetMode;
  if (fleet === 'sized') {
    for (const name of ['fargateTasks', 'ec2Count']) {
      const spec = costParams.find((s) => s.name === name);
      if (v[name] !== undefined && v[name] !== spec?.default) {
        throw new ModelParamError(
          name,
          `${ref(name)} needs ${ref('fleet')} fixed (the default, sized, sizes the fleet to the load)`,
        );
      }
    }
  }
  const p: CostParams = {
    invocations: num(v, 'invocations', ref('invocations')),
    memoryMb: num(v, 'memoryMb', ref('memoryMb')),
    durationMs: num(v, 'durationMs', ref('durationMs')),
    arch: str(v, 'arch') as Arch,
    freeTier: bool(v, 'freeTier'),
    api: str(v, 'api') as ApiKind,
    provisioned: num(v, 'provisioned'),
    fargateVcpu: num(v, 'fargateVcpu'),
    fargateMemoryGb: num(v, 'fargateMemoryGb'),
    fleet,
    fargateTasks: num(v, 'fargateTasks'),
    ec2Count: num(v, 'ec2Count'),
    targetUtilization: num(v, 'targetUtilization'),
    publicIpv4: bool(v, 'publicIpv4'),
  };
  const ec2Type = optStr(v, 'ec2Type');
  if (ec2Type !== undefined) p.ec2Type = ec2Type;
  return p;
}
