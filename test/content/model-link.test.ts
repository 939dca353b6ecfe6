import { describe, expect, it } from 'vitest';
import { hideCloze, parseCloze, revealCloze } from '../../src/core/content/cloze.js';
import { ContentError, formatIssue } from '../../src/core/content/issues.js';
import { loadBank } from '../../src/core/content/load.js';
import {
  answerOf,
  linkNumeric,
  type ModelRunner,
  renderText,
  verifyChecks,
  verifyModelAnswers,
} from '../../src/core/content/model-link.js';
import { loadPrices } from '../../src/core/content/prices.js';
import { isModelNumeric, type NumericItem } from '../../src/core/content/schema.js';
import { fixtureCopy, realContent } from './fixtures.js';

const prices = loadPrices(realContent);

describe('renderText', () => {
  const scope = {
    params: { invocations: 100_000_000, arch: 'arm64' },
    result: { lambda: { total: 103.3333, requests: 20 }, coldStartProbability: 0.0039 },
  };

  it('fills outputs and params with their formats', () => {
    expect(
      renderText(
        'At {{params.invocations|count}} on {{params.arch}}: {{lambda.total|usd}} ({{lambda.requests | usd}} requests), {{coldStartProbability|pct}} cold, {{lambda.total}}.',
        scope,
      ),
    ).toBe('At 100M on arm64: $103.33 ($20.00 requests), 0.39% cold, 103.');
  });

  it('leaves text without placeholders alone, including $ signs', () => {
    expect(renderText('Costs $5 and $&.', scope)).toBe('Costs $5 and $&.');
  });

  it('rejects unknown paths, non-numbers with a format, and malformed placeholders', () => {
    expect(() => renderText('{{lambda.nope|usd}}', scope)).toThrow(
      'placeholder {{lambda.nope|usd}}: the model has no output "lambda.nope"',
    );
    expect(() => renderText('{{params.memoryMb}}', scope)).toThrow(
      'model.params has no "memoryMb"',
    );
    expect(() => renderText('{{params.arch|usd}}', scope)).toThrow('is not a number');
    expect(() => renderText('{{lambda}}', scope)).toThrow('is not a number');
    expect(() => renderText('{{lambda.total', scope)).toThrow('never closed');
  });
});

describe('cloze', () => {
  it('hides and reveals deletions, with hints', () => {
    const text = 'Starts {{c1::cold}} or {{c2::warm::temperature}}.';
    expect(hideCloze(text)).toBe('Starts [...] or [temperature].');
    expect(revealCloze(text)).toBe('Starts cold or warm.');
  });

  it.each([
    ['{{c1::}}', 'hides nothing'],
    ['{{c0::x}}', 'is not a cloze'],
    ['a }} b', 'without an opening'],
    ['{{c1::x', 'never closed'],
    ['{{c1::a {{c2::b}}}}', 'nested'],
  ])('rejects %s', (text, error) => {
    const r = parseCloze(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(error);
  });
});

describe('model-linked numbers on the fixture bank', () => {
  const dir = fixtureCopy('good');
  const bank = loadBank(dir);
  const item = bank.byId.get('design-model-numeric') as NumericItem;

  it("computes the answer with the registry (Little's law: 1500/s × 0.2 s = 300)", () => {
    expect(answerOf(item, { prices })).toBeCloseTo(300, 9);
    expect(answerOf(bank.byId.get('design-literal-numeric') as NumericItem, { prices })).toBe(
      86400,
    );
  });

  it('renders the item text from the params and the output', () => {
    if (!isModelNumeric(item)) throw new Error('fixture item must be model-linked');
    const linked = linkNumeric(item, { prices }, bank);
    expect(linked.answer).toBeCloseTo(300, 9);
    expect(linked.prompt).toBe(
      'At 1,500 requests per second lasting 200 ms, how many run at once?',
    );
    expect(linked.solution).toBe("Little's law: rate × duration = 300.");
    expect(linked.explanation).toBe('About 300 concurrent executions.');
  });

  it('passes its checks and answers', () => {
    expect(verifyChecks(bank, prices)).toEqual([]);
    expect(verifyModelAnswers(bank, prices)).toEqual([]);
  });

  it('reports a check whose value the model does not give', () => {
    const wrong = fixtureCopy('good', {
      'extra.yaml': `topic: basics
items:
  - id: extra-checked
    kind: flashcard
    difficulty: 1
    source: {section: Scaling Things}
    front: How many run at once at 100/s for 1 s?
    back: About 100.
    checks:
      - {model: concurrency, params: {rate: 100, durationMs: 1000}, output: concurrency, value: 90, tolerance: {relative: 0.05}}
      - {model: concurrency, params: {rate: 100, durationMs: 1000}, output: concurrency, value: 104, tolerance: {relative: 0.05}}
      - {model: concurrency, params: {rate: 100, durationMs: 1000}, output: lambda.total, value: 1, tolerance: {relative: 0.05}}
      - {model: warp-drive, params: {}, output: x, value: 1, tolerance: {absolute: 1}}
      - {model: concurrency, params: {rate: -5, durationMs: 1000}, output: concurrency, value: 1, tolerance: {absolute: 1}}
`,
    });
    const failures = verifyChecks(loadBank(wrong), prices).map(formatIssue);
    expect(failures).toHaveLength(4);
    expect(failures[0]).toBe(
      'content-good/extra.yaml: item "extra-checked" field "checks[0].value": concurrency concurrency computes 100, not 90 ±5%',
    );
    expect(failures[1]).toMatch(
      /field "checks\[2\]\.output": model concurrency has no output "lambda\.total"/,
    );
    expect(failures[2]).toMatch(/field "checks\[3\]": unknown model "warp-drive"/);
    expect(failures[3]).toMatch(/field "checks\[4\]": .*rate/);
  });

  it('reports a model-linked item whose text or output cannot be computed', () => {
    const broken = fixtureCopy('good', {
      'extra.yaml': `topic: basics
items:
  - id: extra-linked
    kind: numeric
    difficulty: 1
    source: {section: Scaling Things}
    prompt: "{{params.memoryMb}} MB?"
    model: {name: concurrency, params: {rate: 1, durationMs: 1000}, output: concurrency}
    unit: instances
    tolerance: {relative: 0.1}
    solution: "{{lambda.total|usd}}"
    explanation: E
`,
    });
    const b = loadBank(broken);
    expect(verifyModelAnswers(b, prices).map(formatIssue)).toEqual([
      'content-good/extra.yaml: item "extra-linked" field "prompt": placeholder {{params.memoryMb}}: model.params has no "memoryMb"',
      'content-good/extra.yaml: item "extra-linked" field "solution": placeholder {{lambda.total|usd}}: the model has no output "lambda.total"',
    ]);
    const item = b.byId.get('extra-linked');
    if (!item || !isModelNumeric(item)) throw new Error('fixture item must be model-linked');
    expect(() => linkNumeric(item, { prices }, b)).toThrow(ContentError);
  });

  it('uses an injected model runner when given one', () => {
    const calls: string[] = [];
    const run: ModelRunner = (name, params) => {
      calls.push(name);
      return { concurrency: Number(params.rate) * Number(params.durationMs) * 2 };
    };
    // Doubling breaks the fixture's check (10/s × 100 ms = 1, the runner says 2000).
    expect(verifyChecks(bank, prices, run).map((i) => i.field)).toEqual(['checks[0].value']);
    expect(calls).toEqual(['concurrency']);
  });
});
