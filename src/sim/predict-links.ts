// The estimation template (content/templates.yaml) each predicted quantity counts as a review
// of: same quantity, same topic, so a prediction moves that topic's mastery and the template's
// place in the study queue. test/sim/predict-links.test.ts checks every id and its topic.
import type { PredictQuantity } from './predict.js';

export const predictLinks: Record<PredictQuantity, string> = {
  'break-even-fargate': 'tpl-breakeven-fargate',
  'lambda-total': 'tpl-lambda-bill',
  'cold-start-probability': 'tpl-keep-alive-cold',
  // Sizing environments for peak load: the cold-start topic's template of environments.
  'peak-instances': 'tpl-provisioned-needed',
  // Connections after a minute of held connections: the simulated peak of environments.
  'peak-connections': 'tpl-environments-connections',
  'blocking-probability': 'tpl-erlang-b-connections',
  'wait-probability': 'tpl-proxy-wait-probability',
};

/**
 * The template a prediction reviews: with environments that serve several requests at once
 * (--per-env-concurrency above 1), a cold-start share is the shared-environment template's.
 */
export function predictLink(q: PredictQuantity, params: unknown): string {
  const slots = (params as { perEnvConcurrency?: unknown } | null)?.perEnvConcurrency;
  if (q === 'cold-start-probability' && typeof slots === 'number' && slots > 1) {
    return 'tpl-shared-env-cold';
  }
  return predictLinks[q];
}
