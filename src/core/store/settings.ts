import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import Conf, { type Schema } from 'conf';

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
    },
  });
}

export interface OpenedSettings {
  conf: Store;
  /** Set when an unreadable file was moved aside and a fresh one started. */
  recoveredFrom?: { backup: string; reason: string };
}

/**
 * Opens the settings file. A corrupt or schema-invalid file is never silently reset (conf's
 * clearInvalidConfig would wipe it): it is kept as a timestamped copy beside it, and a fresh
 * file is started.
 */
export function openSettings(dir: string, now: number): OpenedSettings {
  try {
    return { conf: open(dir, now) };
  } catch (error) {
    const file = join(dir, SETTINGS_FILE);
    if (!existsSync(file)) throw error;
    const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
    const backup = `${file}.corrupt-${stamp}`;
    renameSync(file, backup);
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { conf: open(dir, now), recoveredFrom: { backup, reason: reason ?? 'unreadable' } };
  }
}
