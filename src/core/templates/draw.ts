// Drawing a question from a template: inputs drawn within their ranges (honouring the
// constraints), the answer computed by the model, the text rendered with the drawn numbers. The
// result is an ordinary numeric item, so the quiz, the grader and the mock take it as it is.

import type { PriceTable } from '../../sim/prices.js';
import { isModelName, runModel } from '../../sim/registry.js';
import { ContentError } from '../content/issues.js';
import { type RenderScope, renderText, valueAt } from '../content/model-link.js';
import type { NumericItem, ParamValue } from '../content/schema.js';
import { mulberry32, nextU32, shuffle } from '../prng.js';
import { evaluate, holds, type Lookup } from './expr.js';
import { choiceLabel, type DrawSpec, modelParamNames, scopeKeys, type Template } from './schema.js';

/** A drawn question: a numeric item with a literal answer, plus where it came from. */
export interface GeneratedQuestion extends NumericItem {
  /** `<template id>#<seed>`: names this exact instance (instanceFromId redraws it). */
  id: string;
  answer: number;
  templateId: string;
  /** The instance's seed: the same template and seed give the same question. */
  seed: number;
  /** Every input: drawn, fixed and derived. */
  params: Readonly<Record<string, ParamValue>>;
  /** The model that computed the answer (a simulator can be opened with `params`). */
  modelName?: string;
}

/** How many draws may fail the constraints before a template is declared broken. */
const MAX_DRAW_ATTEMPTS = 1000;

function fail(t: Template, field: string | undefined, message: string): never {
  throw new ContentError([{ file: t.file, id: t.id, ...(field ? { field } : {}), message }]);
}

/** Rounds float noise away (0.30000000000000004 → 0.3). */
function clean(x: number): number {
  return Number(x.toPrecision(12));
}

/** One value within a draw spec. Without a step, ranges round to 2 significant digits. */
function drawValue(d: DrawSpec, random: () => number): ParamValue {
  if (d.choices) {
    const c = d.choices[Math.floor(random() * d.choices.length)]!;
    return typeof c === 'object' ? c.value : c;
  }
  const min = d.min ?? 0;
  const max = d.max ?? min;
  const u = random();
  const x =
    d.scale === 'log'
      ? Math.exp(Math.log(min) + u * (Math.log(max) - Math.log(min)))
      : min + u * (max - min);
  if (d.step !== undefined) {
    const steps = Math.floor((max - min) / d.step + 1e-9);
    const k = Math.min(steps, Math.max(0, Math.round((x - min) / d.step)));
    return clean(min + k * d.step);
  }
  return Math.min(max, Math.max(min, Number(x.toPrecision(2))));
}

function numberIn(o: unknown, path: string): number | undefined {
  const v = valueAt(o, path);
  return typeof v === 'number' ? v : undefined;
}

function paramLookup(params: Record<string, ParamValue>): Lookup {
  return (name) => {
    const v = params[name];
    return typeof v === 'number' ? v : undefined;
  };
}

/** Draws until the constraints hold; returns the inputs (drawn, fixed, derived) and labels. */
function drawParams(
  t: Template,
  random: () => number,
): { params: Record<string, ParamValue>; labels: Record<string, string> } {
  for (let attempt = 0; attempt < MAX_DRAW_ATTEMPTS; attempt++) {
    const params: Record<string, ParamValue> = { ...t.fixed };
    const labels: Record<string, string> = {};
    for (const [name, d] of Object.entries(t.draw)) {
      const v = drawValue(d, random);
      params[name] = v;
      if (d.choices) {
        const chosen = d.choices.find((c) => (typeof c === 'object' ? c.value : c) === v);
        labels[name] = chosen === undefined ? String(v) : choiceLabel(chosen);
      }
    }
    const lookup = paramLookup(params);
    for (const { name, expr } of t.compiled.derive) params[name] = clean(evaluate(expr, lookup));
    if (t.compiled.constraints.every((c) => holds(c.condition, lookup))) return { params, labels };
  }
  const rules = t.compiled.constraints.map((c) => c.source).join('; ');
  return fail(t, 'constraints', `no draw in ${MAX_DRAW_ATTEMPTS} met the constraints (${rules})`);
}

