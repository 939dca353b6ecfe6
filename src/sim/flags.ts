// Command-line flags of `faas-prep sim <simulator>` checked against the parameter tables.
// Shared by the plain command (src/cli/commands/sim.ts) and the simulator screens, so both
// accept and reject exactly the same values with the same messages.
import { type SimulatorName, simulatorNames, simulatorParams } from './help.js';
import { ModelParamError } from './models/errors.js';
import { type ParamValues, readParam } from './params.js';

export type FlagValues = Record<string, string | boolean | undefined>;

/** Flags every simulator accepts that are not model parameters. */
const COMMON_FLAGS = new Set(['json', 'help']);

/** A flag that does not apply; `hint` is what to run instead. */
export class SimFlagError extends ModelParamError {
  constructor(
    param: string,
    message: string,
    readonly hint?: string,
  ) {
    super(param, message);
    this.name = 'SimFlagError';
  }
}

export function isSimulator(s: string): s is SimulatorName {
  return (simulatorNames as readonly string[]).includes(s);
}

/**
 * Checks each given flag against the simulator's table; returns the values by param name, with
 * the table's defaults filled in. Throws SimFlagError (unknown flag) or ModelParamError (bad value).
 */
export function readSimFlags(name: SimulatorName, values: FlagValues): ParamValues {
  const specs = simulatorParams[name];
  const byFlag = new Map(specs.map((s) => [s.flag.slice(2), s]));
  // A boolean that defaults to on is turned off with --no-<flag> (e.g. --no-public-ipv4).
  const negated = new Map(
    specs.filter((s) => s.kind === 'boolean' && s.default).map((s) => [`no-${s.flag.slice(2)}`, s]),
  );
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || COMMON_FLAGS.has(key)) continue;
    if (key === 'predict') {
      // The screens take it out before they read the flags (screen-flags.ts).
      throw new SimFlagError(
        key,
        '--predict needs the interactive screen.',
        `Run 'faas-prep sim ${name} --predict' in a terminal, without --json.`,
      );
    }
    if (!byFlag.has(key) && !negated.has(key)) {
      throw new SimFlagError(
        key,
        `--${key} does not apply to sim ${name}.`,
        `Run 'faas-prep sim ${name} --help'.`,
      );
    }
  }
  const out: ParamValues = {};
  for (const spec of specs) {
    const flag = spec.flag.slice(2);
    const raw = values[flag];
    const off = values[`no-${flag}`] === true && negated.has(`no-${flag}`);
    if (off && raw === true) {
      throw new SimFlagError(flag, `--${flag} and --no-${flag} contradict each other.`);
    }
    if (off) out[spec.name] = false;
    else out[spec.name] = raw === undefined ? spec.default : readParam(spec, raw, spec.flag);
  }
  return out;
}

/** SnapStart and provisioned concurrency exclude each other. Throws ModelParamError. */
export function checkSnapstart(v: ParamValues): void {
  if (v.snapstart === true && typeof v.provisioned === 'number' && v.provisioned > 0) {
    throw new ModelParamError(
      'snapstart',
      '--snapstart cannot be combined with --provisioned (Lambda does not allow both).',
    );
  }
}
