// The settings screen's reducer and each field's reading of what was typed.
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/core/store/settings.js';
import {
  fieldAt,
  fields,
  initialSettingsState,
  reduceSettings,
  type SettingsAction,
  type SettingsState,
  settingFields,
} from '../../src/ui/screens/settings/state.js';

const NOW = Date.UTC(2026, 10, 26, 12);
const start = () => initialSettingsState(defaultSettings(0));
const run = (state: SettingsState, ...actions: SettingsAction[]) =>
  actions.reduce(reduceSettings, state);

describe('settings reducer', () => {
  it('moves within the list and stops at both ends', () => {
    const first = start();
    expect(reduceSettings(first, { type: 'move', by: -1 })).toBe(first);
    const last = run(start(), ...settingFields.map(() => ({ type: 'move', by: 1 }) as const));
    expect(fieldAt(last)).toBe('mockMinutes');
    expect(reduceSettings(last, { type: 'move', by: 1 })).toBe(last);
  });

  it('opens a field with its value as text, types, erases, and keeps the entry bounded', () => {
    const open = run(start(), { type: 'move', by: 1 }, { type: 'open' });
    expect(open.entry).toEqual({ text: '20' });
    const typed = run(open, { type: 'erase' }, { type: 'erase' }, { type: 'type', text: 'q5' });
    expect(typed.entry?.text).toBe('q5');
    expect(run(typed, { type: 'type', text: 'x'.repeat(50) }).entry?.text).toHaveLength(20);
    // The cursor does not move while a value is open.
    expect(reduceSettings(typed, { type: 'move', by: 1 })).toBe(typed);
  });

  it('a refusal keeps the text; saving closes the entry with the new values; cancel keeps the old', () => {
    const open = run(start(), { type: 'move', by: 1 }, { type: 'open' });
    const refused = reduceSettings(open, { type: 'refuse', error: 'bad' });
    expect(refused.entry).toEqual({ text: '20', error: 'bad' });
    const values = { ...open.values, newPerDay: 5 };
    const saved = reduceSettings(refused, { type: 'saved', values });
    expect(saved).toMatchObject({ entry: undefined, values, saved: 'newPerDay' });
    const cancelled = reduceSettings(open, { type: 'close' });
    expect(cancelled.entry).toBeUndefined();
    expect(cancelled.values.newPerDay).toBe(20);
  });

  it('ignores entry actions when nothing is open', () => {
    const s = start();
    for (const a of [
      { type: 'type', text: '1' },
      { type: 'erase' },
      { type: 'refuse', error: 'x' },
      { type: 'saved', values: s.values },
      { type: 'close' },
    ] as const) {
      expect(reduceSettings(s, a)).toBe(s);
    }
  });
});

describe('reading typed values', () => {
  const parse = (f: (typeof settingFields)[number], text: string) => fields[f].parse(text, NOW);

  it('desired retention: 85, 85% and 0.85 are 85%; outside 70–99% is refused', () => {
    for (const t of ['85', '85%', '0.85', '.85']) {
      expect(parse('desiredRetention', t)).toEqual({ ok: true, patch: { desiredRetention: 0.85 } });
    }
    for (const t of ['69', '100', '0.5', '1', 'abc', '']) {
      expect(parse('desiredRetention', t)).toMatchObject({
        ok: false,
        error: expect.stringMatching(/^Desired retention must be 70 to 99/),
      });
    }
  });

  it('new cards a day: a whole number from 0 to 1000', () => {
    expect(parse('newPerDay', ' 0 ')).toEqual({ ok: true, patch: { newPerDay: 0 } });
    expect(parse('newPerDay', '1000')).toEqual({ ok: true, patch: { newPerDay: 1000 } });
    for (const t of ['1001', '2.5', '-1', 'q']) {
      expect(parse('newPerDay', t)).toMatchObject({
        ok: false,
        error: expect.stringContaining(`'${t}'`),
      });
    }
  });

  it('interview date: today up to two years ahead; none clears; the past is refused', () => {
    expect(parse('interviewDate', '2026-12-10')).toEqual({
      ok: true,
      patch: { interviewDate: '2026-12-10' },
    });
    expect(parse('interviewDate', 'none')).toEqual({ ok: true, patch: { interviewDate: '' } });
    expect(parse('interviewDate', '2026-11-01')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Interview date 2026-11-01 is in the past/),
    });
    expect(parse('interviewDate', '2029-01-01')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/years ahead/),
    });
  });

  it('mock format and minutes', () => {
    expect(parse('mockFormat', 'Short')).toEqual({ ok: true, patch: { mockFormat: 'short' } });
    expect(parse('mockFormat', 'long')).toMatchObject({ ok: false });
    expect(parse('mockMinutes', '')).toEqual({ ok: true, patch: { mockMinutes: 0 } });
    expect(parse('mockMinutes', '30')).toEqual({ ok: true, patch: { mockMinutes: 30 } });
    for (const t of ['4', '181', '12.5']) {
      expect(parse('mockMinutes', t)).toMatchObject({
        ok: false,
        error: expect.stringMatching(/5 to 180/),
      });
    }
  });

  it('shows every value, and an opened field starts from what it shows', () => {
    const s = { ...defaultSettings(0), mockFormat: 'short' as const };
    expect(settingFields.map((f) => fields[f].show(s))).toEqual([
      '90%',
      '20',
      'not set',
      'short',
      "the format's own (15)",
    ]);
    for (const f of settingFields) {
      expect(fields[f].parse(fields[f].text(s), NOW)).toMatchObject({ ok: true });
    }
  });
});
