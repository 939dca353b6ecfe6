// Whether a command line is expected to open a screen, judged from the words alone so that the
// entry can go straight to the UI bundle (src/cli/interactive.ts). A wrong guess costs time,
// never behaviour: both ways run the same main().

/**
 * The commands with a screen (commands.ts `screen`), named here so that the entry does not
 * bundle the command table and the modules it imports; a test checks the two agree.
 */
const SCREEN_COMMANDS = new Set(['study', 'quiz', 'browse', 'mock', 'sim', 'stats', 'settings']);

/** Flags that print instead of opening a screen, whatever the command. */
const PRINTING = new Set(['-h', '--help', 'help', '-v', '--version', '--json', '--history']);

export function opensScreen(argv: readonly string[], stdinIsTTY: boolean, stdoutIsTTY: boolean) {
  if (!stdinIsTTY || !stdoutIsTTY) return false;
  const [first] = argv;
  if (first === undefined) return true;
  if (!SCREEN_COMMANDS.has(first)) return false;
  return !argv.some((arg) => PRINTING.has(arg) || arg.startsWith('--interview-date'));
}
