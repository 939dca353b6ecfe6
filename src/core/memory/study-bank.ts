// The bank as the memory model sees it: the items of content/ and its question templates.
import { loadBank } from '../content/load.js';
import { contentDir } from '../paths.js';
import { loadTemplates } from '../templates/load.js';
import { type StudyBank, withTemplates } from './schedulable.js';

const cache = new WeakMap<object, { templates: object; bank: StudyBank }>();

/**
 * The bank and the templates of `dir` (both cached by their loaders). Throws ContentError when
 * either has problems.
 */
export function loadStudyBank(dir: string = contentDir()): StudyBank {
  const bank = loadBank(dir);
  const templates = loadTemplates(dir);
  const hit = cache.get(bank);
  if (hit && hit.templates === templates) return hit.bank;
  const out = withTemplates(bank, templates);
  cache.set(bank, { templates, bank: out });
  return out;
}
