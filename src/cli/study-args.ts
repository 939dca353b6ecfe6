// The `study` command's flags, checked before the screen opens (UsageError: one line, exit 2).

import type { StudyArgs } from '../ui/routes.js';
import type { ParsedCommand } from './commands.js';
import { UsageError } from './io.js';
import { topicIds } from './topics.js';

export type { StudyArgs };

const MAX_NEW = 1000;

/** Reads --topic, --new and --ahead; throws UsageError naming the valid values. */
export function studyArgs(
  cmd: ParsedCommand,
  topics: string[] | undefined = topicIds(),
): StudyArgs {
  if (cmd.positionals.length) {
    throw new UsageError(
      `study: unexpected argument '${cmd.positionals[0]}'.`,
      "Run 'faas-prep study --help'.",
    );
  }
  const out: StudyArgs = { ahead: cmd.values.ahead === true };
  const topic = cmd.values.topic;
  if (typeof topic === 'string') {
    if (topics && !topics.includes(topic)) {
      throw new UsageError(`study: unknown topic '${topic}'; topics: ${topics.join(', ')}.`);
    }
    out.topic = topic;
  }
  const n = cmd.values.new;
  if (typeof n === 'string') {
    if (!/^\d+$/.test(n.trim()) || Number(n) > MAX_NEW) {
      throw new UsageError(
        `study: --new must be a whole number from 0 to ${MAX_NEW}, not '${n}'.`,
        "Example: 'faas-prep study --new 5'.",
      );
    }
    out.newCards = Number(n);
  }
  return out;
}
