import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatReport, TEMPLATE_DRAWS } from '../../src/core/content/check.js';
import { ContentError, formatIssue } from '../../src/core/content/issues.js';
import { loadPrices } from '../../src/core/content/prices.js';
import type { NumericItem } from '../../src/core/content/schema.js';
import { formatInt } from '../../src/core/format.js';
import {
  type GradableItem,
  grade,
  ratingForRelativeError,
  rightAnswerText,
} from '../../src/core/grading/index.js';
import {
  ExprError,
  evaluate,
  holds,
  parseCondition,
  parseExpr,
  variables,
} from '../../src/core/templates/expr.js';
import {
  clearTemplateCache,
  drawInstance,
  type GeneratedQuestion,
  generate,
  instanceFromId,
  instanceProblems,
  isGeneratedQuestion,
  loadTemplates,
  parseTemplate,
  readTemplates,
  reviewItemId,
  type Template,
} from '../../src/core/templates/index.js';
import { modelParams, runModel } from '../../src/sim/registry.js';
import { realContent } from '../content/fixtures.js';

const prices = loadPrices(realContent);
const templates = loadTemplates(realContent);
const DRAWS = 200;

type Params = Readonly<Record<string, unknown>>;
const n = (p: Params, k: string): number => {
  const v = p[k];
  if (typeof v !== 'number') throw new Error(`param ${k} is not a number`);
  return v;
};

function outputAt(out: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], out);
}

/** Runs the template's model on the drawn inputs it takes, straight through the registry. */
function modelOutput(t: Template, q: GeneratedQuestion): Record<string, unknown> {
  const name = t.model?.name as keyof typeof modelParams;
  const names = new Set(modelParams[name].map((s) => s.name));
  const input = Object.fromEntries(Object.entries(q.params).filter(([k]) => names.has(k)));
  return runModel(name, input, prices);
}

const firstGbSecond = prices.lambda.duration.x86_64.perGbSecond[0]!.price;

/** Answers of the templates without model.output, written out independently of their YAML. */
const byHand: Record<string, (p: Params, out: Record<string, unknown>) => number> = {
  'tpl-max-rate-at-limit': (p) => n(p, 'limit') / (n(p, 'durationMs') / 1000),
  'tpl-scaling-time': (p) => ((n(p, 'rate') * n(p, 'durationMs')) / 1000 - n(p, 'warm')) / 100,
  'tpl-cold-starts-per-day': (p) =>
    n(p, 'perHour') * 24 * Math.exp(-(n(p, 'perHour') / 3600) * n(p, 'keepAliveS')),
  'tpl-mean-latency-cold': (p) =>
    n(p, 'durationMs') + Math.exp(-n(p, 'keepAliveS') / n(p, 'intervalS')) * n(p, 'initMs'),
  'tpl-init-billing': (p) =>
    ((((n(p, 'invocations') * n(p, 'coldPct')) / 100) * n(p, 'initMs')) / 1000) *
    (n(p, 'memoryMb') / 1024) *
    firstGbSecond,
  'tpl-provisioned-needed': (p) => (n(p, 'rate') * n(p, 'durationMs')) / 1000 / n(p, 'utilization'),
  'tpl-held-connections-excess': (p) =>
    n(p, 'environments') - (n(p, 'maxConnections') - n(p, 'reserved')),
  'tpl-db-max-rate': (p) => (n(p, 'maxConnections') - n(p, 'reserved')) / (n(p, 'holdMs') / 1000),
};

function expectClose(actual: number, expected: number, what: string): void {
  const tol = 1e-9 * Math.max(1, Math.abs(expected));
  if (Math.abs(actual - expected) > tol) {
    throw new Error(`${what}: ${actual} is not ${expected}`);
  }
}

