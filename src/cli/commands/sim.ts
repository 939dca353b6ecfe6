// `faas-prep sim cold-start|connections|cost`: checks every flag against the simulator's
// parameter table, runs the model and prints JSON (--json) or a plain-text table.
import { loadPrices, loadRuntimes } from '../../core/content/prices.js';
import {
  type ColdStartExtras,
  coldStartFromValues,
  connectionsFromValues,
  costFromValues,
} from '../../sim/build-params.js';
import { coldStartInit } from '../../sim/cold-start-init.js';
import { readSimFlags as readFlags } from '../../sim/flags.js';
import { formatColdStart, formatConnections, formatCost } from '../../sim/format.js';
import { simulatorNames } from '../../sim/help.js';
import { simulateColdStart } from '../../sim/models/cold-start.js';
import { simulateConnections } from '../../sim/models/connections.js';
import { computeCost } from '../../sim/models/cost.js';
import type { ParamValues } from '../../sim/params.js';
import { openArrivalsFile } from '../arrivals-file.js';
import type { ParsedCommand } from '../commands.js';
import { type Io, UsageError } from '../io.js';
import { forTerminal } from '../plain-text.js';
import { simUsageError, simulatorOf } from '../sim-args.js';

/** Runs `body` with the replay of --arrivals (if given) open: it is streamed from the file. */
function withArrivals<T>(
  v: ParamValues,
  values: ParsedCommand['values'],
  io: Io,
  body: (extras: ColdStartExtras) => T,
): T {
  const extras: ColdStartExtras = { horizonGiven: values['horizon-s'] !== undefined };
  if (typeof v.arrivals !== 'string') return body(extras);
  const file = openArrivalsFile(v.arrivals, io);
  extras.replay = file.replay;
  try {
    return body(extras);
  } finally {
    file.close();
  }
}

function print(io: Io, json: boolean, result: object, text: () => string): number {
  io.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : forTerminal(io.env, text()));
  return 0;
}

function runColdStart(values: ParsedCommand['values'], io: Io): number {
  const v = readFlags('cold-start', values);
  return withArrivals(v, values, io, (extras) => {
    const init = coldStartInit(v, values['init-ms'] !== undefined, loadRuntimes);
    if (init.initMs !== undefined) extras.initMs = init.initMs;
    const initNote = init.note;
    const params = coldStartFromValues(v, 'flag', extras);
    const result = simulateColdStart(params);
    return print(io, values.json === true, { ...result, initMs: params.initMs }, () =>
      formatColdStart(result, params, initNote),
    );
  });
}

function runConnections(values: ParsedCommand['values'], io: Io): number {
  const v = readFlags('connections', values);
  return withArrivals(v, values, io, (extras) => {
    const params = connectionsFromValues(v, 'flag', extras);
    const result = simulateConnections(params);
    return print(io, values.json === true, result, () => formatConnections(result, params));
  });
}

function runCost(values: ParsedCommand['values'], io: Io): number {
  const v = readFlags('cost', values);
  const params = costFromValues(v, 'flag');
  const result = computeCost(params, loadPrices());
  return print(io, values.json === true, result, () => formatCost(result, params));
}

export async function run(cmd: ParsedCommand, io: Io): Promise<number> {
  const name = simulatorOf(cmd.positionals);
  if (name === undefined) {
    throw new UsageError(
      `sim needs a simulator: ${simulatorNames.join(', ')}.`,
      "Try 'faas-prep sim cost --invocations 100000000 --memory-mb 512 --duration-ms 100'.",
    );
  }
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
    throw simUsageError(err);
  }
}
