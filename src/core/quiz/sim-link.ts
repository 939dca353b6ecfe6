// Opening a simulator with a model-linked item's parameters (or a generated question's drawn
// ones): the route's command, as the `sim` command line would have parsed it.

import { isSimulator } from '../../sim/flags.js';
import type { SimulatorName } from '../../sim/help.js';
import { modelParams } from '../../sim/registry.js';
import type { NumericItem, ParamValue } from '../content/schema.js';
import { isGeneratedQuestion } from '../templates/draw.js';

export interface SimCommand {
  positionals: [SimulatorName];
  values: Record<string, string | boolean>;
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
 * become their flags (src/sim/params.ts); numbers and strings become strings, a boolean at its
 * default is left out, and one that differs is `--flag` or, for a default-on one, `--no-flag`.
 * A template's own names (not the model's) are left out.
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
      if (value !== spec.default) values[value ? flag : `no-${flag}`] = true;
    } else values[flag] = String(value);
  }
  return { positionals: [name], values };
}