describe('the real templates', () => {
  it('number at least 15 and span cost, concurrency, cold starts and databases', () => {
    expect(templates.length).toBeGreaterThanOrEqual(15);
    const topics = new Set(templates.map((t) => t.topic));
    for (const topic of ['cost', 'concurrency', 'cold-starts', 'databases']) {
      expect(topics).toContain(topic);
    }
    expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
    for (const t of templates) expect(t.id).toMatch(/^tpl-[a-z0-9-]+$/);
  });

  it("include the issue's three examples", () => {
    const ids = templates.map((t) => t.id);
    expect(ids).toContain('tpl-lambda-bill');
    expect(ids).toContain('tpl-littles-law');
    expect(ids).toContain('tpl-held-connections-excess');
  });

  describe.each(templates.map((t) => [t.id, t] as const))('%s', (_id, t) => {
    const seeds = Array.from({ length: DRAWS }, (_, i) => 1_000 + i * 7_919);
    const questions = seeds.map((s) => drawInstance(t, s, prices));

    it(`draws ${DRAWS} values within the ranges, steps and constraints`, () => {
      for (const q of questions) {
        for (const [name, d] of Object.entries(t.draw)) {
          const v = q.params[name];
          if (d.choices) {
            const values = d.choices.map((c) => (typeof c === 'object' ? c.value : c));
            expect(values).toContain(v);
            continue;
          }
          expect(typeof v).toBe('number');
          const x = v as number;
          expect(x).toBeGreaterThanOrEqual(d.min!);
          expect(x).toBeLessThanOrEqual(d.max!);
          if (d.step !== undefined) {
            const k = (x - d.min!) / d.step;
            expect(Math.abs(k - Math.round(k))).toBeLessThan(1e-6);
          } else {
            // Without a step a range draw keeps 2 significant digits.
            expect(Number(x.toPrecision(2))).toBe(x);
          }
        }
        for (const [name, v] of Object.entries(t.fixed)) expect(q.params[name]).toBe(v);
        for (const c of t.compiled.constraints) {
          const lookup = (k: string) => {
            const v = q.params[k];
            return typeof v === 'number' ? v : undefined;
          };
          expect(holds(c.condition, lookup), `${c.source} for ${JSON.stringify(q.params)}`).toBe(
            true,
          );
        }
        expect(instanceProblems(t, q)).toEqual([]);
      }
    });

    it('answers what the model (or the written-out formula) computes', () => {
      for (const q of questions) {
        const out = t.model ? modelOutput(t, q) : {};
        const expected =
          t.model?.output !== undefined
            ? outputAt(out, t.model.output)
            : byHand[t.id]
              ? byHand[t.id]!(q.params, out)
              : evaluate(t.compiled.answer!, (k) => {
                  const v = q.params[k] ?? outputAt(out, k);
                  return typeof v === 'number' ? v : undefined;
                });
        expect(typeof expected).toBe('number');
        expectClose(q.answer, expected as number, `${q.id}`);
        expect(Number.isFinite(q.answer)).toBe(true);
        expect(q.answer).not.toBe(0);
      }
    });

    it('renders every placeholder with the drawn numbers', () => {
      for (const q of questions) {
        for (const field of ['prompt', 'solution', 'explanation'] as const) {
          expect(q[field]).not.toMatch(/\{\{|\}\}|undefined|NaN|null/);
        }
      }
      // Different draws give different prompts (the point of templates).
      expect(new Set(questions.map((q) => q.prompt)).size).toBeGreaterThan(DRAWS / 4);
    });

    it('gives the same question for the same seed', () => {
      expect(drawInstance(t, seeds[3]!, prices)).toEqual(questions[3]);
    });
  });
});

