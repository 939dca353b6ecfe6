import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileBank } from '../../src/core/content/compile.js';
import {
  type CompiledBank,
  checkedContentHash,
  clearCompiledCache,
  compiledNotice,
  contentHash,
  readCompiled,
} from '../../src/core/content/compiled.js';
import { loadStudyBankOf } from '../../src/core/content/compiled-study-bank.js';
import { clearBankCache, loadBank, readBank } from '../../src/core/content/load.js';
import { loadStudyBank } from '../../src/core/memory/study-bank.js';
import { clearTemplateCache, loadTemplates, readTemplates } from '../../src/core/templates/load.js';
import { fixtureCopy, realContent } from './fixtures.js';

/** A fresh copy of the good fixture and its compiled bank written beside it. */
function compiledCopy(): { dir: string; compiled: string; data: CompiledBank } {
  const dir = fixtureCopy('good');
  const result = compileBank(dir);
  if (!result.ok) throw new Error('the good fixture does not compile');
  const compiled = join(mkdtempSync(join(tmpdir(), 'faas-prep-dist-')), 'bank.json');
  writeFileSync(compiled, JSON.stringify(result.compiled));
  return { dir, compiled, data: result.compiled };
}

afterEach(() => {
  clearBankCache();
  clearTemplateCache();
});

describe('the compiled bank', () => {
  it('holds exactly what reading the YAML gives, for the real content', () => {
    const result = compileBank(realContent);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const compiled = join(mkdtempSync(join(tmpdir(), 'faas-prep-dist-')), 'bank.json');
    // Through JSON, as the build writes it: nothing may be lost on the way.
    writeFileSync(compiled, JSON.stringify(result.compiled));
    const fast = readCompiled({ dir: realContent, compiled });
    const slow = readBank(realContent).bank;
    expect(fast.state).toBe('used');
    expect(fast.bank?.items).toStrictEqual(slow?.items);
    expect(fast.bank?.material).toStrictEqual(slow?.material);
    expect(fast.bank?.fileOf).toStrictEqual(slow?.fileOf);
    expect([...(fast.bank?.byId.keys() ?? [])]).toEqual([...(slow?.byId.keys() ?? [])]);
    expect(fast.templates).toStrictEqual(readTemplates(realContent).templates);
  });

  it('is what loadBank and loadTemplates return when it matches the YAML', () => {
    const { dir, compiled, data } = compiledCopy();
    const bank = loadBank(dir, compiled);
    // The very objects of the compiled file: nothing was parsed from YAML.
    expect(bank.items).toStrictEqual(data.items);
    expect(readCompiled({ dir, compiled }).bank).toBe(bank);
    expect(loadTemplates(dir, compiled)).toBe(readCompiled({ dir, compiled }).templates);
    expect(compiledNotice({ dir, compiled })).toBeUndefined();
  });

  it('is not compiled from content with problems', () => {
    const dir = fixtureCopy('bad');
    const result = compileBank(dir);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
  });
});

describe('the study bank for a screen', () => {
  it('comes from the compiled bank, templates scheduled, when it matches', async () => {
    const { dir, compiled } = compiledCopy();
    const fast = await loadStudyBankOf({ dir, compiled });
    expect(fast.items).toBe(readCompiled({ dir, compiled }).bank?.items);
    expect([...(fast.templates?.keys() ?? [])]).toEqual([
      ...(loadStudyBank(dir).templates?.keys() ?? []),
    ]);
    expect(await loadStudyBankOf({ dir, compiled })).toBe(fast);
  });

  it('comes from the YAML otherwise, and rejects with its content errors', async () => {
    const { dir } = compiledCopy();
    const slow = await loadStudyBankOf({ dir });
    expect(slow).toBe(loadStudyBank(dir));
    await expect(loadStudyBankOf({ dir: fixtureCopy('bad') })).rejects.toThrow(/content-bad/);
  });
});

