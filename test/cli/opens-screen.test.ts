import { describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands.js';
import { opensScreen } from '../../src/cli/opens-screen.js';

const words = (line: string) => (line ? line.split(' ') : []);

describe('which starts go straight to the UI bundle', () => {
  it.each([
    '',
    'study',
    'study --topic cold-starts --new 5',
    'quiz --kind estimate',
    'mock --format short',
    'sim cost --invocations 1e6',
    'stats',
    'browse',
    'settings',
  ])('"%s" in a terminal opens a screen', (line) => {
    expect(opensScreen(words(line), true, true)).toBe(true);
  });

  it.each([
    '--help',
    '-v',
    'help study',
    'study --help',
    'sim cost --json',
    'stats --json',
    'stats --interview-date=2027-01-10',
    'stats --interview-date 2027-01-10',
    'mock --history',
    'export --format anki',
    'progress path',
    'nonsense',
    '--weird',
  ])('"%s" prints instead (the ES module CLI)', (line) => {
    expect(opensScreen(words(line), true, true)).toBe(false);
  });

  it('never without a terminal on both sides', () => {
    expect(opensScreen([], false, true)).toBe(false);
    expect(opensScreen(['study'], true, false)).toBe(false);
  });

  it('agrees with the command table: every command with a screen, none without', () => {
    for (const spec of commands) {
      expect(opensScreen([spec.name], true, true)).toBe(spec.screen !== undefined);
    }
  });
});
