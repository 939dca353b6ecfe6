import { describe, expect, it } from 'vitest';
import { ContentError, formatIssue } from '../../src/core/content/issues.js';
import { clearBankCache, isItemFile, loadBank, readBank } from '../../src/core/content/load.js';
import { itemKinds } from '../../src/core/content/schema.js';
import { fixture, fixtureCopy } from './fixtures.js';

function messages(dir: string): string[] {
  return readBank(dir).issues.map(formatIssue);
}

describe('loading a valid content directory', () => {
  const bank = loadBank(fixture('content-good'));

  it('accepts an item of every kind, in file order', () => {
    expect(new Set(bank.items.map((i) => i.kind))).toEqual(new Set(itemKinds));
    expect(bank.items.map((i) => i.id)).toEqual([
      'basics-plain-card',
      'basics-cloze-card',
      'basics-mcq',
      'basics-spot',
      'basics-order',
      'design-literal-numeric',
      'design-model-numeric',
      'design-free',
      'design-scenario',
    ]);
  });

  it('fills in the file topic, defaults and normalized tolerances', () => {
    const card = bank.byId.get('basics-plain-card');
    expect(card).toMatchObject({ topic: 'basics', correctsMaterial: false });
    expect(bank.byId.get('design-literal-numeric')?.topic).toBe('design');
    // An item's own topic wins over the file's.
    expect(bank.byId.get('design-model-numeric')).toMatchObject({
      topic: 'basics',
      tolerance: { relative: 0.05 },
      model: { name: 'concurrency', params: { rate: 1500, durationMs: 200 } },
    });
    expect(bank.byId.get('basics-spot')).toMatchObject({ correctsMaterial: true, asOf: '2026-11' });
    expect(bank.fileOf.get('design-free')).toBe('content-good/design.yaml');
  });

  it('skips README, material, prices, runtimes and templates', () => {
    expect(readBank(fixture('content-good')).files).toEqual([
      'content-good/basics.yaml',
      'content-good/design.yaml',
    ]);
    for (const name of [
      'material.yaml',
      'prices.yaml',
      'runtimes.yaml',
      'templates.yaml',
      'README.md',
      '.x.yaml',
    ]) {
      expect(isItemFile(name)).toBe(false);
    }
    expect(isItemFile('cost.yaml')).toBe(true);
    expect(isItemFile('cost.yml')).toBe(true);
  });

  it('caches the bank per directory', () => {
    const dir = fixture('content-good');
    expect(loadBank(dir)).toBe(loadBank(dir));
    clearBankCache();
    expect(loadBank(dir)).not.toBe(bank);
  });
});

