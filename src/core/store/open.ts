import { dataDir } from './location.js';
import { ProgressStore, type StoreOptions } from './store.js';

/** Opens the store in the data folder the environment names (FAAS_PREP_HOME or the config folder). */
export function openStore(
  env: NodeJS.ProcessEnv,
  now: () => number,
  options: Omit<StoreOptions, 'dir' | 'now'> = {},
): ProgressStore {
  return new ProgressStore({ ...options, dir: dataDir(env), now });
}
