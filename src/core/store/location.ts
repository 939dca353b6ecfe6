import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Where progress lives: $FAAS_PREP_HOME when set, else the per-user config folder conf would
 * pick for "faas-prep" (env-paths rules; XDG_CONFIG_HOME honoured on Linux).
 */
export function dataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.FAAS_PREP_HOME) return resolve(env.FAAS_PREP_HOME);
  const home = env.HOME || homedir();
  if (platform === 'darwin') return join(home, 'Library', 'Preferences', 'faas-prep');
  if (platform === 'win32') {
    return join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'faas-prep', 'Config');
  }
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'faas-prep');
}
