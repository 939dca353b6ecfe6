// `faas-prep sim cold-start|connections|cost`: checks every flag against the simulator's
// parameter table, runs the model and prints JSON (--json) or a plain-text table.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadPrices, loadRuntimes } from '../../core/content/prices.js';
import { ArrivalsCsvError, parseArrivalsCsv } from '../../sim/arrivals-csv.js';
import {
  type ColdStartExtras,
  coldStartFromValues,
  connectionsFromValues,
  costFromValues,
} from '../../sim/build-params.js';
import { simulateColdStart } from '../../sim/cold-start.js';
import { simulateConnections } from '../../sim/connections.js';
import { computeCost } from '../../sim/cost.js';
import { formatColdStart, formatConnections, formatCost } from '../../sim/format.js';
import { type SimulatorName, simulatorNames, simulatorParams } from '../../sim/help.js';
import { ModelParamError, type ParamValues, readParam, WorkBoundError } from '../../sim/params.js';
import { resolveInitMs } from '../../sim/runtimes.js';
import type { ParsedCommand } from '../commands.js';
import { type Io, UsageError } from '../io.js';

const COMMON_FLAGS = new Set(['json', 'help']);

function isSimulator(s: string): s is SimulatorName {
  return (simulatorNames as readonly string[]).includes(s);
}

/** Checks each given flag against the table; returns the values by param name (defaults filled in). */
function readFlags(name: SimulatorName, values: ParsedCommand['values']): ParamValues {
  const specs = simulatorParams[name];
  const byFlag = new Map(specs.map((s) => [s.flag.slice(2), s]));
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || COMMON_FLAGS.has(key)) continue;
    if (key === 'predict') {
      throw new UsageError(
        '--predict is not available yet.',
        `Run 'faas-prep sim ${name} --json' for the simulation.`,
      );
    }
    if (!byFlag.has(key)) {
      throw new UsageError(
        `--${key} does not apply to sim ${name}.`,
        `Run 'faas-prep sim ${name} --help'.`,
      );
    }
  }
  const out: ParamValues = {};
  for (const spec of specs) {
    const raw = values[spec.flag.slice(2)];
    out[spec.name] = raw === undefined ? spec.default : readParam(spec, raw, spec.flag);
  }
  return out;
}

/** Reads the replay file of --arrivals (relative to the working directory). */
function readArrivals(file: string, io: Io): Float64Array {
  const path = resolve(io.cwd, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : (code ?? 'unreadable');
    throw new UsageError(`--arrivals: cannot read ${file}: ${why}.`);
  }
  try {
    return parseArrivalsCsv(text);
  } catch (err) {
    if (err instanceof ArrivalsCsvError)
      throw new UsageError(`--arrivals ${file}: ${err.message}.`);
    throw err;
  }
}

function arrivalExtras(v: ParamValues, values: ParsedCommand['values'], io: Io): ColdStartExtras {
  const extras: ColdStartExtras = { horizonGiven: values['horizon-s'] !== undefined };
  if (typeof v.arrivals === 'string') extras.replay = readArrivals(v.arrivals, io);
  return extras;
}

function print(io: Io, json: boolean, result: object, text: () => string): number {
  io.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : text());
  return 0;
}

function runColdStart(values: ParsedCommand['values'], io: Io): number {
  const v = readFlags('cold-start', values);
  const extras = arrivalExtras(v, values, io);
  let initNote: string | undefined;
  const runtime = typeof v.runtime === 'string' ? v.runtime : undefined;
  const snapstart = v.snapstart === true;
  if (snapstart && (v.provisioned as number) > 0) {
    throw new UsageError(
      '--snapstart cannot be combined with --provisioned (Lambda does not allow both).',
    );
  }
  if (runtime !== undefined || snapstart) {
    const init = resolveInitMs(loadRuntimes(), {
      ...(runtime === undefined ? {} : { runtime }),
      snapstart,
      ...(values['init-ms'] === undefined ? {} : { initMs: v.initMs as number }),
    });
    if ('error' in init) {
      const flag = init.param === 'initMs' ? '--init-ms' : `--${init.param}`;
      throw new UsageError(`${flag} ${init.error}.`);
    }
    extras.initMs = init.initMs;
    initNote = init.source;
  }
  const params = coldStartFromValues(v, 'flag', extras);
  const result = simulateColdStart(params);
  return print(io, values.json === true, { ...result, initMs: params.initMs }, () =>
    formatColdStart(result, params, initNote),
  );
}

function runConnections(values: ParsedCommand['values'], io: Io): number {
  const v = readFlags('connections', values);
  const params = connectionsFromValues(v, 'flag', arrivalExtras(v, values, io));
  const result = simulateConnections(params);
  return print(io, values.json === true, result, () => formatConnections(result, params));
}

function runCost(values: ParsedCommand['values'], io: Io): number {
  const v = readFlags('cost', values);
  const params = costFromValues(v, 'flag');
  const result = computeCost(params, loadPrices());
  return print(io, values.json === true, result, () => formatCost(result, params));
}

export async function run(cmd: ParsedCommand, io: Io): Promise<number> {
  const [name, extra] = cmd.positionals;
  const list = simulatorNames.join(', ');
  if (name === undefined) {
    throw new UsageError(
      `sim needs a simulator: ${list}.`,
      "Try 'faas-prep sim cost --invocations 100000000 --memory-mb 512 --duration-ms 100'.",
    );
  }
  if (!isSimulator(name))
    throw new UsageError(`sim: unknown simulator '${name}' (expected ${list}).`);
  if (extra !== undefined) throw new UsageError(`sim ${name}: unexpected '${extra}'.`);
  try {
    switch (name) {
      case 'cold-start':
        return runColdStart(cmd.values, io);
      case 'connections':
        return runConnections(cmd.values, io);
      case 'cost':
        return runCost(cmd.values, io);
    }
  } catch (err) {
    if (err instanceof WorkBoundError) {
      throw new UsageError(`${err.message}.`, 'Shorten --horizon-s (or lower --rate).');
    }
    if (err instanceof ModelParamError) throw new UsageError(err.message);
    throw err;
  }
}
