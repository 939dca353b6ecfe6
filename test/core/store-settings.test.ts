import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRealDate, settingsProblem } from '../../src/core/store/settings.js';
import { LOG_FILE, ProgressStore } from '../../src/core/store/store.js';
import { clock, tmp } from './store-fixtures.js';

const corrupt = (dir: string) => readdirSync(dir).filter((f) => f.includes('.corrupt-'));

describe('every settings reset is announced and keeps a copy', () => {
  for (const [what, text] of [
    ['corrupt JSON', '{"newPerDay": 3,,,'],
    ['null', 'null'],
    ['an array', '[]'],
    ['a number', '42'],
    ['a schema violation', JSON.stringify({ newPerDay: 'x' })],
  ] as const) {
    for (const readOnly of [false, true]) {
      it(`${what}, opened ${readOnly ? 'read-only' : 'to write'}`, () => {
        const dir = tmp();
        writeFileSync(join(dir, 'settings.json'), text);
        const store = new ProgressStore({ dir, now: clock, readOnly });
        expect(store.notices[0]).toMatch(/settings file could not be read .*copy is kept at/);
        expect(corrupt(dir)).toHaveLength(1);
        expect(readFileSync(join(dir, corrupt(dir)[0] ?? ''), 'utf8')).toBe(text);
        expect(store.settings().newPerDay).toBe(20);
        // Read-only: moved aside, but no fresh file written in its place.
        expect(existsSync(join(dir, 'settings.json'))).toBe(!readOnly);
        // Announced once: the next open finds nothing to say.
        expect(new ProgressStore({ dir, now: clock, readOnly }).notices).toEqual([]);
      });
    }
  }
});

describe('opening read-only', () => {
  it('creates no folder, no settings file and no lock', () => {
    const dir = join(tmp(), 'never');
    const store = new ProgressStore({ dir, now: clock, readOnly: true });
    expect(store.events()).toEqual([]);
    expect(store.settings().desiredRetention).toBe(0.9);
    expect(existsSync(dir)).toBe(false);
    expect(() => store.append({ type: 'review' })).toThrow(/read-only/);
  });

  it('reads what a writer saved, ignoring a lock held by another process', () => {
    const dir = tmp();
    const w = new ProgressStore({ dir, now: clock });
    w.updateSettings({ newPerDay: 5 });
    w.append({ type: 'review', itemId: 'a', rating: 3 });
    writeFileSync(join(dir, 'store.lock'), String(process.ppid));
    const r = new ProgressStore({ dir, now: clock, readOnly: true, lockTimeoutMs: 10 });
    expect(r.settings().newPerDay).toBe(5);
    expect(r.events()).toHaveLength(1);
  });

  it('applies the 1.0.0 layout migration in memory only', () => {
    const dir = tmp();
    mkdirSync(dir, { recursive: true });
    const old = JSON.stringify({
      desiredRetention: 0.85,
      dailyNew: 12,
      interviewDate: '',
      createdAt: 1,
    });
    writeFileSync(join(dir, 'settings.json'), old);
    const store = new ProgressStore({ dir, now: clock, readOnly: true });
    expect(store.settings()).toMatchObject({ newPerDay: 12, desiredRetention: 0.85 });
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe(old);
    expect(existsSync(join(dir, LOG_FILE))).toBe(false);
  });
});

describe('settings rules', () => {
  it('names the first broken rule', () => {
    const good = { desiredRetention: 0.9, newPerDay: 20, interviewDate: '', createdAt: 0 };
    expect(settingsProblem(good)).toBeUndefined();
    expect(settingsProblem({ ...good, desiredRetention: 0.5 })).toMatch(/desiredRetention/);
    expect(settingsProblem({ ...good, newPerDay: 2.5 })).toMatch(/newPerDay/);
    expect(settingsProblem({ ...good, newPerDay: 1001 })).toMatch(/newPerDay/);
    expect(settingsProblem({ ...good, interviewDate: '2026-02-30' })).toMatch(/real date/);
    expect(settingsProblem({ ...good, createdAt: -1 })).toMatch(/createdAt/);
    expect(settingsProblem(null)).toMatch(/must be an object/);
  });

  it('knows real dates', () => {
    expect(isRealDate('2028-02-29')).toBe(true);
    expect(isRealDate('2027-02-29')).toBe(false);
    expect(isRealDate('2026-13-01')).toBe(false);
    expect(isRealDate('2026-1-01')).toBe(false);
  });
});

describe('opening to write, without conf until something is written', () => {
  const file = (dir: string) => join(dir, 'settings.json');
  const layout = { __internal__: { migrations: { version: '1.1.0' } } };

  it('uses a current file as it is, re-reads it on each get, and writes through conf', () => {
    const dir = tmp();
    new ProgressStore({ dir, now: clock }).updateSettings({ newPerDay: 7 });
    const before = readFileSync(file(dir), 'utf8');
    const store = new ProgressStore({ dir, now: clock });
    expect(store.settings().newPerDay).toBe(7);
    expect(readFileSync(file(dir), 'utf8')).toBe(before);
    // Another instance changes it: seen at the next get, and kept by this one's write.
    new ProgressStore({ dir, now: clock }).updateSettings({ newPerDay: 9 });
    expect(store.settings().newPerDay).toBe(9);
    store.updateSettings({ desiredRetention: 0.85 });
    expect(JSON.parse(readFileSync(file(dir), 'utf8'))).toMatchObject({
      newPerDay: 9,
      desiredRetention: 0.85,
      ...layout,
    });
  });

  it('lets conf complete a file missing a setting, and migrate an older layout', () => {
    const dir = tmp();
    writeFileSync(file(dir), JSON.stringify({ newPerDay: 5, ...layout }));
    expect(new ProgressStore({ dir, now: clock }).settings()).toMatchObject({ newPerDay: 5 });
    expect(JSON.parse(readFileSync(file(dir), 'utf8'))).toMatchObject({
      desiredRetention: 0.9,
      createdAt: clock(),
    });
    const older = tmp();
    const full = { desiredRetention: 0.9, interviewDate: '', createdAt: 1 };
    writeFileSync(file(older), JSON.stringify({ ...full, dailyNew: 4 }));
    expect(new ProgressStore({ dir: older, now: clock }).settings().newPerDay).toBe(4);
    expect(JSON.parse(readFileSync(file(older), 'utf8'))).toMatchObject(layout);
  });

  it('moves a current-layout file that breaks a rule aside, as any bad file', () => {
    const dir = tmp();
    const bad = JSON.stringify({
      desiredRetention: 2,
      newPerDay: 1,
      interviewDate: '',
      createdAt: 1,
      ...layout,
    });
    writeFileSync(file(dir), bad);
    const store = new ProgressStore({ dir, now: clock });
    expect(store.notices[0]).toMatch(/could not be read/);
    expect(store.settings().desiredRetention).toBe(0.9);
    expect(readFileSync(join(dir, corrupt(dir)[0] ?? ''), 'utf8')).toBe(bad);
  });

  it('keeps the last good settings when a hand edit breaks the file while open', () => {
    const dir = tmp();
    new ProgressStore({ dir, now: clock }).updateSettings({ newPerDay: 6 });
    const store = new ProgressStore({ dir, now: clock });
    writeFileSync(file(dir), '{"newPerDay": 3,,,');
    expect(store.settings().newPerDay).toBe(6);
  });
});