/** The inputs the template's model takes (the rest are only for the text and expressions). */
function modelInput(t: Template, params: Record<string, ParamValue>): Record<string, ParamValue> {
  const name = t.model?.name;
  if (!name || !isModelName(name)) return {};
  const names = modelParamNames(name);
  return Object.fromEntries(Object.entries(params).filter(([k]) => names.has(k)));
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * Draws one question. `seed` (a 32-bit unsigned integer) fixes everything. Throws ContentError
 * (naming the template and field) when the template cannot produce a valid question.
 */
export function drawInstance(t: Template, seed: number, prices: PriceTable): GeneratedQuestion {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`a template seed is a whole number from 0 to 4294967295 (got ${seed})`);
  }
  const { params, labels } = drawParams(t, mulberry32(seed));

  let out: Record<string, unknown> = {};
  const name = t.model?.name;
  if (name !== undefined) {
    if (!isModelName(name)) fail(t, 'model.name', `unknown model "${name}"`);
    try {
      out = runModel(name, modelInput(t, params), prices);
    } catch (err) {
      fail(t, 'model', `${errorText(err)} (drawn: ${JSON.stringify(params)})`);
    }
  }

  const calc: Record<string, number> = {};
  const lookup: Lookup = (n) => {
    const inParams = params[n];
    if (typeof inParams === 'number') return inParams;
    if (Object.hasOwn(calc, n)) return calc[n];
    if (n.startsWith('prices.')) return numberIn(prices, n.slice('prices.'.length));
    return numberIn(out, n);
  };
  for (const c of t.compiled.calc) {
    try {
      calc[c.name] = evaluate(c.expr, lookup);
    } catch (err) {
      fail(t, `calc.${c.name}`, errorText(err));
    }
  }
  let answer: number | undefined;
  try {
    answer = t.compiled.answer
      ? evaluate(t.compiled.answer, lookup)
      : numberIn(out, t.model?.output ?? '');
  } catch (err) {
    fail(t, 'answer', errorText(err));
  }
  if (answer === undefined || !Number.isFinite(answer)) {
    const field = t.compiled.answer ? 'answer' : 'model.output';
    fail(t, field, `not a finite number (${String(answer)}) for ${JSON.stringify(params)}`);
  }

  for (const key of scopeKeys) {
    if (Object.hasOwn(out, key)) fail(t, 'model', `the model outputs "${key}", a reserved name`);
  }
  const scope: RenderScope = { params, result: { ...out, answer, calc, labels, prices } };
  const render = (field: 'prompt' | 'solution' | 'explanation'): string => {
    try {
      return renderText(t[field], scope);
    } catch (err) {
      return fail(t, field, errorText(err));
    }
  };

  return {
    // Reviews of a generated question are logged under the TEMPLATE id (reviewItemId below), not
    // this instance id: a template is one schedulable item whose numbers vary each time.
    id: `${t.id}#${seed}`,
    templateId: t.id,
    seed,
    kind: 'numeric',
    topic: t.topic,
    difficulty: t.difficulty,
    source: t.source,
    correctsMaterial: false,
    ...(t.asOf ? { asOf: t.asOf } : {}),
    ...(t.tags ? { tags: t.tags } : {}),
    prompt: render('prompt'),
    unit: t.unit,
    tolerance: t.tolerance,
    answer,
    solution: render('solution'),
    explanation: render('explanation'),
    params,
    ...(name !== undefined ? { modelName: name } : {}),
  };
}

/** Whether an item was drawn from a template. */
export function isGeneratedQuestion(item: { id: string }): item is GeneratedQuestion {
  return typeof (item as Partial<GeneratedQuestion>).templateId === 'string';
}

/**
 * The id a review of `item` is logged under (the `itemId` of the review event): the template id
 * for a generated question, so the memory model schedules the template, not one draw of it;
 * the item's own id otherwise.
 */
export function reviewItemId(item: { id: string }): string {
  return isGeneratedQuestion(item) ? item.templateId : item.id;
}

export interface GenerateOptions {
  /** Fixes the choice of templates and every draw. */
  seed: number;
  count: number;
  prices: PriceTable;
  /** Only templates of this topic (or these topics). */
  topic?: string | readonly string[];
}

/**
 * `count` questions, each from a different template while there are enough (then the templates
 * come round again, reshuffled), in an order and with draws fixed by the seed.
 */
export function generate(
  templates: readonly Template[],
  opts: GenerateOptions,
): GeneratedQuestion[] {
  const topics =
    opts.topic === undefined
      ? undefined
      : new Set(typeof opts.topic === 'string' ? [opts.topic] : opts.topic);
  const pool = templates.filter((t) => !topics || topics.has(t.topic));
  const random = mulberry32(opts.seed >>> 0);
  const out: GeneratedQuestion[] = [];
  let round: Template[] = [];
  while (out.length < opts.count && pool.length > 0) {
    if (round.length === 0) {
      round = shuffle(pool, random);
      // Never the same template twice in a row across rounds.
      if (round.length > 1 && round[0]?.id === out.at(-1)?.templateId) round.push(round.shift()!);
    }
    const t = round.shift()!;
    out.push(drawInstance(t, nextU32(random), opts.prices));
  }
  return out;
}

/** Redraws the question an id like `tpl-lambda-bill#1234` names; undefined for other ids. */
export function instanceFromId(
  templates: readonly Template[],
  id: string,
  prices: PriceTable,
): GeneratedQuestion | undefined {
  const m = /^(.+)#(\d+)$/.exec(id);
  if (!m) return undefined;
  const t = templates.find((x) => x.id === m[1]);
  const seed = Number(m[2]);
  if (!t || seed > 0xffffffff) return undefined;
  return drawInstance(t, seed, prices);
}
