// Used by the store test: a separate process hammering the same store.
import { ProgressStore } from '../../src/core/store/store.js';

const [dir, countArg, name] = process.argv.slice(2);
const store = new ProgressStore({ dir: dir ?? '', now: () => Date.now() });
for (let i = 0; i < Number(countArg); i++) {
  store.updateSettings((s) => ({ newPerDay: s.newPerDay + 1 }));
  store.append({ type: 'test', writer: name, i });
}
