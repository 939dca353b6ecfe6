import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { ProgressStore } from '../../src/core/store/store.js';
import { fakeIo as fakeIoAt } from '../helpers/fake-io.js';

const NOW = Date.UTC(2026, 10, 26, 9);

const fakeIo = (home?: string, overrides: Partial<Io> = {}) =>
  fakeIoAt(home, { now: () => NOW, cwd: tmpdir(), ...overrides });

const noScreen = vi.fn(async () => 0);
const run = (t: ReturnType<typeof fakeIo>, ...argv: string[]) => main(argv, t.io, noScreen);

function storeWithHistory(): string {
  const home = mkdtempSync(join(tmpdir(), 'faas-prep-cli-'));
  const store = new ProgressStore({ dir: home, now: () => NOW });
  store.append({ type: 'review', itemId: 'api-rest-timeout-raisable', rating: 3, source: 'study' });
  store.updateSettings({ newPerDay: 7 });
  return home;
}

const snapshot = (home: string) =>
  readdirSync(home)
    .filter((f) => !f.startsWith('backups'))
    .sort()
    .map((f) => `${f}:${readFileSync(join(home, f)).toString('base64')}`);

describe('progress import', () => {
  it('refuses a bad event whole, quoting it short and escaped, store byte-identical', async () => {
    const home = storeWithHistory();
    const before = snapshot(home);
    const t = fakeIo(home);
    const file = join(home, '..', `bad-${process.pid}.json`);
    const events = [
      { id: 'a', t: NOW, type: `\x1b[31m${'x'.repeat(300)}`, itemId: 'q', rating: 3 },
    ];
    writeFileSync(
      file,
      JSON.stringify({
        format: 'faas-prep-progress',
        version: 1,
        settings: { desiredRetention: 0.9, newPerDay: 20, interviewDate: '', createdAt: 1 },
        events,
      }),
    );
    expect(await run(t, 'progress', 'import', file)).toBe(1);
    expect(t.err()).toMatch(
      /^faas-prep: cannot import .*event 1 of 1 has an unknown type '\\x1b\[31mxxx/,
    );
    expect(t.err()).toMatch(/…'.*Your progress is unchanged\.\n$/);
    expect(t.err()).not.toContain('\x1b');
    expect(t.err().length).toBeLessThan(300);
    expect(snapshot(home)).toEqual(before);
  });

  it('refuses a file that never ends (/dev/zero) without reading it all', async () => {
    const t = fakeIo(storeWithHistory());
    expect(await run(t, 'progress', 'import', '/dev/zero')).toBe(1);
    expect(t.err()).toBe(
      'faas-prep: cannot import /dev/zero: it is larger than 64 MB, too large for a progress file. Your progress is unchanged.\n',
    );
  });

  it('a folder given as the file is one line', async () => {
    const t = fakeIo(storeWithHistory());
    expect(await run(t, 'progress', 'import', tmpdir())).toBe(1);
    expect(t.err()).toMatch(
      /^faas-prep: cannot import .*: EISDIR\. Your progress is unchanged\.\n$/,
    );
  });

  it('keeps events of items the installed content does not have, with a notice', async () => {
    const source = storeWithHistory();
    const from = fakeIo(source);
    const file = join(source, '..', `export-${process.pid}.json`);
    new ProgressStore({ dir: source, now: () => NOW }).append({
      type: 'review',
      itemId: 'from-a-future-pack',
      rating: 4,
    });
    expect(await run(from, 'progress', 'export', file)).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const t = fakeIo();
    expect(await run(t, 'progress', 'import', file)).toBe(0);
    expect(t.out()).toMatch(/^Imported 2 events\./);
    expect(t.err()).toMatch(
      /1 item id in the import is not in the installed content \('from-a-future-pack'\); its history is kept/,
    );
    expect(new ProgressStore({ dir: t.home, now: () => NOW }).events()).toHaveLength(2);
  });
});

describe('commands that only read', () => {
  for (const argv of [
    ['stats', '--json'],
    ['mock', '--history'],
    ['progress', 'export', join(tmpdir(), `faas-prep-ro-${process.pid}.json`)],
    ['progress', 'path'],
  ]) {
    it(`${argv.slice(0, 2).join(' ')} creates no settings file, folder or lock`, async () => {
      const home = join(mkdtempSync(join(tmpdir(), 'faas-prep-cli-')), 'home');
      const t = fakeIo(home);
      expect(await run(t, ...argv)).toBe(0);
      expect(existsSync(home)).toBe(false);
    });
  }

  it('stats announces a settings reset (non-object JSON) and keeps a copy', async () => {
    const home = storeWithHistory();
    writeFileSync(join(home, 'settings.json'), '[]');
    const t = fakeIo(home);
    expect(await run(t, 'stats', '--json')).toBe(0);
    expect(t.err()).toMatch(
      /settings file could not be read .*copy is kept at .*settings\.json\.corrupt-/,
    );
    expect(readdirSync(home).some((f) => f.startsWith('settings.json.corrupt-'))).toBe(true);
    expect(existsSync(join(home, 'settings.json'))).toBe(false);
    const again = fakeIo(home);
    expect(await run(again, 'stats', '--json')).toBe(0);
    expect(again.err()).toBe('');
  });
});

/**
 * A truly read-only folder: chmod does not stop root, so as root a read-only tmpfs is mounted
 * (skipped where mounting is not allowed).
 */
function readOnlyHome(): string | undefined {
  const home = mkdtempSync(join(tmpdir(), 'faas-prep-ro-'));
  const seed = storeWithHistory();
  if (process.getuid?.() !== 0) {
    for (const f of readdirSync(seed)) writeFileSync(join(home, f), readFileSync(join(seed, f)));
    execFileSync('chmod', ['0555', home]);
    return home;
  }
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', home], { stdio: 'ignore' });
    for (const f of readdirSync(seed)) writeFileSync(join(home, f), readFileSync(join(seed, f)));
    execFileSync('mount', ['-o', 'remount,ro', home], { stdio: 'ignore' });
    mounted.push(home);
    return home;
  } catch {
    return undefined;
  }
}
const mounted: string[] = [];
afterAll(() => {
  for (const m of mounted) execFileSync('umount', [m]);
});

