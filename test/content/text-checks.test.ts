// content:check's text checks: the same question asked twice, and words broken by line folding.
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/core/content/check.js';
import { formatIssue } from '../../src/core/content/issues.js';
import { brokenWordAt, normalizeQuestion } from '../../src/core/content/text-checks.js';
import { fixtureCopy } from './fixtures.js';

describe('normalizeQuestion', () => {
  it('ignores case, punctuation, spacing and cloze markup', () => {
    expect(
      normalizeQuestion('Lambda timeout: default {{c1::3 s}}, max {{c2::900 s::limit}}.'),
    ).toBe(normalizeQuestion('lambda   timeout — default 3 s, max 900 s'));
    expect(normalizeQuestion('What is FaaS?')).not.toBe(normalizeQuestion('What is PaaS?'));
  });
});

describe('brokenWordAt', () => {
  it('finds the words a folded line broke', () => {
    for (const [text, word] of [
      ['decide whether a re- upload replaces', 're- upload'],
      ['served by on- demand environments', 'on- demand'],
      ['at fan- out scale', 'fan- out'],
      ['or delete- then-insert by file', 'delete- then-insert'],
    ]) {
      expect(brokenWordAt(text!)).toBe(word);
    }
  });

  it('allows suspended hyphens, dashes and hyphenated words', () => {
    expect(brokenWordAt('globals must be thread- or concurrency-safe')).toBeUndefined();
    expect(brokenWordAt('first- and second-generation functions')).toBeUndefined();
    expect(brokenWordAt('one-to-many fan-out - then a queue')).toBeUndefined();
    expect(brokenWordAt('a 1- to 5-minute window')).toBeUndefined();
  });
});

describe('content:check text checks', () => {
  const extra = `topic: basics
items:
  - id: basics-dup-front
    kind: flashcard
    difficulty: 1
    source: { section: "Intro: The Basics" }
    front: "what does FaaS stand for"
    back: The same question as basics-plain-card, reworded only in case and punctuation.
  - id: basics-folded
    kind: spot-the-error
    difficulty: 1
    source: { section: "Intro: The Basics" }
    statement: "A folded line can break a word."
    isTrue: true
    correction: >-
      A line ending in a hyphen, like re-
      upload, folds into a space.
    explanation: Join the word on one line.
`;

  it('fails on a repeated question and on a broken word, naming both items', () => {
    const report = checkContent(fixtureCopy('good', { 'zz-extra.yaml': extra }));
    const lines = report.issues.map(formatIssue);
    expect(lines).toContain(
      'content-good/zz-extra.yaml: item "basics-dup-front" field "front": asks the same as item "basics-plain-card" in content-good/basics.yaml; keep one',
    );
    expect(lines.find((l) => l.includes('"basics-folded"'))).toMatch(
      /field "correction": "re- upload": a hyphen followed by a space inside a word/,
    );
  });
});
