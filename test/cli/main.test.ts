import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

function fakeIo(overrides: Partial<Io> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
    env: { FAAS_PREP_HOME: mkdtempSync(join(tmpdir(), 'faas-prep-cli-')) },
    stdinIsTTY: false,
    stdoutIsTTY: false,
    now: () => Date.UTC(2026, 10, 26),
    cwd: process.cwd(),
    ...overrides,
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

const noScreen = vi.fn(async () => 0);

describe('command line', () => {
  it('--help lists every command with an example, without opening a screen', async () => {
    const t = fakeIo();
    expect(await main(['--help'], t.io, noScreen)).toBe(0);
    const listed = [...t.out().matchAll(/^ {2}(\w+) {2,}/gm)].map((m) => m[1]);
    expect(listed).toEqual([
      'study',
      'quiz',
      'mock',
      'sim',
      'stats',
      'browse',
      'export',
      'progress',
      'settings',
    ]);
    expect(t.out()).toContain('Examples:');
    expect(noScreen).not.toHaveBeenCalled();
  });

  it('--version prints a version', async () => {
    const t = fakeIo();
    expect(await main(['--version'], t.io, noScreen)).toBe(0);
    expect(t.out()).toMatch(/^\S+\n$/);
  });

  it('an unknown command is one line with a suggestion, exit 2', async () => {
    const t = fakeIo();
    expect(await main(['progres'], t.io, noScreen)).toBe(2);
    expect(t.err()).toBe(
      "faas-prep: unknown command 'progres'. Did you mean 'progress'? Run 'faas-prep --help' for the list.\n",
    );
  });

  it('browse takes no argument: an extra one is one line, exit 2, no screen', async () => {
    const t = fakeIo();
    expect(await main(['browse', 'extra'], t.io, noScreen)).toBe(2);
    expect(t.err()).toBe(
      "faas-prep: browse: unexpected argument 'extra'. Run 'faas-prep browse --help'.\n",
    );
    expect(noScreen).not.toHaveBeenCalled();
  });

  it('an unknown flag is one line, exit 2', async () => {
    const t = fakeIo();
    expect(await main(['progress', '--nope'], t.io, noScreen)).toBe(2);
    expect(t.err().trim().split('\n')).toHaveLength(1);
    expect(t.err()).toContain("unknown option '--nope'");
    const u = fakeIo();
    expect(await main(['--nope'], u.io, noScreen)).toBe(2);
    expect(u.err()).toContain("unknown flag '--nope'");
  });

  it('without a terminal the app says so and names the alternatives, exit 2', async () => {
    const t = fakeIo();
    expect(await main([], t.io, noScreen)).toBe(2);
    expect(t.err()).toMatch(/needs an interactive terminal.*--json.*export/);
    expect(t.err().trim().split('\n')).toHaveLength(1);
  });

  it('with a terminal, no command opens the home screen', async () => {
    const open = vi.fn(async () => 0);
    const t = fakeIo({ stdinIsTTY: true, stdoutIsTTY: true });
    expect(await main([], t.io, open)).toBe(0);
    expect(open).toHaveBeenCalledWith({ screen: 'home' }, t.io);
  });

  it('an unexpected failure is one line, never a stack trace', async () => {
    // A data folder under a regular file cannot be created.
    const file = join(mkdtempSync(join(tmpdir(), 'faas-prep-cli-')), 'plain-file');
    (await import('node:fs')).writeFileSync(file, '');
    const t = fakeIo({ env: { FAAS_PREP_HOME: join(file, 'data') } });
    expect(await main(['progress', 'export', join(tmpdir(), 'x.json')], t.io, noScreen)).toBe(1);
    expect(t.err().trim().split('\n')).toHaveLength(1);
    expect(t.err()).not.toMatch(/\n\s+at /);
  });

  it('progress import of a bad file leaves the store untouched', async () => {
    const t = fakeIo();
    const file = join(tmpdir(), `bad-${process.pid}.json`);
    (await import('node:fs')).writeFileSync(file, '{"format":"faas-prep-progress","version":1}');
    expect(await main(['progress', 'import', file], t.io, noScreen)).toBe(1);
    expect(t.err()).toMatch(/cannot import .*settings are missing.*unchanged/);
  });
});
