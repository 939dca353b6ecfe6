// Question templates (content/templates.yaml): numeric questions whose inputs are drawn fresh
// each time and whose answers a simulator model (or a tiny expression) computes. Checked with zod,
// then compiled: expressions parsed, names resolved, draw ranges checked against the model's own
// parameter table, so a template that loads can only draw values its model accepts.
import * as z from 'zod';
import { ModelParamError } from '../../sim/models/errors.js';
import { readParam } from '../../sim/params.js';
import { isModelName, type ModelName, modelParams } from '../../sim/registry.js';
import { ContentError, type ContentIssue } from '../content/issues.js';
import { kebabCase } from '../content/material.js';
import { parsePlaceholders } from '../content/placeholders.js';
import { asOfSchema, outputPathPattern, toleranceSchema } from '../content/schema.js';
import { zodIssues } from '../content/zod-issues.js';
import {
  type Condition,
  type Expr,
  ExprError,
  parseCondition,
  parseExpr,
  variables,
} from './expr.js';

const text = z.string().trim().min(1);
const paramName = /^[A-Za-z_]\w*$/;
const scalar = z.union([z.number(), z.string(), z.boolean()]);
type DrawValue = z.output<typeof scalar>;

const choiceSchema = z.union([scalar, z.strictObject({ value: scalar, label: text })]);

/** `{choices: [...]}` or `{min, max, step?, scale?}`; superRefine says which fields go together. */
const drawSpecSchema = z
  .strictObject({
    choices: z.array(choiceSchema).min(1).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    step: z.number().positive().optional(),
    scale: z.enum(['linear', 'log']).optional(),
  })
  .superRefine((d, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message, input: undefined });
    if (d.choices !== undefined) {
      for (const k of ['min', 'max', 'step', 'scale'] as const) {
        if (d[k] !== undefined) issue(k, 'not allowed with choices');
      }
      return;
    }
    if (d.min === undefined) issue('min', 'required (or give choices)');
    if (d.max === undefined) issue('max', 'required (or give choices)');
    if (d.min === undefined || d.max === undefined) return;
    if (d.max < d.min) issue('max', `must be at least min (${d.min})`);
    if (d.scale === 'log' && d.min <= 0) issue('min', 'must be above 0 on a log scale');
    if (d.step !== undefined && d.step > d.max - d.min && d.max > d.min) {
      issue('step', `must be at most max − min (${d.max - d.min})`);
    }
  });

const exprMap = z.record(z.string().regex(paramName, 'must be a name like offeredLoad'), text);

const templateSpecSchema = z.strictObject({
  id: z
    .string()
    .regex(kebabCase, 'an id must be kebab-case (a-z, 0-9, single hyphens)')
    .startsWith('tpl-', 'a template id starts with "tpl-"'),
  topic: z.string().regex(kebabCase, 'a topic must be kebab-case'),
  difficulty: z.literal([1, 2, 3]),
  source: z
    .strictObject({
      section: text.optional(),
      url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    })
    .refine((s) => s.section !== undefined || s.url !== undefined, 'needs a section or a url'),
  asOf: asOfSchema.optional(),
  tags: z.array(text).optional(),
  prompt: text,
  model: z
    .strictObject({
      name: z.string().refine(isModelName, 'not a model (see content/README.md)'),
      output: z
        .string()
        .regex(outputPathPattern, 'must be a dotted path like lambda.total')
        .optional(),
    })
    .optional(),
  draw: z
    .record(z.string().regex(paramName, 'must be a name like memoryMb'), drawSpecSchema)
    .refine((d) => Object.keys(d).length > 0, 'draw at least one parameter'),
  fixed: z.record(z.string().regex(paramName, 'must be a name like arch'), scalar).default({}),
  derive: exprMap.default({}),
  constraints: z.array(text).default([]),
  calc: exprMap.default({}),
  answer: text.optional(),
  unit: text,
  tolerance: toleranceSchema,
  solution: text,
  explanation: text,
});
type TemplateSpec = z.output<typeof templateSpecSchema>;
export type DrawSpec = TemplateSpec['draw'][string];

interface NamedExpr {
  name: string;
  source: string;
  expr: Expr;
}

/** A checked template, with its expressions parsed. */
export interface Template extends TemplateSpec {
  /** The file it came from, as shown in messages (`content/templates.yaml`). */
  file: string;
  compiled: {
    derive: readonly NamedExpr[];
    constraints: ReadonlyArray<{ source: string; condition: Condition }>;
    calc: readonly NamedExpr[];
    answer?: Expr;
  };
}

