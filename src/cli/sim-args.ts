// What `faas-prep sim` checks before it runs a model or opens a screen: the simulator's name,
// and how a bad parameter becomes a one-line usage error. Light: commands.ts imports it.
import { isSimulator, SimFlagError } from '../sim/flags.js';
import { type SimulatorName, simulatorNames } from '../sim/help.js';
import { ModelParamError, WorkBoundError } from '../sim/models/errors.js';
import { screenValues } from '../sim/screen-flags.js';
import type { ParsedCommand } from './commands.js';
import { UsageError } from './io.js';

/** The simulator the positionals name (undefined: none given). Throws UsageError. */
export function simulatorOf(positionals: string[]): SimulatorName | undefined {
  const [name, extra] = positionals;
  if (name === undefined) return undefined;
  const list = simulatorNames.join(', ');
  if (!isSimulator(name))
    throw new UsageError(`sim: unknown simulator '${name}' (expected ${list}).`);
  if (extra !== undefined) throw new UsageError(`sim ${name}: unexpected '${extra}'.`);
  return name;
}

/** A model's parameter error as the command line reports it; other errors unchanged. */
export function simUsageError(err: unknown): unknown {
  if (err instanceof WorkBoundError) {
    const hint = err.hint.charAt(0).toUpperCase() + err.hint.slice(1);
    return new UsageError(`${err.message}.`, `${hint}.`);
  }
  if (err instanceof SimFlagError) return new UsageError(err.message, err.hint);
  if (err instanceof ModelParamError) return new UsageError(err.message);
  return err;
}

/**
 * The screen `faas-prep sim` opens in a terminal, after checking the flags as the plain command
 * would; undefined for plain output (--json, or --arrivals, which replays a file).
 */
export function simScreen(cmd: ParsedCommand): string | undefined {
  if (cmd.values.json === true || cmd.values.arrivals !== undefined) return undefined;
  const name = simulatorOf(cmd.positionals);
  if (name === undefined) return 'sim';
  try {
    screenValues(name, cmd.values);
  } catch (err) {
    throw simUsageError(err);
  }
  return 'sim';
}
