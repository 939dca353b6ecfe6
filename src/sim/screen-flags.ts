// The values a simulator screen opens with, from the same flags as `faas-prep sim`, checked the
// same way. Light (no content, no zod): the command line runs it before opening the screen, so
// a bad flag is one line on stderr, not a screen. Checks that need content (the runtime and EC2
// names) are left to the screen.
import { coldStartFromValues, connectionsFromValues, costFromValues } from './build-params.js';
import { checkSnapstart, type FlagValues, readSimFlags } from './flags.js';
import type { SimulatorName } from './help.js';
import { checkWorkBound } from './models/cold-start.js';
import { ModelParamError } from './models/errors.js';
import type { ParamValues } from './params.js';

/**
 * Values for the required parameters the command line did not give: a screen opens with a
 * runnable setup (cost: the material's example; cold start and connections: 10 req/s of 2 s
 * requests, where connections = environments differs clearly from concurrency).
 */
export const screenFallbacks: Record<SimulatorName, ParamValues> = {
  cost: { invocations: 100_000_000, memoryMb: 512, durationMs: 100 },
  'cold-start': { rate: 10, durationMs: 2000 },
  connections: { mode: 'held', rate: 10, durationMs: 2000 },
};

/** Cross-parameter checks; `initMs` stands in for an init time a runtime preset sets. */
function checkScreenValues(name: SimulatorName, v: ParamValues, initMs?: number): void {
  switch (name) {
    case 'cost':
      costFromValues(v, 'flag');
      return;
    case 'cold-start': {
      checkSnapstart(v);
      const p = coldStartFromValues(v, 'flag', initMs === undefined ? {} : { initMs });
      checkWorkBound(p.arrivals, p.horizonS);
      return;
    }
    case 'connections': {
      const p = connectionsFromValues(v, 'flag');
      checkWorkBound(p.arrivals, p.horizonS);
      return;
    }
  }
}

/**
 * The screen's starting values: each flag checked as on the command line, missing required
 * ones from `screenFallbacks`. Throws SimFlagError / ModelParamError (WorkBoundError).
 */
export function screenValues(name: SimulatorName, flags: FlagValues): ParamValues {
  if (flags.arrivals !== undefined) {
    throw new ModelParamError(
      'arrivals',
      '--arrivals replays a file: run it without a terminal or with --json.',
    );
  }
  // --predict opens the screen in predict-first mode; it is not a model parameter.
  const { predict: _, ...params } = flags;
  const v = readSimFlags(name, params);
  for (const [key, value] of Object.entries(screenFallbacks[name])) {
    if (v[key] === undefined) v[key] = value;
  }
  checkScreenValues(name, v);
  return v;
}