describe('a generated question', () => {
  const t = templates.find((x) => x.id === 'tpl-lambda-bill')!;
  const q = drawInstance(t, 42, prices);

  it('is a numeric item with a literal answer, named after its template and seed', () => {
    expect(q).toMatchObject({
      id: 'tpl-lambda-bill#42',
      templateId: 'tpl-lambda-bill',
      seed: 42,
      kind: 'numeric',
      topic: 'cost',
      unit: 'USD/month',
      tolerance: { relative: 0.05 },
      correctsMaterial: false,
    });
    expect(q.source.section).toBe('Cost Comparison: Lambda vs ECS vs EC2');
    expect('model' in q).toBe(false);
    const asItem: NumericItem = q;
    const gradable: GradableItem = q;
    expect(asItem.answer).toBe(q.answer);
    expect(rightAnswerText(gradable)).toMatch(/^\$[\d,]+\.\d\d\/month$/);
  });

  it('shows the drawn inputs and the arithmetic with them', () => {
    const p = q.params;
    const out = modelOutput(t, q);
    // The template shows it with `|int` (digit groups above 999).
    expect(q.prompt).toContain(`${formatInt(n(p, 'durationMs'))} ms`);
    expect(q.prompt).toContain(`on ${String(p.arch)}`);
    const total = outputAt(out, 'lambda.total') as number;
    expect(q.solution).toContain(
      `$${total.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`,
    );
  });

  it('keeps its reproducible draws (a logged id names the same question later)', () => {
    // Pinned: changing the PRNG or the draw order would silently change logged instances.
    expect(
      drawInstance(templates.find((x) => x.id === 'tpl-littles-law')!, 7, prices).params,
    ).toEqual({ rate: 260, durationMs: 150 });
    expect(instanceFromId(templates, q.id, prices)).toEqual(q);
    expect(instanceFromId(templates, 'tpl-lambda-bill', prices)).toBeUndefined();
    expect(instanceFromId(templates, 'tpl-nope#3', prices)).toBeUndefined();
  });

  it('is reviewed under its template id, other items under their own', () => {
    expect(isGeneratedQuestion(q)).toBe(true);
    expect(reviewItemId(q)).toBe('tpl-lambda-bill');
    const plain = { ...q, id: 'cost-plain' } as NumericItem;
    delete (plain as Partial<GeneratedQuestion>).templateId;
    expect(isGeneratedQuestion(plain)).toBe(false);
    expect(reviewItemId(plain)).toBe('cost-plain');
  });

  it('takes only a 32-bit unsigned seed', () => {
    expect(() => drawInstance(t, -1, prices)).toThrow(RangeError);
    expect(() => drawInstance(t, 2 ** 32, prices)).toThrow(RangeError);
    expect(() => drawInstance(t, 1.5, prices)).toThrow(RangeError);
  });
});

describe('grading a generated question (relative error → FSRS rating)', () => {
  const samples = templates.flatMap((t) => [1, 2, 3].map((s) => drawInstance(t, s, prices)));

  it('maps the relative error through the quiz grader', () => {
    for (const q of samples) {
      const tol = 'relative' in q.tolerance ? q.tolerance.relative : 0;
      expect(tol).toBeGreaterThan(0);
      for (const factor of [0, 0.4, 0.9, 1.5, 3]) {
        const value = q.answer * (1 + factor * tol);
        const g = grade(q, { kind: 'numeric', value });
        const relErr = Math.abs(value - q.answer) / Math.abs(q.answer);
        expect(g.rating, `${q.id} at ${factor}× tolerance`).toBe(
          ratingForRelativeError(relErr, q.tolerance),
        );
        expect(g.rating).toBe(factor <= 0.5 ? 4 : factor <= 1 ? 3 : factor <= 2 ? 2 : 1);
        expect(g.correct).toBe(factor <= 1);
      }
    }
  });

  it('grades an exact answer Easy and a miss by the other side too', () => {
    const q = samples[0]!;
    expect(grade(q, { kind: 'numeric', value: q.answer })).toMatchObject({
      correct: true,
      rating: 4,
    });
    expect(grade(q, { kind: 'numeric', value: q.answer * 0.5 }).rating).toBe(1);
  });
});

describe('generate', () => {
  it('returns count questions from different templates, reproducibly for a seed', () => {
    const a = generate(templates, { seed: 11, count: 10, prices });
    expect(a).toHaveLength(10);
    expect(new Set(a.map((q) => q.templateId)).size).toBe(10);
    expect(generate(templates, { seed: 11, count: 10, prices })).toEqual(a);
    const b = generate(templates, { seed: 12, count: 10, prices });
    expect(b.map((q) => q.id)).not.toEqual(a.map((q) => q.id));
  });

  it('comes round again when asked for more than there are templates, never twice in a row', () => {
    const count = templates.length * 3;
    const qs = generate(templates, { seed: 3, count, prices });
    expect(qs).toHaveLength(count);
    for (let i = 1; i < qs.length; i++) {
      expect(qs[i]!.templateId).not.toBe(qs[i - 1]!.templateId);
    }
    const perTemplate = new Map<string, number>();
    for (const q of qs) perTemplate.set(q.templateId, (perTemplate.get(q.templateId) ?? 0) + 1);
    expect([...perTemplate.values()].every((c) => c === 3)).toBe(true);
    // Ids are unique, so a UI can key on them.
    expect(new Set(qs.map((q) => q.id)).size).toBe(count);
  });

  it('filters by topic', () => {
    const qs = generate(templates, { seed: 1, count: 6, prices, topic: 'databases' });
    expect(qs.length).toBe(6);
    expect(qs.every((q) => q.topic === 'databases')).toBe(true);
    const two = generate(templates, { seed: 1, count: 8, prices, topic: ['cost', 'concurrency'] });
    expect(new Set(two.map((q) => q.topic))).toEqual(new Set(['cost', 'concurrency']));
    expect(generate(templates, { seed: 1, count: 3, prices, topic: 'nope' })).toEqual([]);
    expect(generate(templates, { seed: 1, count: 0, prices })).toEqual([]);
  });
});