describe('a read-only store can still be read', () => {
  const home = readOnlyHome();
  it.skipIf(!home)('stats, mock --history and progress export work and say read-only', async () => {
    const dir = home as string;
    for (const argv of [
      ['stats', '--json'],
      ['mock', '--history'],
      ['progress', 'export', join(tmpdir(), `faas-prep-ro-${process.pid}.json`)],
    ]) {
      const t = fakeIo(dir);
      expect(await run(t, ...argv)).toBe(0);
      expect(t.err()).toMatch(
        /^faas-prep: read-only: .* cannot be written \(.*\); showing what is saved\.\n$/,
      );
    }
    const history = fakeIo(dir);
    expect(
      await run(history, 'progress', 'export', join(tmpdir(), `faas-prep-ro-${process.pid}.json`)),
    ).toBe(0);
    expect(history.out()).toMatch(/^Exported 1 events/);
  });

  it.skipIf(!home)('import and reset there are refused in one line, changing nothing', async () => {
    const dir = home as string;
    const before = snapshot(dir);
    const file = join(tmpdir(), `faas-prep-ro-${process.pid}.json`);
    expect(await run(fakeIo(dir), 'progress', 'export', file)).toBe(0);
    const t = fakeIo(dir);
    expect(await run(t, 'progress', 'import', file)).toBe(1);
    expect(t.err()).toMatch(
      /cannot import .*: could not make a backup in .* \((the folder is read-only|permission denied)\); your progress is unchanged\.\n$/,
    );
    const reset = fakeIo(dir);
    expect(await run(reset, 'progress', 'reset', '--yes')).toBe(1);
    expect(reset.err()).toMatch(
      /^faas-prep: cannot reset: could not make a backup .*\((the folder is read-only|permission denied)\)\.\n$/,
    );
    expect(snapshot(dir)).toEqual(before);
  });

  it.skipIf(!home)('setting the interview date there is one clear line', async () => {
    const t = fakeIo(home as string);
    expect(await run(t, 'stats', '--interview-date', '2026-12-20')).toBe(1);
    expect(t.err()).toMatch(
      /cannot save the interview date: (the folder is read-only|permission denied)\.\n$/,
    );
  });
});

describe('small but real', () => {
  it('names the stream that is not a terminal', async () => {
    const piped = fakeIo(undefined, { stdinIsTTY: true, stdoutIsTTY: false });
    expect(await run(piped, 'study')).toBe(2);
    expect(piped.err()).toMatch(/needs an interactive terminal \(stdout is not a TTY\)/);
    const noIn = fakeIo(undefined, { stdinIsTTY: false, stdoutIsTTY: true });
    expect(await run(noIn, 'quiz')).toBe(2);
    expect(noIn.err()).toMatch(/\(stdin is not a TTY\)/);
  });

  it('a negative value gives the --flag=-N hint', async () => {
    const t = fakeIo();
    expect(await run(t, 'quiz', '--count', '-3')).toBe(2);
    expect(t.err()).toBe(
      'faas-prep: quiz: --count -3 reads as two flags; write a negative value as --count=-3.\n',
    );
    const missing = fakeIo();
    expect(await run(missing, 'sim', 'cost', '--memory-mb', '--json')).toBe(2);
    expect(missing.err()).toMatch(/--memory-mb needs a value/);
  });
});

afterAll(() => rmSync(join(tmpdir(), `faas-prep-ro-${process.pid}.json`), { force: true }));