describe('rejecting invalid content', () => {
  const bad = messages(fixture('content-bad'));
  const file = 'content-bad/bad-items.yaml';

  it.each([
    ['bad-mcq-why', 'choices[1].why', 'required on a wrong choice'],
    ['bad-mcq-none-correct', 'choices', 'no choice is correct'],
    ['bad-section', 'source.section', 'not verbatim: the material says "Scaling Things"'],
    ['bad-topic', 'topic', '"nope" is not a topic in material.yaml'],
    ['bad-difficulty', 'difficulty', 'must be 1, 2 or 3'],
    ['bad-asof', 'asOf', 'must be YYYY-MM or YYYY-MM-DD'],
    ['bad-says', 'materialSays', 'required when correctsMaterial is true: the claim, briefly'],
    [
      'bad-numeric-both',
      'model',
      'give exactly one of answer (a number) or model (a computed answer)',
    ],
    ['bad-tolerance', 'tolerance', 'give exactly one of relative or absolute'],
    ['bad-cloze', 'front', '"{{cold}}" is not a cloze; write {{c1::hidden text}}'],
    ['bad-typo', 'promt', 'unknown field'],
    ['bad-typo', 'prompt', 'required'],
    ['Bad_Id', 'id', 'an id must be kebab-case (a-z, 0-9, single hyphens)'],
    ['bad-no-explanation', 'explanation', 'required'],
    ['bad-no-source', 'source', 'needs a section or a url'],
  ])('item %s: field %s', (id, field, message) => {
    expect(bad).toContain(`${file}: item "${id}" field "${field}": ${message}`);
  });

  it('names an unknown kind and lists the kinds', () => {
    expect(bad).toContain(
      `${file}: item "bad-kind" field "kind": must be one of: ${itemKinds.join(', ')}`,
    );
  });

  it('names a section that is not in the material at all', () => {
    expect(bad.find((m) => m.includes('"bad-section-unknown"'))).toMatch(
      /field "source.section": "A heading the material does not have" is not a heading or FAQ question/,
    );
  });

  it('rejects {{ outside cloze fronts and model-linked numerics, and unknown formats', () => {
    expect(bad.find((m) => m.includes('"bad-braces"'))).toMatch(
      /field "statement": "\{\{" is only for cloze/,
    );
    expect(bad).toContain(
      `${file}: item "bad-format" field "solution": placeholder {{concurrency|money}}: unknown format "money" (usd, count, int, pct, num)`,
    );
  });

  it('points at an item without an id by its position', () => {
    expect(bad).toContain(`${file}: item #15 field "id": required`);
  });

  it('names the file for file-level problems', () => {
    expect(bad).toContain('content-bad/no-topic.yaml: field "topic": required');
  });

  it('loads nothing from a file with errors, and reports each item once per problem', () => {
    expect(readBank(fixture('content-bad')).bank?.items).toEqual([]);
    expect(bad).toHaveLength(21);
  });

  it('throws a one-line ContentError carrying every problem', () => {
    let caught: unknown;
    try {
      loadBank(fixture('content-bad'));
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(ContentError);
    const err = caught as ContentError;
    expect(err.message).toBe(
      `${file}: item "bad-mcq-why" field "choices[1].why": required on a wrong choice`,
    );
    expect(err.message).not.toContain('\n');
    expect(err.issues).toHaveLength(bad.length);
    expect(err.hint).toBe(`(and ${bad.length - 1} more content errors)`);
  });

  it('rejects ids used twice across files', () => {
    const r = readBank(fixture('content-dup'));
    expect(r.issues.map(formatIssue)).toEqual([
      'content-dup/b.yaml: item "same-id" field "id": duplicate: also used in content-dup/a.yaml',
    ]);
    expect(r.bank?.items.map((i) => i.id)).toEqual(['same-id', 'other-id']);
  });

  it('rejects an id used twice in one file', () => {
    const dir = fixtureCopy('dup', {
      'c.yaml': [
        'topic: basics',
        'items:',
        '  - {id: twice, kind: flashcard, difficulty: 1, source: {section: Scaling Things}, front: Q, back: A}',
        '  - {id: twice, kind: flashcard, difficulty: 1, source: {section: Scaling Things}, front: Q, back: A}',
      ].join('\n'),
    });
    expect(messages(dir)).toContain(
      'content-dup/c.yaml: item "twice" field "id": duplicate: also used earlier in this file',
    );
  });

  it('names the file and line of a YAML syntax error', () => {
    // Written at test time: a broken YAML file in the repo would fail the linter.
    const dir = fixtureCopy('dup', {
      'broken.yaml': [
        'topic: basics',
        'items:',
        '  - id: fine',
        '    kind: flashcard',
        '    difficulty: 1',
        '    source: {section: Scaling Things',
        '    front: Q',
        '    back: A',
      ].join('\n'),
    });
    const first = messages(dir).find((m) => m.startsWith('content-dup/broken.yaml'));
    expect(first).toMatch(/^content-dup\/broken\.yaml:7:\d+: YAML syntax: /);
  });

  it('checks material.yaml itself', () => {
    const dir = fixtureCopy('good', {
      'material.yaml': 'title: x\nfile: y\nsections: []\nfaq: []\ntopics: {}\n',
    });
    expect(messages(dir)).toEqual([
      'content-good/material.yaml: field "sections": needs at least 1 entry',
    ]);
  });
});
