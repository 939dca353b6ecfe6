// Which topics each scenario rubric dimension tests, and so what a topic is worth to the rubric.
import type { RubricDimension } from '../content/schema.js';

/** The topics each scenario rubric dimension tests. */
export const dimensionTopics: Record<RubricDimension, readonly string[]> = {
  requirements: ['fundamentals', 'limits', 'security'],
  architecture: ['event-sources', 'fan-out', 'function-design', 'orchestration', 'api-gateway'],
  scaling: ['concurrency', 'cold-starts', 'databases'],
  failure: ['reliability', 'resilience', 'deployment'],
  cost: ['cost'],
  observability: ['observability'],
};

/**
 * A topic's share of the rubric: each dimension is worth 1, split evenly among the topics it
 * tests. A topic alone in a dimension (cost) weighs 1; a topic no dimension tests weighs 0. When
 * not everything can be studied in time, the lightest topics are deferred first.
 */
export function rubricValue(topic: string): number {
  let value = 0;
  for (const topics of Object.values(dimensionTopics)) {
    if (topics.includes(topic)) value += 1 / topics.length;
  }
  return value;
}
