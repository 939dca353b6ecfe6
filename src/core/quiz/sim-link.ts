// Opening a simulator with a model-linked item's parameters (or a generated question's drawn
// ones): the route's command, as the `sim` command line would have parsed it.

import { modelParams } from '../../sim/registry.js';
import type { NumericItem, ParamValue } from '../content/schema.js';
import { isGeneratedQuestion } from '../templates/draw.js';

/** Models that have a simulator screen (the others are closed-form formulas). */
export const simulatorModels = ['cost', 'cold-start', 'connections'] as const;
export type SimulatorName = (typeof simulatorModels)[number];

export interface SimCommand {
  positionals: [SimulatorName];
  values: Record<string, string | boolean>;
}

function isSimulator(name: string): name is SimulatorName {
  return (simulatorModels as readonly string[]).includes(name);
}

/** The model and inputs behind a numeric item: its model link, or a template's draw. */
function modelOf(
  item: NumericItem,
): { name: string; params: Readonly<Record<string, ParamValue>> } | undefined {
  if (isGeneratedQuestion(item)) {
    return item.modelName === undefined ? undefined : { name: item.modelName, params: item.params };
  }
  return item.model;
}

/**
 * `{positionals: ['cost'], values: {'memory-mb': '512', ...}}` for an item linked to a simulator
 * model, or drawn from a template whose model is one; undefined for other items. camelCase params
 * become their flags (src/sim/params.ts); numbers and strings become strings, `true` stays true
 * (a boolean flag), `false` is left out. A template's own names (not the model's) are left out.
 */
export function simCommandFor(item: NumericItem): SimCommand | undefined {
  const model = modelOf(item);
  const name = model?.name;
  if (!model || name === undefined || !isSimulator(name)) return undefined;
  const specs = modelParams[name];
  const values: Record<string, string | boolean> = {};
  for (const [param, value] of Object.entries(model.params)) {
    const spec = specs.find((s) => s.name === param);
    if (!spec) continue;
    const flag = spec.flag.replace(/^--/, '');
    if (typeof value === 'boolean') {
      if (value) values[flag] = true;
    } else values[flag] = String(value);
  }
  return { positionals: [name], values };
}