// ---------------------------------------------------------------- loading and errors

const good = {
  id: 'tpl-test-rate',
  topic: 'concurrency',
  difficulty: 1,
  source: { section: 'How Lambda Execution Works Internally' },
  prompt: '{{params.rate|int}} req/s of {{params.durationMs|int}} ms: concurrency?',
  model: { name: 'concurrency', output: 'concurrency' },
  draw: {
    rate: { min: 10, max: 100, step: 10 },
    durationMs: { choices: [100, 200] },
  },
  unit: 'executions',
  tolerance: { relative: 0.1 },
  solution: '{{params.rate|int}} × {{calc.s|num}} s = {{concurrency|num}} ({{answer|num}}).',
  calc: { s: 'durationMs / 1000' },
  explanation: 'Little.',
};

/** An empty directory named content-tpl (messages show the name). */
function emptyDir(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'faas-prep-tpl-')), 'content-tpl');
  mkdirSync(dir);
  return dir;
}

/** A content directory with the real material and prices, and the given templates.yaml. */
function contentDirWith(templatesYaml: string): string {
  const dir = emptyDir();
  copyFileSync(join(realContent, 'material.yaml'), join(dir, 'material.yaml'));
  copyFileSync(join(realContent, 'prices.yaml'), join(dir, 'prices.yaml'));
  writeFileSync(join(dir, 'templates.yaml'), templatesYaml);
  return dir;
}

function yamlOf(list: unknown[]): string {
  return `templates:\n${list.map((t) => `  - ${JSON.stringify(t)}`).join('\n')}\n`;
}

function messagesFor(...list: unknown[]): string[] {
  return readTemplates(contentDirWith(yamlOf(list))).issues.map(formatIssue);
}

