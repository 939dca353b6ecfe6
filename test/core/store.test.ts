import { execFile } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../../src/core/store/location.js';
import { withLock } from '../../src/core/store/lock.js';
import { LOG_FILE, ProgressStore } from '../../src/core/store/store.js';
import {
  exportProgress,
  importProgress,
  parseExport,
  resetProgress,
} from '../../src/core/store/transfer.js';

const run = promisify(execFile);
const tmp = () => mkdtempSync(join(tmpdir(), 'faas-prep-store-'));
const clock =
  (start = Date.UTC(2026, 10, 26, 9)) =>
  () =>
    start;

describe('progress store', () => {
  it('keeps settings and appends events that survive reopening', () => {
    const dir = tmp();
    const a = new ProgressStore({ dir, now: clock() });
    a.updateSettings({ newPerDay: 7 });
    a.append({ type: 'review', itemId: 'x', rating: 3 });
    const b = new ProgressStore({ dir, now: clock() });
    expect(b.settings().newPerDay).toBe(7);
    expect(b.events()).toMatchObject([{ type: 'review', itemId: 'x', rating: 3 }]);
    expect(b.notices).toEqual([]);
  });

  it('moves a corrupt settings file aside with a timestamp, starts fresh and says so', () => {
    const dir = tmp();
    new ProgressStore({ dir, now: clock() }).append({ type: 'review', itemId: 'a' });
    writeFileSync(join(dir, 'settings.json'), '{"newPerDay": 3,,,');
    const store = new ProgressStore({ dir, now: clock() });
    const backups = readdirSync(dir).filter((f) => f.startsWith('settings.json.corrupt-'));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(dir, backups[0] ?? ''), 'utf8')).toBe('{"newPerDay": 3,,,');
    expect(store.settings().newPerDay).toBe(20);
    expect(store.notices[0]).toMatch(
      /could not be read.*copy is kept at .*settings\.json\.corrupt-/,
    );
    expect(store.events()).toHaveLength(1);
  });

  it('treats a schema-invalid settings file the same way', () => {
    const dir = tmp();
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({ newPerDay: -4, desiredRetention: 5 }),
    );
    const store = new ProgressStore({ dir, now: clock() });
    expect(store.notices[0]).toMatch(/could not be read/);
    expect(readdirSync(dir).some((f) => f.startsWith('settings.json.corrupt-'))).toBe(true);
  });

  it('migrates the 1.0.0 settings layout', () => {
    const dir = tmp();
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({
        desiredRetention: 0.85,
        dailyNew: 12,
        interviewDate: '',
        createdAt: 1,
        __internal__: { migrations: { version: '1.0.0' } },
      }),
    );
    const store = new ProgressStore({ dir, now: clock() });
    expect(store.settings()).toMatchObject({ desiredRetention: 0.85, newPerDay: 12 });
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')).dailyNew).toBeUndefined();
  });

  it('skips a torn last line, reports it, and the next append starts on a new line', () => {
    const dir = tmp();
    const store = new ProgressStore({ dir, now: clock() });
    store.append({ type: 'review', itemId: 'a' });
    appendFileSync(join(dir, LOG_FILE), '{"id":"x","t":1,"type":"rev');
    const reopened = new ProgressStore({ dir, now: clock() });
    // Not counted at open (that read the whole log); asking for the notices counts them.
    expect(reopened.knownNotices()).toEqual([]);
    expect(reopened.notices[0]).toMatch(/1 unreadable line/);
    expect(reopened.knownNotices()[0]).toMatch(/1 unreadable line/);
    // A reader of the whole log (the study screen's replay) can tell the store its count.
    const told = new ProgressStore({ dir, now: clock() });
    told.noteSkipped(3);
    expect(told.notices[0]).toMatch(/3 unreadable lines/);
    reopened.append({ type: 'review', itemId: 'b' });
    expect(reopened.events().map((e) => e.itemId)).toEqual(['a', 'b']);
  });

  it('two processes writing at once lose no update', async () => {
    const dir = tmp();
    new ProgressStore({ dir, now: clock() });
    const writer = (name: string) =>
      run(process.execPath, [
        'scripts/run-ts.mjs',
        'test/helpers/store-writer.ts',
        dir,
        '150',
        name,
      ]);
    await Promise.all([writer('a'), writer('b')]);
    const store = new ProgressStore({ dir, now: clock() });
    expect(store.settings().newPerDay).toBe(20 + 300);
    const events = store.events();
    expect(events.filter((e) => e.writer === 'a')).toHaveLength(150);
    expect(events.filter((e) => e.writer === 'b')).toHaveLength(150);
  }, 60_000);

  it('a lock held by a live process makes the other wait, then fail with a clear error', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'store.lock'), String(process.ppid));
    expect(() => withLock(dir, () => 1, 50)).toThrow(/another faas-prep \(pid \d+\) is writing/);
  });

  it('never takes over a fresh lock whose holder has not written its pid yet', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'store.lock'), '');
    expect(() => withLock(dir, () => 1, 50)).toThrow(/is writing/);
  });

  it('takes over a lock left by a dead process', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'store.lock'), '999999999');
    expect(withLock(dir, () => 42, 50)).toBe(42);
    expect(existsSync(join(dir, 'store.lock'))).toBe(false);
  });

  it('export, then import into another store, round-trips; bad files are refused whole', () => {
    const a = new ProgressStore({ dir: tmp(), now: clock() });
    a.append({ type: 'review', itemId: 'a', rating: 4 });
    a.updateSettings({ interviewDate: '2026-12-10' });
    const text = JSON.stringify(exportProgress(a, 0));
    const b = new ProgressStore({ dir: tmp(), now: clock() });
    b.append({ type: 'review', itemId: 'old' });
    const backup = importProgress(b, parseExport(text, clock()()), 0);
    expect(b.events().map((e) => e.itemId)).toEqual(['a']);
    expect(b.settings().interviewDate).toBe('2026-12-10');
    expect(backup && existsSync(join(backup, LOG_FILE))).toBe(true);
    expect(() => parseExport('{"format":"other"}', 0)).toThrow(/not a faas-prep export/);
    expect(() => parseExport(text.replace('"2026-12-10"', '"soon"'), clock()())).toThrow(
      /settings/,
    );
    expect(() => parseExport(text.replace('"type":"review"', '"type":7'), clock()())).toThrow(
      /event 1 of 1 has an unknown type '7'/,
    );
  });

  it('reset empties the store and keeps a backup', () => {
    const store = new ProgressStore({ dir: tmp(), now: clock() });
    store.append({ type: 'review', itemId: 'a' });
    const backup = resetProgress(store, 0);
    expect(store.events()).toEqual([]);
    expect(backup && readFileSync(join(backup, LOG_FILE), 'utf8')).toContain('"itemId":"a"');
  });

  it('puts data in FAAS_PREP_HOME, else the XDG config folder', () => {
    expect(dataDir({ FAAS_PREP_HOME: '/x/y' }, 'linux')).toBe('/x/y');
    expect(dataDir({ XDG_CONFIG_HOME: '/cfg', HOME: '/h' }, 'linux')).toBe('/cfg/faas-prep');
    expect(dataDir({ HOME: '/h' }, 'linux')).toBe('/h/.config/faas-prep');
  });
});