describe('a clone whose content/ changed after the build', () => {
  it('reads the edited YAML, with a notice', () => {
    const { dir, compiled } = compiledCopy();
    const before = contentHash(dir);
    const file = join(dir, 'basics.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('basics-plain-card', 'basics-edited'));
    clearBankCache();
    expect(contentHash(dir)).not.toBe(before);
    expect(readCompiled({ dir, compiled }).state).toBe('stale');
    const bank = loadBank(dir, compiled);
    expect(bank.byId.has('basics-edited')).toBe(true);
    expect(bank.byId.has('basics-plain-card')).toBe(false);
    expect(compiledNotice({ dir, compiled })).toMatch(
      /^content-good\/ changed since the last build: reading the YAML files/,
    );
  });

  it('notices an added file as well as an edited one', () => {
    const { dir, compiled } = compiledCopy();
    cpSync(join(dir, 'basics.yaml'), join(dir, 'extra.yml'));
    clearBankCache();
    expect(readCompiled({ dir, compiled }).state).toBe('stale');
  });
});

describe('a damaged or missing compiled file', () => {
  it.each([
    ['not JSON', '{"format": 1, "items": ['],
    ['another format', JSON.stringify({ format: 999, contentHash: 'x' })],
    ['not an object', '42'],
  ])('is ignored when it is %s', (_, text) => {
    const { dir, compiled } = compiledCopy();
    writeFileSync(compiled, text);
    expect(readCompiled({ dir, compiled }).state).toBe('damaged');
    expect(loadBank(dir, compiled).items.map((i) => i.id)).toContain('basics-plain-card');
    expect(compiledNotice({ dir, compiled })).toMatch(/damaged compiled copy/);
  });

  it('is ignored when missing, without a notice', () => {
    const { dir } = compiledCopy();
    const compiled = join(dir, 'no-such-bank.json');
    expect(readCompiled({ dir, compiled }).state).toBe('missing');
    expect(readCompiled({ dir }).state).toBe('missing');
    expect(loadBank(dir, compiled).items.length).toBeGreaterThan(0);
    expect(compiledNotice({ dir, compiled })).toBeUndefined();
  });
});

describe("the YAML check, remembered by the files' stamps", () => {
  const later = BigInt(Date.now() + 10_000) * 1_000_000n;

  it('reads and hashes no YAML while every file is as it was, and sees any edit', () => {
    const dir = fixtureCopy('good');
    const checked = join(mkdtempSync(join(tmpdir(), 'faas-prep-cache-')), 'content-x.json');
    const real = contentHash(dir);
    clearCompiledCache();
    expect(checkedContentHash(dir, checked, later)).toBe(real);
    expect(JSON.parse(readFileSync(checked, 'utf8')).hash).toBe(real);
    // What the cache says is taken without reading the files: a hash put there is returned.
    const saved = JSON.parse(readFileSync(checked, 'utf8'));
    writeFileSync(checked, JSON.stringify({ ...saved, hash: 'remembered' }));
    clearCompiledCache();
    expect(checkedContentHash(dir, checked, later)).toBe('remembered');
    // An edited file has another stamp: hashed again, and the edit shows in the hash.
    const file = join(dir, readdirSync(dir).find((f) => f.endsWith('.yaml')) ?? '');
    appendFileSync(file, '# edited\n');
    clearCompiledCache();
    const edited = checkedContentHash(dir, checked, later + 10_000_000_000n);
    expect(edited).not.toBe('remembered');
    expect(edited).not.toBe(real);
    clearCompiledCache();
    expect(edited).toBe(contentHash(dir));
  });

  it('remembers nothing while a file was written too recently to tell a later write', () => {
    const dir = fixtureCopy('good');
    const checked = join(mkdtempSync(join(tmpdir(), 'faas-prep-cache-')), 'content-x.json');
    clearCompiledCache();
    const now = BigInt(Date.now()) * 1_000_000n;
    expect(checkedContentHash(dir, checked, now)).toBe(contentHash(dir));
    expect(existsSync(checked)).toBe(false);
  });
});
