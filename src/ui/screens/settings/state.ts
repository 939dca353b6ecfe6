// The settings screen's state as a pure reducer: which field is chosen, the value being typed
// (if a field is open), and how each field's text is shown, read and checked.
import { parseInterviewDate } from '../../../core/memory/interview.js';
import {
  defaultMinutes,
  isMockFormat,
  MAX_MINUTES,
  MIN_MINUTES,
  mockFormats,
} from '../../../core/mock/plan.js';
import type { Settings } from '../../../core/store/settings.js';
import {
  editLineEntry,
  type LineEntry,
  type LineEntryAction,
} from '../../components/line-entry.js';

export const settingFields = [
  'desiredRetention',
  'newPerDay',
  'interviewDate',
  'mockFormat',
  'mockMinutes',
] as const;
export type SettingField = (typeof settingFields)[number];

export type Parsed = { ok: true; patch: Partial<Settings> } | { ok: false; error: string };

interface FieldSpec {
  label: string;
  /** What the field takes, shown under the list while it is chosen. */
  help: string;
  /** The value as the list shows it. */
  show: (s: Settings) => string;
  /** The text an opened entry starts with. */
  text: (s: Settings) => string;
  parse: (text: string, now: number) => Parsed;
}

const RETENTION = { min: 0.7, max: 0.99 };
const MAX_NEW_PER_DAY = 1000;

const wholeNumber = (text: string) => (/^\d{1,6}$/.test(text) ? Number(text) : undefined);

export const fields: Record<SettingField, FieldSpec> = {
  desiredRetention: {
    label: 'Desired retention',
    help: 'How much you want to recall when a card comes due: 70–99%. Higher means more reviews.',
    show: (s) => `${Math.round(s.desiredRetention * 100)}%`,
    text: (s) => String(Math.round(s.desiredRetention * 100)),
    parse: (text) => {
      const t = text.trim().replace(/%$/, '');
      // 85, 85% and 0.85 all mean 85%.
      const n = /^(\d{1,2}|0?\.\d{1,3}|\d{1,2}\.\d{1,2})$/.test(t) ? Number(t) : Number.NaN;
      const r = n >= 1 ? Math.round(n * 10) / 1000 : n;
      if (!(r >= RETENTION.min && r <= RETENTION.max)) {
        return { ok: false, error: `Desired retention must be 70 to 99 (%), not '${text}'` };
      }
      return { ok: true, patch: { desiredRetention: r } };
    },
  },
  newPerDay: {
    label: 'New cards a day',
    help: `New flashcards and quiz items introduced a day: 0–${MAX_NEW_PER_DAY}.`,
    show: (s) => String(s.newPerDay),
    text: (s) => String(s.newPerDay),
    parse: (text) => {
      const n = wholeNumber(text.trim());
      if (n === undefined || n > MAX_NEW_PER_DAY) {
        return {
          ok: false,
          error: `New cards a day must be a whole number from 0 to ${MAX_NEW_PER_DAY}, not '${text}'`,
        };
      }
      return { ok: true, patch: { newPerDay: n } };
    },
  },
  interviewDate: {
    label: 'Interview date',
    help: "YYYY-MM-DD, today up to 2 years ahead; empty or 'none' clears it.",
    show: (s) => s.interviewDate || 'not set',
    text: (s) => s.interviewDate,
    parse: (text, now) => {
      const parsed = parseInterviewDate(text, now);
      return parsed.ok
        ? { ok: true, patch: { interviewDate: parsed.date } }
        : { ok: false, error: `Interview date ${parsed.error}` };
    },
  },
  mockFormat: {
    label: 'Mock format',
    help: `The mock interview's format: ${mockFormats.map((f) => `${f} (${defaultMinutes(f)} min)`).join(' or ')}.`,
    show: (s) => s.mockFormat,
    text: (s) => s.mockFormat,
    parse: (text) => {
      const t = text.trim().toLowerCase();
      if (!isMockFormat(t)) {
        return {
          ok: false,
          error: `Mock format must be ${mockFormats.join(' or ')}, not '${text}'`,
        };
      }
      return { ok: true, patch: { mockFormat: t } };
    },
  },
  mockMinutes: {
    label: 'Mock minutes',
    help: `The mock interview's length: ${MIN_MINUTES}–${MAX_MINUTES} minutes; empty uses the format's own.`,
    show: (s) =>
      s.mockMinutes ? `${s.mockMinutes}` : `the format's own (${defaultMinutes(s.mockFormat)})`,
    text: (s) => (s.mockMinutes ? String(s.mockMinutes) : ''),
    parse: (text) => {
      const t = text.trim();
      if (t === '' || t === '0') return { ok: true, patch: { mockMinutes: 0 } };
      const n = wholeNumber(t);
      if (n === undefined || n < MIN_MINUTES || n > MAX_MINUTES) {
        return {
          ok: false,
          error: `Mock minutes must be a whole number from ${MIN_MINUTES} to ${MAX_MINUTES}, not '${text}'`,
        };
      }
      return { ok: true, patch: { mockMinutes: n } };
    },
  },
};

export interface SettingsState {
  /** Index into settingFields. */
  cursor: number;
  values: Settings;
  entry?: LineEntry;
  /** The last field saved, for the "saved" line. */
  saved?: SettingField;
}

/** Longest entry kept: a date or a number, with room for typos. */
const MAX_ENTRY = 20;

export type SettingsAction =
  | { type: 'move'; by: number }
  | { type: 'open' }
  | LineEntryAction
  | { type: 'saved'; values: Settings }
  | { type: 'close' };

export const initialSettingsState = (values: Settings): SettingsState => ({ cursor: 0, values });

export function fieldAt(state: SettingsState): SettingField {
  return settingFields[state.cursor] ?? settingFields[0];
}

export function reduceSettings(state: SettingsState, action: SettingsAction): SettingsState {
  const entry = state.entry;
  switch (action.type) {
    case 'move': {
      if (entry) return state;
      const cursor = Math.min(settingFields.length - 1, Math.max(0, state.cursor + action.by));
      return cursor === state.cursor ? state : { ...state, cursor, saved: undefined };
    }
    case 'open':
      return entry
        ? state
        : {
            ...state,
            entry: { text: fields[fieldAt(state)].text(state.values) },
            saved: undefined,
          };
    case 'type':
    case 'erase':
    case 'refuse':
      return entry ? { ...state, entry: editLineEntry(entry, action, MAX_ENTRY) } : state;
    case 'saved':
      return entry
        ? { ...state, values: action.values, entry: undefined, saved: fieldAt(state) }
        : state;
    case 'close':
      return entry ? { ...state, entry: undefined } : state;
  }
}
