// The real content/: the same checks as `npm run content:check`, plus every model-linked
// number recomputed with the simulator registry and the real price table.
import { describe, expect, it } from 'vitest';
import { checkContent, formatReport, reportPassed } from '../../src/core/content/check.js';
import { hasCloze } from '../../src/core/content/cloze.js';
import { ankiGuid, bankToAnki } from '../../src/core/content/export-anki.js';
import { formatIssue } from '../../src/core/content/issues.js';
import { loadBank } from '../../src/core/content/load.js';
import { answerOf, linkNumeric, verifyChecks } from '../../src/core/content/model-link.js';
import { loadPrices } from '../../src/core/content/prices.js';
import { isModelNumeric } from '../../src/core/content/schema.js';
import { formatStale } from '../../src/core/content/stale.js';
import { htmlToText, readAnkiText } from './anki-import.js';
import { realContent } from './fixtures.js';

describe('the real content', () => {
  const report = checkContent(realContent);

  it('passes content:check (valid, model numbers recomputed, minimums met)', () => {
    // On failure the report says which file, item and field, and which minimum is short.
    expect(report.issues.map(formatIssue)).toEqual([]);
    expect(report.shortfalls.map((s) => `${s.what}: ${s.have} of ${s.need}`)).toEqual([]);
    expect(reportPassed(report), formatReport(report)).toBe(true);
  });

  describe('model-linked numbers', () => {
    const bank = loadBank(realContent);
    const prices = loadPrices(realContent);
    const linked = bank.items.filter(isModelNumeric);

    it('has model-linked numeric items', () => {
      expect(linked.length).toBeGreaterThan(0);
    });

    it.each(linked.map((i) => [i.id, i] as const))('%s computes and renders', (_id, item) => {
      const result = linkNumeric(item, { prices }, bank);
      expect(Number.isFinite(result.answer)).toBe(true);
      expect(answerOf(item, { prices }, bank)).toBe(result.answer);
      for (const text of [result.prompt, result.solution, result.explanation]) {
        expect(text).not.toMatch(/\{\{|\}\}/);
      }
    });

    it('every checks entry holds', () => {
      expect(verifyChecks(bank, prices).map(formatIssue)).toEqual([]);
    });
  });

  it('teaches security, resilience and deployment (20+ items each) and the other platforms (3+ each)', () => {
    const bank = loadBank(realContent);
    const inTopic = (topic: string) => bank.items.filter((i) => i.topic === topic).length;
    for (const topic of ['security', 'resilience', 'deployment']) {
      expect(inTopic(topic), topic).toBeGreaterThanOrEqual(20);
    }
    const withPrefix = (prefix: string) => bank.items.filter((i) => i.id.startsWith(prefix)).length;
    for (const prefix of ['plat-cloud-run-', 'plat-azure-flex-', 'plat-workers-']) {
      expect(withPrefix(prefix), prefix).toBeGreaterThanOrEqual(3);
    }
  });

  it('prints the volatile facts due for re-checking (a report: never fails)', () => {
    // `npm test` shows this list; content:check --stale prints the same one.
    console.log(formatStale(report.stale).trimEnd());
    expect(report.stale.every((t) => t.items.length > 0)).toBe(true);
  });

  it('exports to Anki: one note an item, cloze cards as Cloze notes with their text intact', () => {
    const bank = loadBank(realContent);
    const file = readAnkiText(bankToAnki(bank, { prices: loadPrices(realContent) }));
    expect(file.notes.map((n) => n.guid)).toEqual(bank.items.map((i) => ankiGuid(i.id)));
    bank.items.forEach((item, i) => {
      const note = file.notes[i];
      expect(note?.fields).toHaveLength(2);
      const cloze = item.kind === 'flashcard' && hasCloze(item.front);
      expect(note?.notetype).toBe(cloze ? 'Cloze' : 'Basic');
      if (cloze) expect(htmlToText(note?.fields[0] ?? '')).toBe(item.front);
    });
  });
});
