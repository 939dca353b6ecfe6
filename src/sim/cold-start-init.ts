// The init time of a cold-start run from --runtime / --snapstart (content/runtimes.yaml).
// Apart from flags.ts because the runtime table's schema loads zod.
import { checkSnapstart } from './flags.js';
import { ModelParamError } from './models/errors.js';
import type { ParamValues } from './params.js';
import { type RuntimeTable, resolveInitMs } from './runtimes.js';

/**
 * The init time a cold-start run uses when --runtime or --snapstart is given (undefined: the
 * --init-ms value stands), with a note on where it came from. Throws ModelParamError.
 */
export function coldStartInit(
  v: ParamValues,
  initMsGiven: boolean,
  runtimes: () => RuntimeTable,
): { initMs?: number; note?: string } {
  const runtime = typeof v.runtime === 'string' ? v.runtime : undefined;
  const snapstart = v.snapstart === true;
  checkSnapstart(v);
  if (runtime === undefined && !snapstart) return {};
  const init = resolveInitMs(runtimes(), {
    ...(runtime === undefined ? {} : { runtime }),
    snapstart,
    ...(initMsGiven && typeof v.initMs === 'number' ? { initMs: v.initMs } : {}),
  });
  if ('error' in init) {
    const flag = init.param === 'initMs' ? '--init-ms' : `--${init.param}`;
    throw new ModelParamError(init.param, `${flag} ${init.error}.`);
  }
  return { initMs: init.initMs, note: init.source };
}
