import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import Conf, { type Schema } from 'conf';
import { quote } from '../quote.js';
import { FILE_MODE } from './fs.js';

/** Version of the settings file's layout; conf runs the migrations up to it. */
export const SETTINGS_VERSION = '1.1.0';
export const SETTINGS_FILE = 'settings.json';

export interface Settings {
  /** FSRS desired retention, 0.7–0.99. */
  desiredRetention: number;
  /** New cards introduced a day. */
  newPerDay: number;
  /** YYYY-MM-DD, or empty when not set. */
  interviewDate: string;
  /** Epoch ms of the first launch (for "studying since"). */
  createdAt: number;
}

export const defaultSettings = (now: number): Settings => ({
  desiredRetention: 0.9,
  newPerDay: 20,
  interviewDate: '',
  createdAt: now,
});

const schema: Schema<Settings> = {
  desiredRetention: { type: 'number', minimum: 0.7, maximum: 0.99 },
  newPerDay: { type: 'integer', minimum: 0, maximum: 1000 },
  interviewDate: { type: 'string', pattern: '^(\\d{4}-\\d{2}-\\d{2})?$' },
  createdAt: { type: 'number', minimum: 0 },
};

type Store = Conf<Settings>;

/** The real calendar date `YYYY-MM-DD` names (2026-02-30 does not exist). */
export function isRealDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * What is wrong with a settings object, by the same rules as the file's schema (plus real
 * dates); undefined when nothing is. Used where conf does not check: imports and read-only opens.
 */
export function settingsProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `settings must be an object, not ${quote(value, 20)}`;
  }
  const s = value as Record<string, unknown>;
  const r = s.desiredRetention;
  if (typeof r !== 'number' || !(r >= 0.7 && r <= 0.99)) {
    return `desiredRetention must be a number from 0.7 to 0.99, not ${quote(r)}`;
  }
  const n = s.newPerDay;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 1000) {
    return `newPerDay must be a whole number from 0 to 1000, not ${quote(n)}`;
  }
  const d = s.interviewDate;
  if (typeof d !== 'string' || (d !== '' && !isRealDate(d))) {
    return `interviewDate must be a real date (YYYY-MM-DD) or empty, not ${quote(d)}`;
  }
  const c = s.createdAt;
  if (typeof c !== 'number' || !Number.isFinite(c) || c < 0) {
    return `createdAt must be a time in epoch milliseconds, not ${quote(c)}`;
  }
  return undefined;
}

/** conf would turn `null` or `[]` into an empty object and silently write the defaults over it. */
function parseObject(text: string): Record<string, unknown> {
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`the file holds ${quote(value, 20)}, not an object`);
  }
  return value as Record<string, unknown>;
}

function open(dir: string, now: number): Store {
  return new Conf<Settings>({
    cwd: dir,
    // Checking our fixed schema against JSON Schema's meta-schema compiles that meta-schema on
    // every start (~90 ms, most of opening the store); the values are still validated.
    ajvOptions: { validateSchema: false },
    configName: 'settings',
    defaults: defaultSettings(now),
    schema,
    clearInvalidConfig: false,
    configFileMode: FILE_MODE,
    deserialize: (text) => parseObject(text) as Partial<Settings> as Settings,
    projectVersion: SETTINGS_VERSION,
    migrations: {
      // 1.0.0 had `dailyNew`; 1.1.0 names it `newPerDay` like the --new flag.
      '1.1.0': (store) => {
        const old = store.get('dailyNew' as keyof Settings) as unknown;
        if (typeof old === 'number') {
          store.set('newPerDay', old);
          store.delete('dailyNew' as keyof Settings);
        }
      },
      // Keep migrateLayout (read-only opens) in step with these.
    },
  });
}

/** 1.0.0 had `dailyNew`; the same change as the 1.1.0 migration, for reads that write nothing. */
function migrateLayout(value: Record<string, unknown>): Record<string, unknown> {
  if (typeof value.dailyNew !== 'number' || value.newPerDay !== undefined) return value;
  const { dailyNew, ...rest } = value;
  return { ...rest, newPerDay: dailyNew };
}

export interface Recovery {
  /** Where the unreadable file was moved; undefined when it could not be moved (read-only). */
  backup?: string;
  reason: string;
}

