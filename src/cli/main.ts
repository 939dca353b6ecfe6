import { parseArgs } from 'node:util';
import { UserError } from '../core/errors.js';
import type { Route } from '../ui/routes.js';
import { type CommandSpec, commands, findCommand, type ParsedCommand } from './commands.js';
import { commandHelp, mainHelp, version } from './help.js';
import { type Io, UsageError } from './io.js';

type OpenScreen = (route: Route, io: Io) => Promise<number>;

const FOR_SCRIPTS =
  'For scripts use: faas-prep stats --json, faas-prep export --format json, faas-prep sim <name> --json';

/** Names the stream that is not a terminal: a redirected stdout needs another fix than a piped stdin. */
function noTty(io: Io): string {
  const which =
    !io.stdinIsTTY && !io.stdoutIsTTY
      ? 'stdin and stdout are'
      : !io.stdinIsTTY
        ? 'stdin is'
        : 'stdout is';
  return `needs an interactive terminal (${which} not a TTY). ${FOR_SCRIPTS}`;
}

/** Runs the command line; returns the exit status. Every failure is one line on stderr. */
export async function main(argv: string[], io: Io, openScreen: OpenScreen): Promise<number> {
  try {
    return await dispatch(argv, io, openScreen);
  } catch (error) {
    if (error instanceof UsageError || error instanceof UserError) {
      io.stderr.write(`faas-prep: ${error.message}${error.hint ? ` ${error.hint}` : ''}\n`);
      return error.exitCode;
    }
    if (io.env.FAAS_PREP_DEBUG) throw error;
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    io.stderr.write(`faas-prep: ${message} (set FAAS_PREP_DEBUG=1 for details)\n`);
    return 1;
  }
}

async function dispatch(argv: string[], io: Io, openScreen: OpenScreen): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) return interactive(io, openScreen, { screen: 'home' }, 'the app');
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = rest[0] ? findCommand(rest[0]) : undefined;
    io.stdout.write(topic ? commandHelp(topic) : mainHelp());
    return 0;
  }
  if (first === '--version' || first === '-v') {
    io.stdout.write(`${version()}\n`);
    return 0;
  }
  if (first.startsWith('-')) {
    throw new UsageError(
      `unknown flag '${first}'.`,
      "Run 'faas-prep --help' for the commands and flags.",
    );
  }
  const spec = findCommand(first);
  if (!spec) {
    const guess = closest(
      first,
      commands.map((c) => c.name),
    );
    throw new UsageError(
      `unknown command '${first}'.${guess ? ` Did you mean '${guess}'?` : ''}`,
      "Run 'faas-prep --help' for the list.",
    );
  }
  const cmd = parseCommand(spec, rest);
  if (cmd.values.help) {
    io.stdout.write((await spec.help?.(cmd)) ?? commandHelp(spec));
    return 0;
  }
  const route = await spec.screen?.(cmd, io.env);
  if (route && (io.stdinIsTTY || !spec.load)) {
    return interactive(io, openScreen, route, `'${spec.name}'`);
  }
  if (!spec.load) throw new UsageError(`'${spec.name}' ${noTty(io)}`);
  const module = await spec.load();
  return module.run(cmd, io);
}

function interactive(io: Io, openScreen: OpenScreen, route: Route, what: string): Promise<number> {
  if (!io.stdinIsTTY || !io.stdoutIsTTY) throw new UsageError(`${what} ${noTty(io)}`);
  return openScreen(route, io);
}

function parseCommand(spec: CommandSpec, args: string[]): ParsedCommand {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { ...spec.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { positionals, values: values as ParsedCommand['values'] };
  } catch (error) {
    const negative = negativeValueHint(spec, args, error);
    if (negative) throw negative;
    // parseArgs explains at length; its first sentence is the useful part.
    const message = ((error as Error).message.split(/\.\s|\n/)[0] ?? 'bad arguments').replace(
      /\.$/,
      '',
    );
    throw new UsageError(
      `${spec.name}: ${message.replace(/^Unknown option/, 'unknown option')}.`,
      `Run 'faas-prep ${spec.name} --help'.`,
    );
  }
}

/**
 * `--count -3`: parseArgs takes the -3 for a flag and calls the value "ambiguous". Say what
 * was meant and how to write it; the value's range is then checked as for any other.
 */
function negativeValueHint(
  spec: CommandSpec,
  args: string[],
  error: unknown,
): UsageError | undefined {
  const flag = /^Option '(--[\w-]+)' argument is ambiguous/.exec((error as Error).message)?.[1];
  if (!flag) return undefined;
  const value = args[args.indexOf(flag) + 1] ?? '';
  if (!/^-\d*\.?\d/.test(value)) {
    return new UsageError(
      `${spec.name}: ${flag} needs a value.`,
      `Run 'faas-prep ${spec.name} --help'.`,
    );
  }
  return new UsageError(
    `${spec.name}: ${flag} ${value} reads as two flags; write a negative value as ${flag}=${value}.`,
  );
}

/** The command name nearest to a typo (Levenshtein distance at most 2). */
function closest(word: string, names: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const name of names) {
    const d = distance(word, name);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = current;
    }
  }
  return row[b.length] ?? 0;
}
