// The models content can name (content/README.md, "Numbers a model can compute"): each takes
// camelCase params (missing ones take the simulator's defaults) and returns plain numbers.
import { coldStartFromValues, connectionsFromValues, costFromValues } from './build-params.js';
import { simulateColdStart } from './models/cold-start.js';
import { simulateConnections } from './models/connections.js';
import { computeCost } from './models/cost.js';
import { erlangB, erlangC, erlangCMeanWait } from './models/erlang.js';
import { ModelParamError } from './models/errors.js';
import {
  coldStartParams,
  concurrencyParams,
  connectionsParams,
  costParams,
  erlangBParams,
  erlangCParams,
  keepAliveParams,
  num,
  type ParamSpec,
  readParams,
  sharedEnvironmentParams,
} from './params.js';
import type { PriceTable } from './prices.js';

export type ModelName =
  | 'cost'
  | 'concurrency'
  | 'erlang-b'
  | 'erlang-c'
  | 'keep-alive'
  | 'shared-environment'
  | 'cold-start'
  | 'connections';

export const modelNames: readonly ModelName[] = [
  'cost',
  'concurrency',
  'erlang-b',
  'erlang-c',
  'keep-alive',
  'shared-environment',
  'cold-start',
  'connections',
];

export function isModelName(s: string): s is ModelName {
  return (modelNames as readonly string[]).includes(s);
}

/** The parameter table of each model (for checking content and for screens). */
export const modelParams: Record<ModelName, readonly ParamSpec[]> = {
  cost: costParams,
  concurrency: concurrencyParams,
  'erlang-b': erlangBParams,
  'erlang-c': erlangCParams,
  'keep-alive': keepAliveParams,
  'shared-environment': sharedEnvironmentParams,
  'cold-start': coldStartParams,
  connections: connectionsParams,
};

function plain(o: object): Record<string, unknown> {
  return { ...(o as Record<string, unknown>) };
}

/**
 * Runs a model with content-style camelCase params. Throws ModelParamError naming the bad
 * param. Returns a plain nested object (e.g. {lambda: {total: 103.33, ...}, breakEven: {...}}).
 */
export function runModel(
  name: ModelName,
  params: Record<string, unknown>,
  prices: PriceTable,
): Record<string, unknown> {
  const v = readParams(modelParams[name], params);
  switch (name) {
    case 'cost':
      return plain(computeCost(costFromValues(v, 'name'), prices));
    case 'concurrency':
      return { concurrency: (num(v, 'rate') * num(v, 'durationMs')) / 1000 };
    case 'erlang-b':
      return { blocking: erlangB(num(v, 'offeredLoad'), num(v, 'servers')) };
    case 'erlang-c': {
      const a = num(v, 'offeredLoad');
      const c = num(v, 'servers');
      if (a >= c) {
        throw new ModelParamError(
          'offeredLoad',
          `offeredLoad (${a}) must be below servers (${c}) for a stable queue`,
        );
      }
      return {
        waitProbability: erlangC(a, c),
        meanWaitMs: erlangCMeanWait(a, c, num(v, 'holdMs')),
      };
    }
    case 'keep-alive': {
      // Single instance, requests much shorter than the keep-alive: a request is cold exactly
      // when the gap since the previous one exceeds it.
      const p = Math.exp(-num(v, 'rate') * num(v, 'keepAliveS'));
      return { coldStartProbability: p, meanInstances: 1 - p };
    }
    case 'shared-environment': {
      // Environments of N slots under Poisson load a = λ × d in flight on average (Little):
      // at least ⌈a / N⌉ must be up. With N above any concurrency reached, no init and
      // reclaiming as soon as idle, one environment lives through each busy period, and an
      // arrival starts it when nothing is in flight: P = e^(−a) (Poisson occupancy, PASTA).
      // test/sim/multi-concurrency.test.ts checks the latter against the simulation.
      const a = (num(v, 'rate') * num(v, 'durationMs')) / 1000;
      return {
        busySlots: a,
        minEnvironments: Math.max(1, Math.ceil(a / num(v, 'perEnvConcurrency') - 1e-9)),
        emptyArrivalProbability: Math.exp(-a),
      };
    }
    case 'cold-start':
      return plain(simulateColdStart(coldStartFromValues(v, 'name')));
    case 'connections':
      return plain(simulateConnections(connectionsFromValues(v, 'name')));
  }
}
