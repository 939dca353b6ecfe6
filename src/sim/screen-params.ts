// The simulator screens' parameters: which ones the panel lists, how each is shown, what ←/→
// and typed text do to it, and the model params the values build (with the checks the command
// line makes, including those that need the price and runtime tables).
import { formatCount, significant } from '../core/format.js';
import { coldStartFromValues, connectionsFromValues, costFromValues } from './build-params.js';
import { coldStartInit } from './cold-start-init.js';
import type { FlagValues } from './flags.js';
import { type SimulatorName, simulatorParams } from './help.js';
import { type ColdStartParams, checkWorkBound } from './models/cold-start.js';
import type { ConnectionsParams } from './models/connections.js';
import { type CostParams, defaultEc2Type } from './models/cost.js';
import { ModelParamError } from './models/errors.js';
import {
  type NumberSpec,
  type ParamSpec,
  type ParamValue,
  type ParamValues,
  readParam,
  readParams,
} from './params.js';
import type { PriceTable } from './prices.js';
import type { RuntimeTable } from './runtimes.js';
import { screenFallbacks, screenValues } from './screen-flags.js';
import { stepNumber } from './steps.js';

export interface SimResources {
  prices: PriceTable;
  runtimes: RuntimeTable;
}

/** A row of the parameter panel: the spec, and for text params a list ←/→ cycles through. */
export interface PanelParam {
  spec: ParamSpec;
  /** Choices of a text param (undefined = automatic / custom). */
  choices?: readonly (string | undefined)[];
}

/** The panel's label: the flag without its dashes, as typed on the command line. */
export function paramLabel(spec: ParamSpec): string {
  return spec.flag.slice(2);
}

/** The parameters the panel lists: a replayed file (--arrivals) and other modes' ones are left out. */
export function panelParams(name: SimulatorName, v: ParamValues, res: SimResources): PanelParam[] {
  const out: PanelParam[] = [];
  for (const spec of simulatorParams[name]) {
    if (spec.name === 'arrivals') continue;
    if (spec.modes && typeof v.mode === 'string' && !spec.modes.includes(v.mode)) continue;
    if (spec.name === 'ec2Type') {
      out.push({ spec, choices: [undefined, ...Object.keys(res.prices.ec2)] });
    } else if (spec.name === 'runtime') {
      out.push({ spec, choices: [undefined, ...res.runtimes.runtimes.map((r) => r.name)] });
    } else {
      out.push({ spec });
    }
  }
  return out;
}

/** The starting values, or the fallbacks with the reason the given flags were refused. */
export function initialValues(
  name: SimulatorName,
  flags: FlagValues,
  res: SimResources,
): { values: ParamValues; error?: string } {
  try {
    const values = screenValues(name, flags);
    checkValues(name, values, res, flags['init-ms'] !== undefined);
    return { values };
  } catch (err) {
    if (!(err instanceof ModelParamError)) throw err;
    return { values: defaultValues(name), error: err.message.replace(/\.$/, '') };
  }
}

/** Every param at its table default, required ones from the screen's fallbacks. */
export function defaultValues(name: SimulatorName): ParamValues {
  return {
    ...readParams(simulatorParams[name], {}, { allowCliOnly: true }),
    ...screenFallbacks[name],
  };
}

export function buildCost(v: ParamValues, res: SimResources): CostParams {
  const p = costFromValues(v, 'flag');
  if (p.ec2Type !== undefined && !res.prices.ec2[p.ec2Type]) {
    const known = Object.keys(res.prices.ec2).join(', ');
    throw new ModelParamError('ec2Type', `--ec2-type must be one of ${known} (got "${p.ec2Type}")`);
  }
  return p;
}

export function buildColdStart(
  v: ParamValues,
  res: SimResources,
  initMsGiven = false,
): { params: ColdStartParams; initNote?: string } {
  const init = coldStartInit(v, initMsGiven, () => res.runtimes);
  const params = coldStartFromValues(
    v,
    'flag',
    init.initMs === undefined ? {} : { initMs: init.initMs },
  );
  checkWorkBound(params.arrivals, params.horizonS);
  return init.note === undefined ? { params } : { params, initNote: init.note };
}

export function buildConnections(v: ParamValues): ConnectionsParams {
  const params = connectionsFromValues(v, 'flag');
  checkWorkBound(params.arrivals, params.horizonS);
  return params;
}

/** Throws ModelParamError when the values cannot run. */
function checkValues(
  name: SimulatorName,
  v: ParamValues,
  res: SimResources,
  initMsGiven = false,
): void {
  if (name === 'cost') buildCost(v, res);
  else if (name === 'cold-start') buildColdStart(v, res, initMsGiven);
  else buildConnections(v);
}

/** The error message of values that cannot run, or undefined. */
export function valuesError(
  name: SimulatorName,
  v: ParamValues,
  res: SimResources,
): string | undefined {
  try {
    checkValues(name, v, res);
    return undefined;
  } catch (err) {
    if (err instanceof ModelParamError) return err.message.replace(/\.$/, '');
    throw err;
  }
}

const units: Record<string, string> = { 'a month': '/month' };

function showNumber(spec: NumberSpec, n: number): string {
  const text = spec.integer && Math.abs(n) >= 1e6 ? formatCount(n) : significant(n, 6);
  const unit = spec.unit ? (units[spec.unit] ?? ` ${spec.unit}`) : '';
  return `${text}${unit}`;
}

