// The study bank for a screen that is about to show a card: straight from the build's compiled
// bank when it matches the YAML, without loading the YAML parser and zod (a fifth of a second
// of module loading on a start); otherwise (content edited since the build, tests, authors'
// directories) through the YAML loaders, imported only then.
import { type StudyBank, withTemplates } from '../memory/schedulable.js';
import { type ContentSource, readCompiled } from './compiled.js';

const built = new WeakMap<object, StudyBank>();

/** The bank at once when the compiled copy is current; else a promise of it from the YAML. */
export function studyBankOf(source: ContentSource): StudyBank | Promise<StudyBank> {
  const { bank, templates } = readCompiled(source);
  if (bank && templates) {
    let out = built.get(bank);
    if (!out) {
      out = withTemplates(bank, templates);
      built.set(bank, out);
    }
    return out;
  }
  return import('../memory/study-bank.js').then((m) =>
    m.loadStudyBank(source.dir, source.compiled),
  );
}

export async function loadStudyBankOf(source: ContentSource): Promise<StudyBank> {
  return studyBankOf(source);
}