interface OpenedSettings {
  conf: Store;
  /** Set when an unreadable file was moved aside and a fresh one started. */
  recoveredFrom?: Recovery;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message.split('\n')[0] : String(error)) || 'unreadable';
}

/** Moves an unreadable settings file to `settings.json.corrupt-<time>`, so nothing is lost. */
function moveAside(file: string, now: number): string {
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  const backup = `${file}.corrupt-${stamp}`;
  renameSync(file, backup);
  return backup;
}

type Checked = { settings?: Settings; problem?: string };

/**
 * Reads and checks the file by the schema's rules, without conf: conf would migrate and
 * rewrite a bad file before finding it bad, and the copy kept would no longer be the
 * original. Missing: neither field set. I/O errors are thrown (they say nothing about the file).
 */
function checkFile(file: string, now: number): Checked {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  try {
    const value = { ...defaultSettings(now), ...migrateLayout(parseObject(text)) };
    const problem = settingsProblem(value);
    if (problem) return { problem };
    const { desiredRetention, newPerDay, interviewDate, createdAt } = value as Settings;
    return { settings: { desiredRetention, newPerDay, interviewDate, createdAt } };
  } catch (error) {
    return { problem: firstLine(error) };
  }
}

/**
 * Opens the settings file. A corrupt, non-object or schema-invalid file is never silently
 * reset (conf's clearInvalidConfig would wipe it): it is kept as a timestamped copy beside
 * it, and a fresh file is started.
 */
export function openSettings(dir: string, now: number): OpenedSettings {
  const file = join(dir, SETTINGS_FILE);
  const { problem } = checkFile(file, now);
  if (problem) {
    const backup = moveAside(file, now);
    return { conf: open(dir, now), recoveredFrom: { backup, reason: problem } };
  }
  try {
    return { conf: open(dir, now) };
  } catch (error) {
    // A failed read or write (full disk, no permission) says nothing about the file's
    // contents: moving a good file aside then would lose the user's settings.
    if (!existsSync(file) || (error as NodeJS.ErrnoException).code) throw error;
    const backup = moveAside(file, now);
    return { conf: open(dir, now), recoveredFrom: { backup, reason: firstLine(error) } };
  }
}

const SETTING_KEYS: readonly (keyof Settings)[] = [
  'desiredRetention',
  'newPerDay',
  'interviewDate',
  'createdAt',
];

/**
 * The settings when the file can be used as it is: valid by the schema's rules, holding every
 * setting, its layout already at SETTINGS_VERSION; conf would then neither add defaults, nor
 * migrate, nor move it aside. Undefined otherwise (missing, bad, older): open it with conf.
 * Constructing conf compiles the schema with ajv (30–70 ms of a start); a start that only
 * reads the settings is spared that, and conf is opened when something is written.
 */
export function readCurrentSettings(dir: string): Settings | undefined {
  let raw: Record<string, unknown>;
  try {
    raw = parseObject(readFileSync(join(dir, SETTINGS_FILE), 'utf8'));
  } catch {
    return undefined;
  }
  const internal = raw.__internal__ as { migrations?: { version?: unknown } } | null | undefined;
  if (internal?.migrations?.version !== SETTINGS_VERSION) return undefined;
  if (!SETTING_KEYS.every((key) => key in raw) || settingsProblem(raw)) return undefined;
  const { desiredRetention, newPerDay, interviewDate, createdAt } = raw as unknown as Settings;
  return { desiredRetention, newPerDay, interviewDate, createdAt };
}

/**
 * Reads the settings without creating, migrating or rewriting the file: for commands that
 * only read. A missing file gives the defaults; an unreadable one is still moved aside
 * (when the folder allows it) so that the reset is announced once, here, and never silent.
 */
export function readSettings(
  dir: string,
  now: number,
): { settings: Settings; recoveredFrom?: Recovery } {
  const file = join(dir, SETTINGS_FILE);
  const { settings, problem } = checkFile(file, now);
  if (!problem) return { settings: settings ?? defaultSettings(now) };
  let backup: string | undefined;
  try {
    backup = moveAside(file, now);
  } catch {
    // A read-only folder: the file stays where it is and the notice says so.
  }
  return { settings: defaultSettings(now), recoveredFrom: { backup, reason: problem } };
}
