import { describe, expect, it } from 'vitest';
import { readTemplates } from '../../src/core/templates/index.js';
import type { SimulatorName } from '../../src/sim/help.js';
import { predictQuantities, quantitySpecs } from '../../src/sim/predict.js';
import { predictLink, predictLinks } from '../../src/sim/predict-links.js';

/** The topic each simulator's predictions belong to. */
const topicOf: Record<SimulatorName, string> = {
  cost: 'cost',
  'cold-start': 'cold-starts',
  connections: 'databases',
};

describe('predict links', () => {
  const read = readTemplates();
  const byId = new Map(read.templates.map((t) => [t.id, t]));

  it('reads content/templates.yaml without problems', () => {
    expect(read.issues).toEqual([]);
  });

  it.each(predictQuantities)('%s links to a template of its topic and kind', (q) => {
    const spec = quantitySpecs[q];
    const template = byId.get(predictLinks[q]);
    expect(template, predictLinks[q]).toBeDefined();
    expect(template?.topic).toBe(topicOf[spec.simulator]);
    // Same kind of quantity: a probability for a probability, dollars for dollars.
    const unit = template?.unit ?? '';
    if (spec.kind === 'probability') expect(unit).toMatch(/probability/);
    else if (spec.kind === 'usd') expect(unit).toMatch(/^USD/);
    else expect(unit).not.toMatch(/probability|USD/);
  });

  it('a cold-start share with shared environments reviews the shared-environment template', () => {
    const id = predictLink('cold-start-probability', { perEnvConcurrency: 64 });
    expect(id).toBe('tpl-shared-env-cold');
    expect(byId.get(id)?.topic).toBe('cold-starts');
    expect(byId.get(id)?.unit).toMatch(/probability/);
    expect(predictLink('cold-start-probability', { perEnvConcurrency: 1 })).toBe(
      predictLinks['cold-start-probability'],
    );
  });
});