/** Names a template's text may use besides `params.<name>` and the model's outputs. */
export const scopeKeys = ['answer', 'calc', 'labels', 'prices'] as const;

export const templatesFileSchema = z.strictObject({ templates: z.array(z.unknown()) });

/** The model's parameter names (those a template passes to it). */
export function modelParamNames(name: ModelName): Set<string> {
  return new Set(modelParams[name].filter((s) => !s.cliOnly).map((s) => s.name));
}

type Choice = z.output<typeof choiceSchema>;

function choiceValue(c: Choice): DrawValue {
  return typeof c === 'object' ? c.value : c;
}

/** The label a choice is shown with (`{{labels.name}}`): its label, else its value. */
export function choiceLabel(c: Choice): string {
  return typeof c === 'object' ? c.label : String(c);
}

/** The values a choice draw may take. */
export function choiceValues(d: DrawSpec): DrawValue[] {
  return (d.choices ?? []).map(choiceValue);
}

/** Checks a draw range (or choices) against the model's parameter spec. */
function modelRangeIssues(model: ModelName, name: string, d: DrawSpec): string[] {
  const spec = modelParams[model].find((s) => s.name === name);
  if (!spec) return [];
  const out: string[] = [];
  if (d.choices) {
    for (const v of choiceValues(d)) {
      try {
        readParam(spec, v, name);
      } catch (err) {
        out.push(err instanceof ModelParamError ? err.message : String(err));
      }
    }
    return out;
  }
  if (spec.kind !== 'number') {
    const what = spec.kind === 'enum' ? `one of ${spec.choices.join(', ')}` : spec.kind;
    return [`${model} ${name} is ${what}: give choices`];
  }
  const { min = 0, max = 0, step } = d;
  if (spec.minExclusive ? min <= spec.min : min < spec.min) {
    out.push(`min ${min} is below what ${model} accepts for ${name} (${spec.min})`);
  }
  if (max > spec.max) {
    out.push(`max ${max} is above what ${model} accepts for ${name} (${spec.max})`);
  }
  if (spec.integer && (step === undefined || !Number.isInteger(step) || !Number.isInteger(min))) {
    out.push(`${model} needs a whole number for ${name}: give a whole min and step`);
  }
  return out;
}

/** `path` in a template's text: a param, a label, a calc, a price, the answer or a model output. */
function placeholderIssue(
  path: string,
  t: TemplateSpec,
  params: ReadonlySet<string>,
): string | undefined {
  const dot = path.indexOf('.');
  const head = dot === -1 ? path : path.slice(0, dot);
  const rest = dot === -1 ? '' : path.slice(dot + 1);
  if (head === 'params') {
    return params.has(rest) ? undefined : `{{${path}}}: "${rest}" is not a parameter`;
  }
  if (head === 'labels') {
    return Object.hasOwn(t.draw, rest) && t.draw[rest]?.choices
      ? undefined
      : `{{${path}}}: "${rest}" is not a drawn choice`;
  }
  if (head === 'calc') {
    return Object.hasOwn(t.calc, rest) ? undefined : `{{${path}}}: no calc "${rest}"`;
  }
  if (head === 'prices' || path === 'answer') return undefined;
  return t.model ? undefined : `{{${path}}}: there is no model to output it`;
}

/**
 * The checks zod cannot express: names, expressions and ranges against the model. Returns the
 * compiled expressions, or issues (with `field`) when something is wrong.
 */