describe('template errors name the file, the template and the field', () => {
  it('accepts a good template', () => {
    const r = readTemplates(contentDirWith(yamlOf([good])));
    expect(r.issues).toEqual([]);
    expect(r.templates.map((t) => t.id)).toEqual(['tpl-test-rate']);
    const q = drawInstance(r.templates[0]!, 1, prices);
    expect(q.answer).toBe((n(q.params, 'rate') * n(q.params, 'durationMs')) / 1000);
  });

  it.each([
    [{ promt: 'x' }, 'field "promt": unknown field'],
    [{ difficulty: 5 }, 'field "difficulty": must be 1, 2 or 3'],
    [{ id: 'test-rate' }, 'field "id": a template id starts with "tpl-"'],
    [{ topic: 'nope' }, 'field "topic": "nope" is not a topic in material.yaml'],
    [
      { source: { section: 'Cold starts' } },
      'field "source.section": "Cold starts" is not a heading or FAQ question',
    ],
    [{ model: { name: 'magic', output: 'x' } }, 'field "model.name": not a model'],
    [
      { draw: { rate: { min: 0, max: 100 }, durationMs: { choices: [100] } } },
      'field "draw.rate": min 0 is below what concurrency accepts for rate',
    ],
    [
      { draw: { rate: { min: 10, max: 1, step: 1 }, durationMs: { choices: [1] } } },
      'field "draw.rate.max": must be at least min (10)',
    ],
    [
      { draw: { rate: { choices: [10], max: 5 }, durationMs: { choices: [1] } } },
      'field "draw.rate.max": not allowed with choices',
    ],
    [
      { draw: { ...good.draw, extra: { choices: [1] } } },
      'field "draw.extra": "extra" is not a concurrency parameter and nothing else uses it',
    ],
    [{ constraints: ['rate >'] }, 'field "constraints[0]": expected a number'],
    [{ constraints: ['rate + 1'] }, 'field "constraints[0]": expected a comparison'],
    [{ constraints: ['speed < 3'] }, 'field "constraints[0]": "speed" is not a parameter'],
    [{ derive: { x: 'eval(rate)' } }, 'field "derive.x": unknown function "eval"'],
    [
      { prompt: 'At {{params.speed}} req/s?' },
      'field "prompt": {{params.speed}}: "speed" is not a parameter',
    ],
    [{ solution: '{{calc.nope}}' }, 'field "solution": {{calc.nope}}: no calc "nope"'],
    [{ unit: '{{x}}' }, 'field "unit": "{{" is not allowed here'],
    [{ answer: 'rate * 2' }, 'field "answer": give either model.output or answer, not both'],
    [{ model: undefined }, 'field "answer": required without a model'],
    [{ tolerance: { relative: 2 } }, 'field "tolerance.relative": must be at most 1'],
  ])('%j', (override, message) => {
    const t = JSON.parse(JSON.stringify({ ...good, ...override }));
    const id = typeof t.id === 'string' ? t.id : 'tpl-test-rate';
    const shown = messagesFor(t);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.join('\n')).toContain(`content-tpl/templates.yaml: item "${id}" ${message}`);
  });

  it('names a template without an id by its position, and repeated ids', () => {
    const { id: _id, ...noId } = good;
    expect(messagesFor(good, noId)).toContain(
      'content-tpl/templates.yaml: item #2 field "id": required',
    );
    expect(messagesFor(good, good)).toEqual([
      'content-tpl/templates.yaml: item "tpl-test-rate" field "id": used by an earlier template',
    ]);
  });

  it('loadTemplates throws a ContentError with every problem, and caches good files', () => {
    const dir = contentDirWith(
      yamlOf([
        { ...good, difficulty: 9 },
        { ...good, id: 'tpl-b', topic: 'x' },
      ]),
    );
    expect(() => loadTemplates(dir)).toThrow(ContentError);
    try {
      loadTemplates(dir);
    } catch (err) {
      expect((err as ContentError).issues).toHaveLength(2);
      expect((err as Error).message).toBe(
        'content-tpl/templates.yaml: item "tpl-test-rate" field "difficulty": must be 1, 2 or 3',
      );
    }
    const ok = contentDirWith(yamlOf([good]));
    expect(loadTemplates(ok)).toBe(loadTemplates(ok));
    clearTemplateCache();
  });

  it('a directory without templates.yaml has none; YAML syntax errors name the line', () => {
    const dir = contentDirWith('templates: [');
    const r = readTemplates(dir);
    expect(r.issues[0]?.file).toBe('content-tpl/templates.yaml');
    expect(r.issues[0]?.line).toBeGreaterThan(0);
    expect(readTemplates(realContent).present).toBe(true);
    const none = emptyDir();
    expect(readTemplates(none)).toMatchObject({ present: false, templates: [], issues: [] });
  });

  it('fails loudly when no draw can meet the constraints', () => {
    const t = parseTemplate({ ...good, constraints: ['rate >= 1000'] });
    expect(() => drawInstance(t, 1, prices)).toThrow(
      /item "tpl-test-rate" field "constraints": no draw in 1000 met the constraints \(rate >= 1000\)/,
    );
  });

  it('fails naming the field when a draw is outside what the model accepts at run time', () => {
    const t = parseTemplate({
      ...good,
      derive: { durationMs: 'rate * 0' },
      draw: { rate: good.draw.rate },
    });
    expect(() => drawInstance(t, 1, prices)).toThrow(/field "model": durationMs must be/);
  });
});

