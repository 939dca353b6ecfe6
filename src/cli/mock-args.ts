// The `mock` command's flags, checked before anything opens (UsageError: one line, exit 2).
import { isMockFormat, MAX_MINUTES, MIN_MINUTES, mockFormats } from '../core/mock/plan.js';
import type { MockArgs } from '../ui/routes.js';
import type { ParsedCommand } from './commands.js';
import { UsageError } from './io.js';

function flag(cmd: ParsedCommand, name: string): string | undefined {
  const v = cmd.values[name];
  return typeof v === 'string' ? v : undefined;
}

/** Reads --format, --minutes, --seed, --history, --json; throws UsageError naming what is valid. */
export function mockArgs(cmd: ParsedCommand): MockArgs {
  const hint = "Run 'faas-prep mock --help'.";
  if (cmd.positionals.length) {
    throw new UsageError(`mock: unexpected argument '${cmd.positionals[0]}'.`, hint);
  }
  // Without --format / --minutes the screen uses the settings' defaults (mockChoice).
  const format = flag(cmd, 'format');
  if (format !== undefined && !isMockFormat(format)) {
    throw new UsageError(`mock: --format must be ${mockFormats.join(' or ')}, not '${format}'.`);
  }
  const out: MockArgs = {
    ...(format ? { format } : {}),
    history: cmd.values.history === true,
    json: cmd.values.json === true,
  };
  const minutes = flag(cmd, 'minutes');
  if (minutes !== undefined) {
    const n = Number(minutes.trim());
    if (!/^\d+$/.test(minutes.trim()) || n < MIN_MINUTES || n > MAX_MINUTES) {
      throw new UsageError(
        `mock: --minutes must be a whole number from ${MIN_MINUTES} to ${MAX_MINUTES}, not '${minutes}'.`,
      );
    }
    out.minutes = n;
  }
  const seed = flag(cmd, 'seed');
  if (seed !== undefined) {
    if (!/^\d{1,9}$/.test(seed.trim())) {
      throw new UsageError(`mock: --seed must be a whole number, not '${seed}'.`);
    }
    out.seed = Number(seed);
  }
  if (out.json && !out.history) {
    throw new UsageError(
      'mock: --json goes with --history (a round itself needs the terminal).',
      hint,
    );
  }
  return out;
}