/** What a param's value falls back to when it has none (shown as "auto"). */
function automatic(p: PanelParam, v: ParamValues): string {
  switch (p.spec.name) {
    case 'ec2Type':
      return defaultEc2Type(v.arch === 'arm64' ? 'arm64' : 'x86_64');
    case 'poolSize': {
      const max = v.maxConnections;
      const reserved = v.reserved;
      return typeof max === 'number' && typeof reserved === 'number' ? String(max - reserved) : '';
    }
    case 'queryMs':
      return typeof v.durationMs === 'number' ? `${significant(v.durationMs, 6)} ms` : '';
    default:
      return '';
  }
}

/** The value as the panel shows it. */
export function showValue(p: PanelParam, v: ParamValues, res: SimResources): string {
  const value = v[p.spec.name];
  const spec = p.spec;
  if (spec.name === 'initMs' && (typeof v.runtime === 'string' || v.snapstart === true)) {
    try {
      const init = coldStartInit(v, false, () => res.runtimes);
      if (init.initMs !== undefined) return `${significant(init.initMs, 6)} ms (${init.note})`;
    } catch {
      // shown as the typed value; the error is reported elsewhere
    }
  }
  if (value === undefined) {
    if (spec.name === 'runtime') return 'custom';
    if (spec.name === 'burst') return 'off';
    const auto = automatic(p, v);
    return auto ? `auto (${auto})` : 'auto';
  }
  if (spec.kind === 'number' && typeof value === 'number') return showNumber(spec, value);
  if (spec.kind === 'boolean') return value ? 'on' : 'off';
  return String(value);
}

/** The number ←/→ starts from when a param has no value of its own. */
function startingNumber(spec: NumberSpec, v: ParamValues): number {
  if (spec.name === 'poolSize') {
    const max = v.maxConnections;
    const reserved = v.reserved;
    if (typeof max === 'number' && typeof reserved === 'number') return max - reserved;
  }
  if (spec.name === 'queryMs' && typeof v.durationMs === 'number') return v.durationMs;
  return spec.default ?? spec.min;
}

/** The value one ←/→ step away (unchecked across params: see `valuesError`). */
export function stepValue(
  p: PanelParam,
  v: ParamValues,
  dir: 1 | -1,
  res: SimResources,
): ParamValue | undefined {
  const spec = p.spec;
  const value = v[spec.name];
  if (p.choices) {
    const i = p.choices.indexOf(value as string | undefined);
    const n = p.choices.length;
    return p.choices[(((Math.max(i, 0) + dir) % n) + n) % n];
  }
  switch (spec.kind) {
    case 'number': {
      if (spec.name === 'initMs' && typeof v.runtime === 'string') {
        // Stepping from a runtime preset's init time leaves the preset.
        const init = coldStartInit({ ...v, snapstart: false }, false, () => res.runtimes);
        return stepNumber(spec, init.initMs ?? startingNumber(spec, v), dir);
      }
      return stepNumber(spec, typeof value === 'number' ? value : startingNumber(spec, v), dir);
    }
    case 'enum': {
      const n = spec.choices.length;
      const i = spec.choices.indexOf(value as string);
      return spec.choices[(((Math.max(i, 0) + dir) % n) + n) % n];
    }
    case 'boolean':
      return !value;
    case 'string':
      return value;
  }
}

const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, t: 1e12 };
const CLEAR = new Set(['', 'auto', 'off', 'none', 'custom', 'default']);

/**
 * A typed value, checked like the command line's flag (with k/M/B suffixes for numbers, and
 * "auto"/"off" for params that may have none). Throws ModelParamError.
 */
export function parseTyped(p: PanelParam, text: string): ParamValue | undefined {
  const spec = p.spec;
  const t = text.trim();
  const optional = spec.kind !== 'boolean' && spec.default === undefined && !spec.required;
  if (optional && CLEAR.has(t.toLowerCase())) return undefined;
  if (p.choices) {
    const hit = p.choices.find((c) => c !== undefined && c.toLowerCase() === t.toLowerCase());
    if (hit !== undefined) return hit;
    const known = p.choices.filter((c) => c !== undefined).join(', ');
    throw new ModelParamError(spec.name, `${spec.flag} must be one of ${known} (got "${t}")`);
  }
  switch (spec.kind) {
    case 'number': {
      const m = /^([0-9.]+(?:e[+-]?\d+)?)\s*([kmbt])$/i.exec(t);
      const raw = m ? String(Number(m[1]) * SUFFIX[m[2]!.toLowerCase()]!) : t;
      return readParam(spec, raw, spec.flag);
    }
    case 'enum': {
      const hit = spec.choices.find((c) => c.toLowerCase() === t.toLowerCase());
      return readParam(spec, hit ?? t, spec.flag);
    }
    case 'boolean': {
      const lower = t.toLowerCase();
      if (['on', 'true', 'yes', '1'].includes(lower)) return true;
      if (['off', 'false', 'no', '0'].includes(lower)) return false;
      throw new ModelParamError(spec.name, `${spec.flag} must be on or off (got "${t}")`);
    }
    case 'string':
      return readParam(spec, t, spec.flag);
  }
}

/**
 * The values with one param changed, and what that change implies: a new connections mode
 * resets the other modes' params; typing an init time leaves the runtime preset.
 */
export function withValue(
  name: SimulatorName,
  v: ParamValues,
  param: string,
  value: ParamValue | undefined,
): ParamValues {
  const next: ParamValues = { ...v, [param]: value };
  if (name === 'connections' && param === 'mode' && typeof value === 'string') {
    for (const spec of simulatorParams.connections) {
      if (spec.modes && !spec.modes.includes(value)) next[spec.name] = spec.default;
    }
  }
  if (name === 'cold-start' && param === 'initMs') {
    next.runtime = undefined;
    next.snapstart = false;
  }
  return next;
}
