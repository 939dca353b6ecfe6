import {
  existsSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quote } from '../../src/core/quote.js';
import { parseExport, unknownItemIds } from '../../src/core/store/import-check.js';
import { readBounded, TooLargeError } from '../../src/core/store/read-bounded.js';
import { LOG_FILE, ProgressStore } from '../../src/core/store/store.js';
import { exportProgress, importProgress } from '../../src/core/store/transfer.js';
import { clock, failingFs, NOW, tmp } from './store-fixtures.js';

const good = () => ({
  format: 'faas-prep-progress',
  version: 1,
  exportedAt: '',
  settings: { desiredRetention: 0.9, newPerDay: 20, interviewDate: '2026-12-10', createdAt: 1 },
  events: [
    { id: 'a', t: NOW - 1000, type: 'review', itemId: 'x', rating: 3, source: 'study' },
    { id: 'b', t: NOW - 500, type: 'undo', target: 'a' },
    { id: 'c', t: NOW - 100, type: 'mock', score: 0.5 },
  ],
});

function refused(edit: (e: ReturnType<typeof good>) => void): string {
  const data = good();
  edit(data);
  try {
    parseExport(JSON.stringify(data), NOW);
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
}

describe('progress import validates everything first', () => {
  it('accepts a good file', () => {
    expect(parseExport(JSON.stringify(good()), NOW).events).toHaveLength(3);
  });

  it('refuses each broken rule, naming the event', () => {
    const at = (i: number) => (e: ReturnType<typeof good>) =>
      e.events[i] as Record<string, unknown>;
    expect(refused((e) => Object.assign(at(0)(e), { t: NOW + 86_400_000 }))).toMatch(
      /event 1 of 3 is dated in the future/,
    );
    expect(refused((e) => Object.assign(at(1)(e), { t: Date.UTC(1999, 11, 31) }))).toMatch(
      /event 2 of 3 is dated before 2000/,
    );
    expect(refused((e) => Object.assign(at(0)(e), { rating: 5 }))).toMatch(/rating '5'/);
    expect(refused((e) => Object.assign(at(0)(e), { itemId: '' }))).toMatch(/no itemId/);
    expect(refused((e) => Object.assign(at(2)(e), { type: 'teleport' }))).toMatch(
      /event 3 of 3 has an unknown type 'teleport'/,
    );
    expect(refused((e) => Object.assign(at(2)(e), { id: 'a' }))).toMatch(/repeats the id 'a'/);
    expect(refused((e) => Object.assign(at(1)(e), { target: 4 }))).toMatch(/undoes nothing/);
    expect(refused((e) => Object.assign(at(0)(e), { t: 'yesterday' }))).toMatch(/no time/);
    expect(refused((e) => e.events.push(null as never))).toMatch(/event 4 of 4 is not an object/);
    expect(refused((e) => Object.assign(e.settings, { interviewDate: '2026-02-30' }))).toMatch(
      /settings are invalid: interviewDate must be a real date/,
    );
    expect(refused((e) => Object.assign(e.settings, { newPerDay: -1 }))).toMatch(/newPerDay/);
    expect(refused((e) => Object.assign(e.settings, { desiredRetention: 1 }))).toMatch(
      /desiredRetention/,
    );
    expect(refused((e) => Object.assign(e, { version: 2 }))).toMatch(/version '2'/);
    expect(() => parseExport('[]', NOW)).toThrow(/not a faas-prep export/);
    expect(() => parseExport('{', NOW)).toThrow(/not valid JSON/);
  });

  it('quotes at most ~80 characters of bad input, control characters escaped', () => {
    const hostile = `\x1b[2J\x1b[H${'A'.repeat(500)}`;
    const message = refused((e) => Object.assign(e.events[0] as object, { type: hostile }));
    expect(message).not.toMatch(/\x1b/);
    expect(message).toContain("'\\x1b[2J\\x1b[HAAA");
    expect(message.length).toBeLessThan(200);
  });

  it('lists item ids the installed content does not know', () => {
    const events = parseExport(JSON.stringify(good()), NOW).events;
    expect(unknownItemIds(events, new Set(['y']))).toEqual(['x']);
    expect(unknownItemIds(events, new Set(['x']))).toEqual([]);
  });
});

describe('progress import swaps all or nothing', () => {
  const storeWithHistory = () => {
    const dir = tmp();
    const store = new ProgressStore({ dir, now: clock });
    store.append({ type: 'review', itemId: 'old', rating: 2 });
    store.updateSettings({ newPerDay: 9 });
    return { dir, store };
  };
  const bytes = (dir: string) =>
    [LOG_FILE, 'settings.json'].map((f) => readFileSync(join(dir, f)).toString('base64'));

  it('a failure leaves both files byte-identical, names the backup and leaves no temporary', () => {
    const { dir, store } = storeWithHistory();
    const before = bytes(dir);
    const fs = failingFs();
    fs.failing = 'ENOSPC';
    const data = parseExport(JSON.stringify(good()), NOW);
    expect(() => importProgress(store, data, NOW, fs)).toThrow(
      /could not write the imported progress \(disk full\); your progress is unchanged\. A backup of it is in .*backups/,
    );
    expect(bytes(dir)).toEqual(before);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
    expect(existsSync(join(dir, 'store.lock'))).toBe(false);
    expect(store.events().map((e) => e.itemId)).toEqual(['old']);
  });

  it('a rename failing after the first one succeeded puts the first back', () => {
    const { dir, store } = storeWithHistory();
    const before = bytes(dir);
    const fs = failingFs();
    let renames = 0;
    fs.renameSync = (from, to) => {
      if (++renames === 2) throw Object.assign(new Error('EIO'), { code: 'EIO' });
      renameSync(from, to);
    };
    const data = parseExport(JSON.stringify(good()), NOW);
    expect(() => importProgress(store, data, NOW, fs)).toThrow(/input\/output error/);
    expect(bytes(dir)).toEqual(before);
  });

  it('writes a symlinked progress.jsonl through the link', () => {
    const { dir } = storeWithHistory();
    const elsewhere = join(tmp(), 'synced-progress.jsonl');
    writeFileSync(elsewhere, readFileSync(join(dir, LOG_FILE)));
    const link = join(dir, LOG_FILE);
    rmSync(link);
    symlinkSync(elsewhere, link);
    const store = new ProgressStore({ dir, now: clock });
    importProgress(store, parseExport(JSON.stringify(good()), NOW), NOW);
    expect(realpathSync(link)).toBe(realpathSync(elsewhere));
    expect(readFileSync(elsewhere, 'utf8')).toContain('"itemId":"x"');
    expect(store.events()).toHaveLength(3);
  });

  it('round-trips an export', () => {
    const { store } = storeWithHistory();
    const text = JSON.stringify(exportProgress(store, NOW));
    const other = new ProgressStore({ dir: tmp(), now: clock });
    importProgress(other, parseExport(text, NOW), NOW);
    expect(other.events()).toEqual(store.events());
    expect(other.settings()).toEqual(store.settings());
  });
});

describe('bounded reads', () => {
  it('refuses a file past the limit, and a device that never ends', () => {
    const file = join(tmp(), 'big.json');
    writeFileSync(file, 'x'.repeat(5000));
    expect(readBounded(file, 5000)).toHaveLength(5000);
    expect(() => readBounded(file, 4999)).toThrow(TooLargeError);
    expect(() => readBounded('/dev/zero', 1 << 20)).toThrow(/larger than 1 MB/);
  });
});

describe('quote', () => {
  it('cuts long input and escapes what would move the cursor', () => {
    expect(quote('abc')).toBe("'abc'");
    expect(quote('a'.repeat(100))).toBe(`'${'a'.repeat(80)}…'`);
    expect(quote('a\nb\tc\x1b[31m\u202e')).toBe("'a\\nb\\tc\\x1b[31m\\u202e'");
    expect(quote(7)).toBe("'7'");
    expect(quote(undefined)).toBe("'undefined'");
    expect(quote('😀'.repeat(90))).toBe(`'${'😀'.repeat(80)}…'`);
  });
});
