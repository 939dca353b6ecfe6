// Settings 1.2.0 adds the mock interview's default format and length: older files, read-only
// opens and older exports all get the defaults, and a bad value is refused like any other.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseExport } from '../../src/core/store/import-check.js';
import { mockChoice, SETTINGS_VERSION } from '../../src/core/store/settings.js';
import { ProgressStore } from '../../src/core/store/store.js';
import { clock, NOW, tmp } from './store-fixtures.js';

const v110 = {
  desiredRetention: 0.85,
  newPerDay: 12,
  interviewDate: '2026-12-10',
  createdAt: 1,
  __internal__: { migrations: { version: '1.1.0' } },
};

function writeSettings(value: unknown): string {
  const dir = tmp();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'settings.json'), JSON.stringify(value));
  return dir;
}

const fileOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'));

describe('settings 1.2.0: the mock defaults', () => {
  it('a 1.1.0 file gains mockFormat full and the standard length, keeping the rest', () => {
    const dir = writeSettings(v110);
    const store = new ProgressStore({ dir, now: clock });
    expect(store.notices).toEqual([]);
    expect(store.settings()).toEqual({
      desiredRetention: 0.85,
      newPerDay: 12,
      interviewDate: '2026-12-10',
      createdAt: 1,
      mockFormat: 'full',
      mockMinutes: 0,
    });
    const file = fileOf(dir);
    expect(file).toMatchObject({ mockFormat: 'full', mockMinutes: 0 });
    expect(file.__internal__.migrations.version).toBe(SETTINGS_VERSION);
  });

  it('a 1.0.0 file runs both migrations', () => {
    const { newPerDay: _, ...rest } = v110;
    const dir = writeSettings({
      ...rest,
      dailyNew: 7,
      __internal__: { migrations: { version: '1.0.0' } },
    });
    const store = new ProgressStore({ dir, now: clock });
    expect(store.settings()).toMatchObject({ newPerDay: 7, mockFormat: 'full', mockMinutes: 0 });
    expect(fileOf(dir).dailyNew).toBeUndefined();
  });

  it('a read-only open shows the defaults without rewriting the file', () => {
    const dir = writeSettings(v110);
    const before = readFileSync(join(dir, 'settings.json'), 'utf8');
    const store = new ProgressStore({ dir, now: clock, readOnly: true });
    expect(store.settings()).toMatchObject({ mockFormat: 'full', mockMinutes: 0 });
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe(before);
  });

  it('a saved choice survives reopening', () => {
    const dir = tmp();
    new ProgressStore({ dir, now: clock }).updateSettings({ mockFormat: 'short', mockMinutes: 20 });
    expect(new ProgressStore({ dir, now: clock }).settings()).toMatchObject({
      mockFormat: 'short',
      mockMinutes: 20,
    });
  });

  it('a file with a bad mock value is moved aside and announced, never trusted', () => {
    const dir = writeSettings({ ...v110, mockFormat: 'long', mockMinutes: 0 });
    const store = new ProgressStore({ dir, now: clock });
    expect(store.notices[0]).toMatch(/mockFormat must be full or short/);
    expect(store.settings().mockFormat).toBe('full');
  });

  it('an export made before 1.2.0 imports with the defaults', () => {
    const { __internal__: _, ...settings } = v110;
    const data = parseExport(
      JSON.stringify({ format: 'faas-prep-progress', version: 1, settings, events: [] }),
      NOW,
    );
    expect(data.settings).toMatchObject({ newPerDay: 12, mockFormat: 'full', mockMinutes: 0 });
  });
});

describe('what `faas-prep mock` runs', () => {
  const s = new ProgressStore({ dir: tmp(), now: clock }).settings();
  it('flags first, then the settings, then the format’s own length', () => {
    expect(mockChoice(s)).toEqual({ format: 'full' });
    const short = { ...s, mockFormat: 'short' as const, mockMinutes: 0 };
    expect(mockChoice(short)).toEqual({ format: 'short' });
    expect(mockChoice({ ...short, mockMinutes: 25 })).toEqual({ format: 'short', minutes: 25 });
    expect(mockChoice({ ...short, mockMinutes: 25 }, 'full', 60)).toEqual({
      format: 'full',
      minutes: 60,
    });
  });
});
