// Text glitches the schema cannot see one item at a time: the same question asked twice (a
// flashcard front, a prompt or a statement repeated across topics), and words broken by line
// folding ("re- upload"), which YAML's folded scalars produce when a line ends in a hyphen.
import { parseCloze } from './cloze.js';
import type { ContentIssue } from './issues.js';
import { formatPath } from './issues.js';
import { type Bank, type Item, textFields } from './schema.js';

/** The question an item asks, and the field it is in. */
export function questionOf(item: Item): { field: string; text: string } | undefined {
  switch (item.kind) {
    case 'flashcard':
      return { field: 'front', text: item.front };
    case 'spot-the-error':
      return { field: 'statement', text: item.statement };
    default:
      return { field: 'prompt', text: item.prompt };
  }
}

/** Cloze markup shows its answer; case, punctuation and spacing don't make a question new. */
export function normalizeQuestion(text: string): string {
  const cloze = parseCloze(text);
  const plain = cloze.ok
    ? cloze.segments.map((s) => (s.type === 'text' ? s.text : s.answer)).join('')
    : text;
  return plain
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function duplicateQuestionIssues(bank: Bank): ContentIssue[] {
  const first = new Map<string, Item>();
  const issues: ContentIssue[] = [];
  for (const item of bank.items) {
    const q = questionOf(item);
    if (!q) continue;
    const key = normalizeQuestion(q.text);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, item);
      continue;
    }
    issues.push({
      file: bank.fileOf.get(item.id) ?? bank.dir,
      id: item.id,
      field: q.field,
      message: `asks the same as item "${earlier.id}" in ${bank.fileOf.get(earlier.id) ?? '?'}; keep one`,
    });
  }
  return issues;
}

// A letter, a hyphen, a space and a letter: "re- upload". A suspended hyphen ("thread- or
// concurrency-safe", "first- and second-generation") is English, so "and/or/to/nor" may follow.
const brokenHyphen = /\p{L}- (?!(?:and|or|to|nor)\b)\p{L}/u;

/** The broken word in `text` ("re- upload"), if it has one. */
export function brokenWordAt(text: string): string | undefined {
  const m = brokenHyphen.exec(text);
  if (!m) return undefined;
  const before = /[\p{L}\p{N}-]*$/u.exec(text.slice(0, m.index))?.[0] ?? '';
  const after = /^[\p{L}\p{N}-]*/u.exec(text.slice(m.index + m[0].length))?.[0] ?? '';
  return `${before}${m[0]}${after}`;
}

export function brokenWordIssues(bank: Bank): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const item of bank.items) {
    for (const [path, value] of textFields(item)) {
      const word = brokenWordAt(value);
      if (word === undefined) continue;
      issues.push({
        file: bank.fileOf.get(item.id) ?? bank.dir,
        id: item.id,
        field: formatPath(path),
        message: `"${word}": a hyphen followed by a space inside a word (a folded line ending in "-"? join the word)`,
      });
    }
  }
  return issues;
}
