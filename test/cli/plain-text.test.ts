// Plain text for a terminal without UTF-8: `stats`, `mock --history` and the sim table print
// ASCII only (bars, arrows and signs mapped to same-width ASCII); JSON is left as it is.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { forTerminal } from '../../src/cli/plain-text.js';
import { cliPath, tempHome } from '../helpers/pty.js';

const nonAscii = /[^\x00-\x7f]/;

function run(args: string[], env: Record<string, string>): string {
  return execFileSync(process.execPath, [cliPath, ...args], {
    env: { ...process.env, FAAS_PREP_HOME: tempHome(), ...env },
    encoding: 'utf8',
  });
}

describe('plain output and the locale', () => {
  it('maps text only where the locale has no UTF-8', () => {
    expect(forTerminal({ LANG: 'C' }, 'Cold starts ███░░ 60% ↑')).not.toMatch(nonAscii);
    expect(forTerminal({ LANG: 'en_US.UTF-8' }, '███░░ ↑')).toBe('███░░ ↑');
  });

  it('stats, mock --history and a sim table print ASCII under LANG=C', () => {
    const c = { LANG: 'C', LC_ALL: 'C' };
    expect(run(['stats'], {})).toMatch(nonAscii);
    for (const args of [
      ['stats'],
      ['mock', '--history'],
      ['sim', 'cost', '--invocations', '1e8', '--memory-mb', '512', '--duration-ms', '100'],
    ]) {
      expect(run(args, c), args.join(' ')).not.toMatch(nonAscii);
    }
    // JSON keeps its data as it is.
    expect(run(['export'], c)).toMatch(nonAscii);
  });
});