describe('content:check', () => {
  it('verifies the templates and prints their count by topic', () => {
    const second = { ...good, id: 'tpl-test-cost', topic: 'cost' };
    const report = checkContent(contentDirWith(yamlOf([good, second])));
    expect(report.issues).toEqual([]);
    expect(report.templates).toEqual({
      total: 2,
      byTopic: [
        { topic: 'concurrency', count: 1 },
        { topic: 'cost', count: 1 },
      ],
      draws: 2 * TEMPLATE_DRAWS,
    });
    expect(formatReport(report)).toContain(
      `Question templates: 2 (concurrency 1, cost 1); ${2 * TEMPLATE_DRAWS} seeded draws verified`,
    );
  });

  it('flags a template id that is also an item id', () => {
    const dir = contentDirWith(yamlOf([good]));
    writeFileSync(
      join(dir, 'concurrency.yaml'),
      [
        'topic: concurrency',
        'items:',
        '  - id: tpl-test-rate',
        '    kind: flashcard',
        '    difficulty: 1',
        '    source: { section: "How Lambda Execution Works Internally" }',
        '    front: Concurrency?',
        '    back: Rate × duration.',
        '',
      ].join('\n'),
    );
    expect(checkContent(dir).issues.map(formatIssue)).toEqual([
      'content-tpl/templates.yaml: item "tpl-test-rate" field "id": also an item id',
    ]);
  });

  it('reports a template whose draws break', () => {
    const broken = {
      ...good,
      prompt: 'At {{params.rate|count}} req/s of {{params.durationMs}} ms?',
      draw: { rate: { min: 1.5, max: 9.5 }, durationMs: good.draw.durationMs },
    };
    const report = checkContent(contentDirWith(yamlOf([broken])));
    // `count` rounds 1.5 to 2: the prompt would not show the number the model used.
    expect(report.issues.map(formatIssue).join('\n')).toMatch(
      /templates.yaml: item "tpl-test-rate" field "prompt": seed \d+: \{\{params.rate\|count\}\} shows/,
    );
  });
});

describe('the expression language', () => {
  const vars = (o: Record<string, number>) => (k: string) => o[k];

  it('follows arithmetic precedence and knows a few functions', () => {
    expect(evaluate(parseExpr('1 + 2 * 3'), vars({}))).toBe(7);
    expect(evaluate(parseExpr('(1 + 2) * 3'), vars({}))).toBe(9);
    expect(evaluate(parseExpr('-a / 2 - -1'), vars({ a: 4 }))).toBe(-1);
    expect(evaluate(parseExpr('8 / 2 / 2'), vars({}))).toBe(2);
    expect(evaluate(parseExpr('1e6 * .5'), vars({}))).toBe(500_000);
    expect(
      evaluate(parseExpr('max(1, x, 3) + min(4, 2) + ceil(1.2) + sqrt(9)'), vars({ x: 7 })),
    ).toBe(7 + 2 + 2 + 3);
    expect(evaluate(parseExpr('lambda.total * 2'), vars({ 'lambda.total': 5 }))).toBe(10);
    expect([...variables(parseExpr('a * b.c + exp(d)'))]).toEqual(['a', 'b.c', 'd']);
  });

  it('parses one comparison for a constraint', () => {
    const c = parseCondition('rate * durationMs / 1000 <= 900');
    expect(holds(c, vars({ rate: 300, durationMs: 3000 }))).toBe(true);
    expect(holds(c, vars({ rate: 301, durationMs: 3000 }))).toBe(false);
    expect(holds(parseCondition('0.1 + 0.2 == 0.3'), vars({}))).toBe(true);
  });

  it('rejects anything else with a message, and never evaluates code', () => {
    expect(() => parseExpr('1 +')).toThrow(ExprError);
    expect(() => parseExpr('a b')).toThrow(/expected an operator or the end/);
    expect(() => parseExpr('process.exit(1)')).toThrow(/unknown function "process.exit"/);
    expect(() => parseExpr('a; b')).toThrow(/unexpected ";"/);
    expect(() => parseExpr('"x"')).toThrow(/unexpected/);
    expect(() => parseExpr('sqrt(1, 2)')).toThrow(/takes 1 argument/);
    expect(() => parseCondition('a < b < c')).toThrow(/expected an operator or the end/);
    expect(() => evaluate(parseExpr('a + 1'), vars({}))).toThrow(/"a" is not a number here/);
  });
});
