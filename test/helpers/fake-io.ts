// An in-memory Io for running commands in-process: captured output, a store folder, a fixed clock.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../../src/cli/io.js';

export function fakeIo(
  home = mkdtempSync(join(tmpdir(), 'faas-prep-cli-')),
  overrides: Partial<Io> = {},
) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
    env: { FAAS_PREP_HOME: home },
    stdinIsTTY: false,
    stdoutIsTTY: false,
    now: () => Date.UTC(2026, 10, 26, 9),
    cwd: process.cwd(),
    ...overrides,
  };
  return { io, home, out: () => out.join(''), err: () => err.join('') };
}
