// The cold-start parameters the model tests start from: the SimFaaS reference setup
// (simulators.md §1: warm 2 s, init 200 ms, keep-alive 600 s), Poisson at `rate`.
import type { ColdStartParams } from '../../src/sim/models/cold-start.js';

export function coldStartParams(
  over: Partial<ColdStartParams> & { rate?: number } = {},
  horizonS = 86_400,
): ColdStartParams {
  const { rate = 1, ...rest } = over;
  return {
    arrivals: { kind: 'poisson', rate },
    durationMs: 2000,
    initMs: 200,
    keepAliveS: 600,
    maxConcurrency: 1000,
    provisioned: 0,
    distribution: 'exponential',
    horizonS,
    seed: 1,
    ...rest,
  };
}
