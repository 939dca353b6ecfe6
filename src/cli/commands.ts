// The command table: names, help text and flags. Kept free of heavy imports so that
// `--help`, `--version` and argument errors never load Ink, React or the content.
import type { ParseArgsConfig } from 'node:util';
import type { Flags, Route } from '../ui/routes.js';

type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** Positionals after the command name (e.g. `cost` in `sim cost`), and the flags. */
export type ParsedCommand = Flags;

type CommandModule = {
  run: (cmd: ParsedCommand, io: import('./io.js').Io) => Promise<number>;
};

export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  examples: string[];
  options: OptionSpec;
  /**
   * The screen this command opens in a terminal. Returns undefined when the flags ask for
   * plain output instead (e.g. --json). A command without `screen` never needs a terminal.
   * Flag checks are imported here, when the command runs, to keep startup small.
   */
  /** The screen to open; `env` picks the question bank whose topics the flags are checked against. */
  screen?: (cmd: ParsedCommand, env: NodeJS.ProcessEnv) => Promise<Route | undefined>;
  /** Help more specific than the usage line (e.g. one simulator's flags); undefined: the usage. */
  help?: (cmd: ParsedCommand) => Promise<string | undefined>;
  /** Plain (non-interactive) mode. A command without it needs a terminal. */
  load?: () => Promise<CommandModule>;
}

const str = { type: 'string' } as const;
const bool = { type: 'boolean' } as const;

const simOptions: OptionSpec = {
  json: bool,
  seed: str,
  'horizon-s': str,
  rate: str,
  'duration-ms': str,
  'init-ms': str,
  'keep-alive-s': str,
  'max-concurrency': str,
  provisioned: str,
  distribution: str,
  'per-env-concurrency': str,
  runtime: str,
  snapstart: bool,
  arrivals: str,
  burst: str,
  mode: str,
  'max-connections': str,
  reserved: str,
  'pool-size': str,
  'query-ms': str,
  'borrow-timeout-s': str,
  invocations: str,
  'memory-mb': str,
  arch: str,
  'free-tier': bool,
  api: str,
  'fargate-vcpu': str,
  'fargate-memory-gb': str,
  'fargate-tasks': str,
  'ec2-type': str,
  'ec2-count': str,
  fleet: str,
  'target-utilization': str,
  'public-ipv4': bool,
  'no-public-ipv4': bool,
  predict: bool,
};

