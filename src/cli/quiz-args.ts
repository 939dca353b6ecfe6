// The `quiz` command's flags, checked before the screen opens (UsageError: one line, exit 2).
import { isQuizKind, quizKinds } from '../core/quiz/kinds.js';
import { DEFAULT_QUIZ_COUNT, type QuizArgs } from '../ui/routes.js';
import type { ParsedCommand } from './commands.js';
import { UsageError } from './io.js';
import { topicIds } from './topics.js';

const MAX_QUIZ_COUNT = 100;

function flag(cmd: ParsedCommand, name: string): string | undefined {
  const v = cmd.values[name];
  return typeof v === 'string' ? v : undefined;
}

/** Reads --topic, --kind, --count (and checks --seed); throws UsageError naming the valid values. */
export function quizArgs(cmd: ParsedCommand, topics: string[] | undefined = topicIds()): QuizArgs {
  const hint = "Run 'faas-prep quiz --help'.";
  if (cmd.positionals.length) {
    throw new UsageError(`quiz: unexpected argument '${cmd.positionals[0]}'.`, hint);
  }
  const out: QuizArgs = { count: DEFAULT_QUIZ_COUNT };
  const kind = flag(cmd, 'kind');
  if (kind !== undefined) {
    if (!isQuizKind(kind)) {
      throw new UsageError(`quiz: unknown kind '${kind}'; use one of ${quizKinds.join(', ')}.`);
    }
    out.kind = kind;
  }
  const topic = flag(cmd, 'topic');
  if (topic !== undefined) {
    if (topics && !topics.includes(topic)) {
      throw new UsageError(`quiz: unknown topic '${topic}'; topics: ${topics.join(', ')}.`);
    }
    out.topic = topic;
  }
  const count = flag(cmd, 'count');
  if (count !== undefined) {
    if (!/^\d+$/.test(count.trim()) || Number(count) < 1 || Number(count) > MAX_QUIZ_COUNT) {
      throw new UsageError(
        `quiz: --count must be a whole number from 1 to ${MAX_QUIZ_COUNT}, not '${count}'.`,
      );
    }
    out.count = Number(count);
  }
  const seed = flag(cmd, 'seed');
  if (seed !== undefined) {
    if (!/^\d{1,9}$/.test(seed.trim())) {
      throw new UsageError(`quiz: --seed must be a whole number, not '${seed}'.`);
    }
    out.seed = Number(seed);
  }
  return out;
}
