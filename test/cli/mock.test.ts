import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { ProgressStore } from '../../src/core/store/store.js';

function fakeIo(tty = false) {
  const out: string[] = [];
  const err: string[] = [];
  const home = mkdtempSync(join(tmpdir(), 'faas-prep-mock-cli-'));
  const io: Io = {
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s) },
    env: { FAAS_PREP_HOME: home },
    stdinIsTTY: tty,
    stdoutIsTTY: tty,
    now: () => Date.UTC(2026, 10, 26, 12),
    cwd: process.cwd(),
  };
  return { io, home, out: () => out.join(''), err: () => err.join('') };
}

const round = (startedAt: number, score: number, ending = 'finished') => ({
  type: 'mock',
  startedAt,
  endedAt: startedAt + 15 * 60_000,
  format: 'short',
  minutes: 15,
  seed: 1,
  status: ending === 'interrupted' ? 'abandoned' : 'completed',
  ending,
  score,
  answered: 5,
  total: 6,
  usedMs: 14 * 60_000,
  sections: [
    { kind: 'rapid-fire', score: 1 },
    { kind: 'design', score: score / 2 },
  ],
  studyPlan: [],
});

describe('faas-prep mock', () => {
  it('validates its flags in one line (exit 2)', async () => {
    for (const [args, message] of [
      [['--minutes', '4'], /--minutes must be a whole number from 5 to 180, not '4'/],
      [['--minutes', '12.5'], /whole number/],
      [['--format', 'long'], /--format must be full or short, not 'long'/],
      [['--seed', 'abc'], /--seed must be a whole number/],
      [['--json'], /--json goes with --history/],
      [['extra'], /unexpected argument 'extra'/],
    ] as const) {
      const t = fakeIo(true);
      const open = vi.fn(async () => 0);
      expect(await main(['mock', ...args], t.io, open)).toBe(2);
      expect(t.err()).toMatch(message);
      expect(t.err().trim().split('\n')).toHaveLength(1);
      expect(open).not.toHaveBeenCalled();
    }
  });

  it('opens the mock screen in a terminal with the flags', async () => {
    const t = fakeIo(true);
    const open = vi.fn(async () => 0);
    expect(
      await main(['mock', '--format', 'short', '--minutes', '20', '--seed', '3'], t.io, open),
    ).toBe(0);
    expect(open).toHaveBeenCalledWith(
      {
        screen: 'mock',
        args: { format: 'short', minutes: 20, seed: 3, history: false, json: false },
      },
      t.io,
    );
  });

  it('without a terminal a round is refused, pointing at --history', async () => {
    const t = fakeIo(false);
    expect(await main(['mock'], t.io, vi.fn())).toBe(2);
    expect(t.err()).toMatch(/needs an interactive terminal.*--history/);
  });

  it('--history lists past rounds with a trend, and --json gives the same as data', async () => {
    const t = fakeIo(false);
    expect(await main(['mock', '--history'], t.io, vi.fn())).toBe(0);
    expect(t.out()).toMatch(/No mock interviews yet/);

    const store = new ProgressStore({ dir: t.home, now: t.io.now });
    const day = Date.UTC(2026, 10, 20, 10);
    store.append(round(day, 0.4));
    store.append(round(day + 86_400_000, 0.6));
    store.append(round(day + 2 * 86_400_000, 0.2, 'interrupted'));
    store.append(round(day + 3 * 86_400_000, 0.7, 'ended-early'));

    const plain = fakeIo(false);
    plain.io.env = t.io.env;
    expect(await main(['mock', '--history'], plain.io, vi.fn())).toBe(0);
    const lines = plain.out().trim().split('\n');
    expect(lines[0]).toBe('4 mock interviews:');
    expect(lines[1]).toMatch(
      /^2026-11-\d\d \d\d:\d\d\s+short\s+15 min\s+40%\s+completed\s+5\/6 answered\s+14:00 used\s+weakest: Design 20%$/,
    );
    expect(lines[3]).toMatch(/20%\s+abandoned/);
    expect(lines[4]).toMatch(/70%\s+ended early/);
    expect(lines[5]).toMatch(/^Trend \S+ ↑ \+20 points vs the rounds before$/);

    const json = fakeIo(false);
    json.io.env = t.io.env;
    expect(await main(['mock', '--history', '--json'], json.io, vi.fn())).toBe(0);
    const data = JSON.parse(json.out());
    expect(data.rounds).toHaveLength(4);
    expect(data.trend).toMatchObject({ direction: 'up', scores: [0.4, 0.6, 0.7] });
  });
});
