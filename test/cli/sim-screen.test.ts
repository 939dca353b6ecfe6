import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/commands/sim.js';
import { findCommand, type ParsedCommand } from '../../src/cli/commands.js';
import { UsageError } from '../../src/cli/io.js';
import { simScreen } from '../../src/cli/sim-args.js';

const cmd = (positionals: string[], values: ParsedCommand['values'] = {}): ParsedCommand => ({
  positionals,
  values,
});

async function plainError(c: ParsedCommand): Promise<UsageError> {
  const io = {
    stdout: { write: () => true },
    stderr: { write: () => true },
    env: {},
    stdinIsTTY: false,
    stdoutIsTTY: false,
    now: () => 0,
    cwd: process.cwd(),
  };
  try {
    await run(c, io);
  } catch (e) {
    return e as UsageError;
  }
  throw new Error('expected an error');
}

describe('sim in a terminal', () => {
  it('opens the screen; --json and --arrivals stay plain', async () => {
    const spec = findCommand('sim')!;
    expect(await spec.screen?.(cmd(['cost']), {})).toEqual({ screen: 'sim', flags: cmd(['cost']) });
    expect(await spec.screen?.(cmd([]), {})).toEqual({ screen: 'sim', flags: cmd([]) });
    expect(await spec.screen?.(cmd(['cost'], { json: true }), {})).toBeUndefined();
    expect(await spec.screen?.(cmd(['cold-start'], { arrivals: 'a.csv' }), {})).toBeUndefined();
  });

  it('refuses bad flags before the screen, with the plain command’s message', async () => {
    for (const c of [
      cmd(['cost'], { 'memory-mb': '99' }),
      cmd(['cost'], { rate: '5' }),
      cmd(['cold-start'], {
        rate: '1',
        'duration-ms': '1',
        provisioned: '9',
        'max-concurrency': '3',
      }),
      cmd(['connections'], { mode: 'held', rate: '1', 'duration-ms': '1', 'pool-size': '5' }),
      cmd(['cold-start'], { rate: '1000000', 'duration-ms': '1', 'horizon-s': '1000000' }),
      cmd(['nope']),
      cmd(['cost', 'extra']),
    ]) {
      let screenError: unknown;
      try {
        simScreen(c);
      } catch (e) {
        screenError = e;
      }
      expect(screenError, JSON.stringify(c)).toBeInstanceOf(UsageError);
      const plain = await plainError(c);
      expect((screenError as UsageError).message).toBe(plain.message);
      expect((screenError as UsageError).hint).toBe(plain.hint);
    }
  });

  it('missing required flags are fine on the screen (it starts from worked numbers)', () => {
    expect(simScreen(cmd(['cost'], { 'memory-mb': '1024' }))).toBe('sim');
    expect(simScreen(cmd(['connections']))).toBe('sim');
  });
});
