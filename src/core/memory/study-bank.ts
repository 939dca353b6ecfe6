// The bank as the memory model sees it: the items of content/ and its question templates.
import { loadBank } from '../content/load.js';
import { packageContentDir } from '../paths.js';
import { loadTemplates } from '../templates/load.js';
import { type StudyBank, withTemplates } from './schedulable.js';

const cache = new WeakMap<object, { templates: object; bank: StudyBank }>();

/**
 * The bank and the templates of `dir` (both cached by their loaders; from the build's `compiled`
 * bank when it matches). Throws ContentError when either has problems.
 */
export function loadStudyBank(dir: string = packageContentDir(), compiled?: string): StudyBank {
  const bank = loadBank(dir, compiled);
  const templates = loadTemplates(dir, compiled);
  const hit = cache.get(bank);
  if (hit && hit.templates === templates) return hit.bank;
  const out = withTemplates(bank, templates);
  cache.set(bank, { templates, bank: out });
  return out;
}