function compileTemplate(
  t: TemplateSpec,
):
  | { ok: true; compiled: Template['compiled'] }
  | { ok: false; issues: Array<{ field: string; message: string }> } {
  const issues: Array<{ field: string; message: string }> = [];
  const issue = (field: string, message: string) => issues.push({ field, message });
  const model = t.model?.name as ModelName | undefined;
  const modelNames = model ? modelParamNames(model) : new Set<string>();

  if (t.model && t.model.output === undefined && t.answer === undefined) {
    issue('model.output', 'give model.output or an answer expression');
  }
  if (t.model?.output !== undefined && t.answer !== undefined) {
    issue('answer', 'give either model.output or answer, not both');
  }
  if (!t.model && t.answer === undefined) issue('answer', 'required without a model');

  // Parameter names: drawn, fixed and derived, each defined once.
  const params = new Set<string>();
  const define = (field: string, name: string) => {
    if (params.has(name)) issue(field, `"${name}" is already a parameter`);
    params.add(name);
  };
  for (const name of Object.keys(t.draw)) define(`draw.${name}`, name);
  for (const name of Object.keys(t.fixed)) define(`fixed.${name}`, name);

  if (model) {
    for (const [name, d] of Object.entries(t.draw)) {
      for (const m of modelRangeIssues(model, name, d)) issue(`draw.${name}`, m);
    }
    for (const [name, v] of Object.entries(t.fixed)) {
      if (!modelNames.has(name)) continue;
      for (const m of modelRangeIssues(model, name, { choices: [v] })) issue(`fixed.${name}`, m);
    }
  }

  const used = new Set<string>();
  const compileMap = (field: 'derive' | 'calc', known: (name: string) => boolean) => {
    const out: NamedExpr[] = [];
    for (const [name, source] of Object.entries(t[field])) {
      try {
        const expr = parseExpr(source);
        for (const v of variables(expr)) {
          used.add(v);
          if (!known(v)) issue(`${field}.${name}`, `"${v}" is not defined before it`);
        }
        out.push({ name, source, expr });
      } catch (err) {
        issue(`${field}.${name}`, err instanceof ExprError ? err.message : String(err));
      }
      if (field === 'derive') define(`derive.${name}`, name);
    }
    return out;
  };
  const derive = compileMap('derive', (v) => params.has(v));
  const constraints: Array<{ source: string; condition: Condition }> = [];
  t.constraints.forEach((source, i) => {
    try {
      const condition = parseCondition(source);
      for (const v of [...variables(condition.left), ...variables(condition.right)]) {
        used.add(v);
        if (!params.has(v)) issue(`constraints[${i}]`, `"${v}" is not a parameter`);
      }
      constraints.push({ source, condition });
    } catch (err) {
      issue(`constraints[${i}]`, err instanceof ExprError ? err.message : String(err));
    }
  });
  // After the model: params, earlier calcs, prices and (with a model) its outputs.
  const calcNames = new Set<string>();
  const afterModel = (v: string) =>
    params.has(v) || calcNames.has(v) || v.startsWith('prices.') || model !== undefined;
  const calc: NamedExpr[] = [];
  for (const c of compileMap('calc', afterModel)) {
    calc.push(c);
    calcNames.add(c.name);
  }
  let answer: Expr | undefined;
  if (t.answer !== undefined) {
    try {
      answer = parseExpr(t.answer);
      for (const v of variables(answer)) {
        used.add(v);
        if (!afterModel(v)) issue('answer', `"${v}" is not a parameter or a calc`);
      }
    } catch (err) {
      issue('answer', err instanceof ExprError ? err.message : String(err));
    }
  }

  for (const field of ['prompt', 'solution', 'explanation'] as const) {
    const parsed = parsePlaceholders(t[field]);
    if (!parsed.ok) {
      issue(field, parsed.error);
      continue;
    }
    for (const ph of parsed.placeholders) {
      const [head, ...rest] = ph.path.split('.');
      if (head === 'params' || head === 'labels') used.add(rest.join('.'));
      const m = placeholderIssue(ph.path, t, params);
      if (m) issue(field, m);
    }
  }
  if (t.unit.includes('{{') || t.unit.includes('}}')) issue('unit', '"{{" is not allowed here');

  // A parameter nothing reads is almost always a typo.
  for (const name of params) {
    if (!modelNames.has(name) && !used.has(name)) {
      const field = name in t.draw ? 'draw' : name in t.fixed ? 'fixed' : 'derive';
      issue(
        `${field}.${name}`,
        `"${name}" is not a ${model ?? 'model'} parameter and nothing else uses it`,
      );
    }
  }
  if (issues.length) return { ok: false, issues };
  return { ok: true, compiled: { derive, constraints, calc, ...(answer ? { answer } : {}) } };
}

/** Parses and compiles one raw template; issues name the file, the template id and the field. */
export function readTemplate(
  raw: unknown,
  file: string,
  index: number,
): { template?: Template; issues: ContentIssue[] } {
  const rawId =
    typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'string' && raw.id
      ? raw.id
      : undefined;
  const where = rawId !== undefined ? { file, id: rawId } : { file, index };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { issues: [{ ...where, message: 'a template must be a mapping of fields' }] };
  }
  const parsed = templateSpecSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return { issues: zodIssues(parsed.error, where) };
  const compiled = compileTemplate(parsed.data);
  if (!compiled.ok) {
    return { issues: compiled.issues.map((i) => ({ ...where, ...i })) };
  }
  return { template: { ...parsed.data, file, compiled: compiled.compiled }, issues: [] };
}

/** Parses one template or throws ContentError (tests, and templates built in code). */
export function parseTemplate(raw: unknown, file = 'templates.yaml'): Template {
  const r = readTemplate(raw, file, 0);
  if (!r.template) throw new ContentError(r.issues);
  return r.template;
}
