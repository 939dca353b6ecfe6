// `faas-prep sim cold-start|connections|cost`: checks every flag against the simulator's
// parameter table, runs the model and prints JSON (--json) or a plain-text table.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { loadPrices, loadRuntimes } from '../../core/content/prices.js';
import { ArrivalsCsvError, ArrivalsCsvParser, normaliseTimes } from '../../sim/arrivals-csv.js';
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
import { quoted } from '../../sim/quote.js';
import type { ParsedCommand } from '../commands.js';
import { type Io, UsageError } from '../io.js';
import { forTerminal } from '../plain-text.js';
import { simUsageError, simulatorOf } from '../sim-args.js';

/** The largest --arrivals file read (about 20M timestamps of 10-odd bytes a line). */
export const MAX_ARRIVALS_BYTES = 256 * 1024 * 1024;
const CHUNK_BYTES = 64 * 1024;

function fileError(code: string | undefined): string {
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  return code ?? 'unreadable';
}

/** Streams the file through `parser` in fixed-size reads (memory stays flat however long). */
function streamFile(fd: number, parser: ArrivalsCsvParser): void {
  const buf = Buffer.allocUnsafe(CHUNK_BYTES);
  const decoder = new StringDecoder('utf8');
  let position = 0;
  for (;;) {
    const n = readSync(fd, buf, 0, CHUNK_BYTES, position);
    if (n === 0) break;
    position += n;
    parser.push(decoder.write(buf.subarray(0, n)));
  }
  parser.push(decoder.end());
  parser.end();
}

/**
 * Reads the replay file of --arrivals (relative to the working directory). Only regular files
 * up to MAX_ARRIVALS_BYTES: /dev/zero or a pipe never ends. Two streamed passes: the first
 * checks and counts, the second fills an array of exactly that many times.
 */
function readArrivals(file: string, io: Io): Float64Array {
  const path = resolve(io.cwd, file);
  const name = quoted(file);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    throw new UsageError(
      `--arrivals: cannot read ${name}: ${fileError((err as NodeJS.ErrnoException).code)}.`,
    );
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new UsageError(`--arrivals: cannot read ${name}: is a directory.`);
    if (!st.isFile()) {
      throw new UsageError(
        `--arrivals: ${name} is not a regular file (a device or pipe may never end).`,
        'Save the arrival times to a file first.',
      );
    }
    if (st.size > MAX_ARRIVALS_BYTES) {
      throw new UsageError(
        `--arrivals: ${name} is ${formatBytes(st.size)}, above the limit of ${formatBytes(MAX_ARRIVALS_BYTES)}.`,
        'Replay a shorter window of the log.',
      );
    }
    const counter = new ArrivalsCsvParser(() => {});
    streamFile(fd, counter);
    const times = new Float64Array(counter.count);
    let i = 0;
    // The file may change between passes: never write past the array, and check the count.
    streamFile(
      fd,
      new ArrivalsCsvParser((t) => {
        if (i < times.length) times[i] = t;
        i++;
      }),
    );
    if (i !== times.length) throw new UsageError(`--arrivals: ${name} changed while it was read.`);
    return normaliseTimes(times);
  } catch (err) {
    if (err instanceof ArrivalsCsvError) {
      throw new UsageError(`--arrivals ${name}: ${err.message}.`);
    }
    if (err instanceof UsageError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`--arrivals: cannot read ${name}: ${fileError(code)}.`);
  } finally {
    closeSync(fd);
  }
}

function formatBytes(n: number): string {
  return `${(n / (1024 * 1024)).toLocaleString('en-US', { maximumFractionDigits: 1 })} MiB`;
}

function arrivalExtras(v: ParamValues, values: ParsedCommand['values'], io: Io): ColdStartExtras {
  const extras: ColdStartExtras = { horizonGiven: values['horizon-s'] !== undefined };
  if (typeof v.arrivals === 'string') extras.replay = readArrivals(v.arrivals, io);
  return extras;
}

function print(io: Io, json: boolean, result: object, text: () => string): number {
  io.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : forTerminal(io.env, text()));
  return 0;
}

function runColdStart(values: ParsedCommand['values'], io: Io): number {
  const v = readFlags('cold-start', values);
  const extras = arrivalExtras(v, values, io);
  const init = coldStartInit(v, values['init-ms'] !== undefined, loadRuntimes);
  if (init.initMs !== undefined) extras.initMs = init.initMs;
  const initNote = init.note;
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
