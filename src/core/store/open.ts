import { dataDir } from './location.js';
import { ProgressStore } from './store.js';

/** Opens the store in the data folder the environment names (FAAS_PREP_HOME or the config folder). */
export function openStore(env: NodeJS.ProcessEnv, now: () => number): ProgressStore {
  return new ProgressStore({ dir: dataDir(env), now });
}