export const commands: CommandSpec[] = [
  {
    name: 'progress',
    summary: 'Back up, restore or reset your saved progress',
    usage: 'faas-prep progress export FILE | import FILE | reset [--yes] | path',
    examples: [
      'faas-prep progress export ~/faas-prep-backup.json',
      'faas-prep progress import ~/faas-prep-backup.json',
      'faas-prep progress reset',
    ],
    options: { yes: bool },
    load: () => import('./commands/progress.js'),
  },
  {
    name: 'sim',
    summary: 'What-if simulators: cold starts, DB connections, cost break-even',
    usage: 'faas-prep sim [cold-start|connections|cost] [flags] [--json | --predict]',
    examples: [
      'faas-prep sim cold-start --rate 10 --duration-ms 2000 --json',
      'faas-prep sim connections --mode proxy --rate 200 --duration-ms 100 --pool-size 50',
      'faas-prep sim cost --invocations 100000000 --memory-mb 512 --duration-ms 100',
    ],
    options: simOptions,
    // A terminal opens the simulator screen (flags checked first); --json stays plain.
    screen: async (cmd) =>
      !cmd.values.json && (await import('./sim-args.js')).simScreen(cmd)
        ? { screen: 'sim', flags: cmd }
        : undefined,
    help: async (cmd) => {
      const name = cmd.positionals[0];
      if (!name) return undefined;
      const { simHelp } = await import('../sim/help.js');
      return simHelp(name as never);
    },
    load: () => import('./commands/sim.js'),
  },
  {
    name: 'export',
    summary: 'Print the whole question bank as JSON or as an Anki import file',
    usage: 'faas-prep export [--format json|anki] [--output FILE]',
    examples: [
      'faas-prep export --format json > bank.json',
      'faas-prep export --format anki --output faas-prep.txt',
    ],
    options: { format: str, output: str },
    load: () => import('./commands/export.js'),
  },
  {
    name: 'quiz',
    summary: 'Quiz: multiple choice, fresh-number estimates, ordering, spot-the-error; scheduled',
    usage:
      'faas-prep quiz [--topic TOPIC] [--count N] [--kind mcq|numeric|ordering|spot-the-error|estimate] [--seed N]',
    examples: [
      'faas-prep quiz',
      'faas-prep quiz --topic cost --count 5',
      'faas-prep quiz --kind numeric',
      'faas-prep quiz --kind estimate --seed 7',
    ],
    options: { topic: str, count: str, kind: str, seed: str },
    screen: async (cmd, env) => ({
      screen: 'quiz',
      args: (await import('./quiz-args.js')).quizArgs(
        cmd,
        (await import('./topics.js')).topicsOf(env),
      ),
    }),
  },
  {
    name: 'study',
    summary: 'Flashcards with spaced repetition (FSRS): due cards first, then new ones',
    usage: 'faas-prep study [--topic TOPIC] [--new N] [--ahead]',
    examples: [
      'faas-prep study',
      'faas-prep study --topic cold-starts --new 5',
      'faas-prep study --ahead',
    ],
    options: { topic: str, new: str, ahead: bool },
    screen: async (cmd, env) => ({
      screen: 'study',
      args: (await import('./study-args.js')).studyArgs(
        cmd,
        (await import('./topics.js')).topicsOf(env),
      ),
    }),
  },
  {
    name: 'browse',
    summary: 'Browse every item: search by text, topic, kind, state; suspend, bury, flag, edit',
    usage: 'faas-prep browse',
    examples: ['faas-prep browse'],
    options: {},
    screen: async (cmd) => {
      if (cmd.positionals.length) {
        const { UsageError } = await import('./io.js');
        throw new UsageError(
          `browse: unexpected argument '${cmd.positionals[0]}'.`,
          "Run 'faas-prep browse --help'.",
        );
      }
      return { screen: 'browse' };
    },
  },
  {
    name: 'mock',
    summary: 'Timed mock interview: rapid-fire, estimation, a design scenario, wrap-up; scored',
    usage: 'faas-prep mock [--format full|short] [--minutes N] [--seed N] | --history [--json]',
    examples: [
      'faas-prep mock',
      'faas-prep mock --format short',
      'faas-prep mock --minutes 60 --seed 7',
      'faas-prep mock --history',
    ],
    options: { format: str, minutes: str, seed: str, history: bool, json: bool },
    screen: async (cmd) => {
      const args = (await import('./mock-args.js')).mockArgs(cmd);
      return args.history ? undefined : { screen: 'mock', args };
    },
    load: () => import('./commands/mock.js'),
  },
  {
    name: 'stats',
    summary: 'Progress: reviews, streak, due forecast, retention, mastery by topic, interview plan',
    usage: 'faas-prep stats [--json] [--interview-date YYYY-MM-DD|none]',
    examples: [
      'faas-prep stats',
      'faas-prep stats --json',
      'faas-prep stats --interview-date 2026-12-15',
    ],
    options: { json: bool, 'interview-date': str },
    // Setting the date prints the report with its plan; --json prints JSON; else the screen.
    screen: async (cmd) =>
      cmd.values.json || cmd.values['interview-date'] !== undefined
        ? undefined
        : { screen: 'progress' },
    load: () => import('./commands/stats.js'),
  },
  {
    name: 'settings',
    summary: 'Settings: desired retention, new cards a day, interview date, mock length',
    usage: 'faas-prep settings',
    examples: ['faas-prep settings'],
    options: {},
    screen: async (cmd) => {
      const extra = cmd.positionals[0];
      if (extra === undefined) return { screen: 'settings' };
      const { UsageError } = await import('./io.js');
      throw new UsageError(
        `settings: unexpected argument '${extra}'.`,
        "Run 'faas-prep settings --help'.",
      );
    },
  },
];

export function findCommand(name: string): CommandSpec | undefined {
  return commands.find((c) => c.name === name);
}
