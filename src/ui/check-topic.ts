import type { Bank } from '../core/content/schema.js';
import { UserError } from '../core/errors.js';

/**
 * The command line checks `--topic` against content/material.yaml; the bank a screen loads
 * may still lack it (edited meanwhile, or opened by a test), which the screen then reports.
 */
export function checkTopic(bank: Bank, topic: string | undefined): void {
  if (topic === undefined || topic in bank.material.topics) return;
  const topics = Object.keys(bank.material.topics).join(', ');
  throw new UserError(`unknown topic '${topic}'; topics: ${topics}.`);
}
