// Numbers the simulator models compute: model-linked numeric answers, their `{{path|format}}`
// text, and the `checks` any item may carry. Content and simulators share one source of truth.
import type { PriceTable } from '../../sim/prices.js';
import { isModelName, runModel } from '../../sim/registry.js';
import { formatNumber } from '../format.js';
import { ContentError, type ContentIssue } from './issues.js';
import { parsePlaceholders } from './placeholders.js';
import {
  type Bank,
  type Item,
  isModelNumeric,
  type ModelNumericItem,
  type NumericItem,
  type ParamValue,
} from './schema.js';
import { describeTolerance, withinTolerance } from './tolerance.js';

type ModelOutput = Record<string, unknown>;
export type ModelRunner = (
  name: string,
  params: Record<string, ParamValue>,
  prices: PriceTable,
) => ModelOutput;

/** What computing needs: the price table, and (for tests) another model runner. */
export interface ModelContext {
  prices: PriceTable;
  run?: ModelRunner;
}

const registryRunner: ModelRunner = (name, params, prices) => {
  if (!isModelName(name)) throw new Error(`unknown model "${name}"`);
  return runModel(name, params, prices);
};

const resultCache = new WeakMap<PriceTable, Map<string, ModelOutput>>();

function cacheKey(name: string, params: Record<string, ParamValue>): string {
  const sorted = Object.keys(params)
    .sort()
    .map((k) => [k, params[k]]);
  return `${name}\u0000${JSON.stringify(sorted)}`;
}

/** Runs a model (results are cached per price table); throws the model's error. */
function computeModel(
  name: string,
  params: Record<string, ParamValue>,
  ctx: ModelContext,
): ModelOutput {
  if (ctx.run) return ctx.run(name, params, ctx.prices);
  let cache = resultCache.get(ctx.prices);
  if (!cache) {
    cache = new Map();
    resultCache.set(ctx.prices, cache);
  }
  const key = cacheKey(name, params);
  const hit = cache.get(key);
  if (hit) return hit;
  const out = registryRunner(name, params, ctx.prices);
  cache.set(key, out);
  return out;
}

/** The value at a dotted path (`lambda.total`), or undefined. */
export function valueAt(root: unknown, path: string): unknown {
  let cur: unknown = root;
  for (const key of path.split('.')) {
    if (typeof cur !== 'object' || cur === null || !Object.hasOwn(cur, key)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** A number at `path` of a model's output, or a message saying why there is none. */
function numberAt(out: ModelOutput, path: string, model: string): number | string {
  const v = valueAt(out, path);
  if (v === undefined) {
    const known = Object.keys(out).join(', ');
    return `model ${model} has no output "${path}" (it has: ${known})`;
  }
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    return `model ${model} output "${path}" is not a finite number (${JSON.stringify(v)})`;
  }
  return v;
}

class PlaceholderError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'PlaceholderError';
  }
}

export interface RenderScope {
  params: Record<string, unknown>;
  result: Record<string, unknown>;
}

/** Replaces each `{{path|format}}` with the input (`params.<name>`) or output at that path. */
export function renderText(text: string, scope: RenderScope): string {
  const parsed = parsePlaceholders(text);
  if (!parsed.ok) throw new PlaceholderError('', parsed.error);
  let out = '';
  let pos = 0;
  for (const ph of parsed.placeholders) {
    const value = ph.path.startsWith('params.')
      ? valueAt(scope.params, ph.path.slice('params.'.length))
      : valueAt(scope.result, ph.path);
    let shown: string;
    if (typeof value === 'number') shown = formatNumber(value, ph.format);
    else if ((typeof value === 'string' || typeof value === 'boolean') && !ph.explicitFormat) {
      shown = String(value);
    } else if (value === undefined) {
      const what = ph.path.startsWith('params.')
        ? `model.params has no "${ph.path.slice('params.'.length)}"`
        : `the model has no output "${ph.path}"`;
      throw new PlaceholderError(ph.path, `placeholder ${ph.raw}: ${what}`);
    } else {
      throw new PlaceholderError(
        ph.path,
        `placeholder ${ph.raw}: ${JSON.stringify(value)} is not a number`,
      );
    }
    out += text.slice(pos, ph.start) + shown;
    pos = ph.end;
  }
  return out + text.slice(pos);
}

function issueFor(
  bank: Bank | undefined,
  item: Item,
  field: string,
  message: string,
): ContentIssue {
  return { file: bank?.fileOf.get(item.id) ?? 'content', id: item.id, field, message };
}

/** The numeric answer: the literal, or the model's output at `model.output`. Throws ContentError. */
export function answerOf(item: NumericItem, ctx: ModelContext, bank?: Bank): number {
  if (!item.model) {
    if (item.answer === undefined) {
      throw new ContentError([issueFor(bank, item, 'answer', 'required without a model')]);
    }
    return item.answer;
  }
  const { name, params, output } = item.model;
  let out: ModelOutput;
  try {
    out = computeModel(name, params, ctx);
  } catch (err) {
    throw new ContentError([issueFor(bank, item, 'model', errorText(err))]);
  }
  const v = numberAt(out, output, name);
  if (typeof v === 'string') throw new ContentError([issueFor(bank, item, 'model.output', v)]);
  return v;
}

/** A model-linked numeric item with its answer computed and its text rendered. */
type LinkedNumericItem = ModelNumericItem & { answer: number };

const renderedFields = ['prompt', 'solution', 'explanation'] as const;

/** Computes the answer and renders the text of a model-linked numeric item. Throws ContentError. */
export function linkNumeric(
  item: ModelNumericItem,
  ctx: ModelContext,
  bank?: Bank,
): LinkedNumericItem {
  const answer = answerOf(item, ctx, bank);
  const scope: RenderScope = {
    params: item.model.params,
    result: computeModel(item.model.name, item.model.params, ctx),
  };
  const issues: ContentIssue[] = [];
  const rendered: Partial<Record<(typeof renderedFields)[number], string>> = {};
  for (const field of renderedFields) {
    try {
      rendered[field] = renderText(item[field], scope);
    } catch (err) {
      issues.push(issueFor(bank, item, field, errorText(err)));
    }
  }
  if (issues.length) throw new ContentError(issues);
  return { ...item, ...rendered, answer };
}

/** An item ready to show: model-linked numerics linked, everything else as it is. */
export function resolveItem(item: Item, ctx: ModelContext, bank?: Bank): Item {
  return isModelNumeric(item) ? linkNumeric(item, ctx, bank) : item;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Every `checks` entry that does not hold (or cannot be computed), as content issues. */
export function verifyChecks(bank: Bank, prices: PriceTable, run?: ModelRunner): ContentIssue[] {
  const ctx: ModelContext = run ? { prices, run } : { prices };
  const failures: ContentIssue[] = [];
  for (const item of bank.items) {
    item.checks?.forEach((check, i) => {
      const fail = (field: string, message: string) =>
        failures.push(issueFor(bank, item, `checks[${i}]${field}`, message));
      let out: ModelOutput;
      try {
        out = computeModel(check.model, check.params, ctx);
      } catch (err) {
        fail('', errorText(err));
        return;
      }
      const v = numberAt(out, check.output, check.model);
      if (typeof v === 'string') fail('.output', v);
      else if (!withinTolerance(v, check.value, check.tolerance)) {
        fail(
          '.value',
          `${check.model} ${check.output} computes ${Number(v.toPrecision(6))}, not ${check.value} ${describeTolerance(check.tolerance)}`,
        );
      }
    });
  }
  return failures;
}

/** Model-linked numeric items whose answer or text cannot be computed, as content issues. */
export function verifyModelAnswers(
  bank: Bank,
  prices: PriceTable,
  run?: ModelRunner,
): ContentIssue[] {
  const ctx: ModelContext = run ? { prices, run } : { prices };
  const issues: ContentIssue[] = [];
  for (const item of bank.items) {
    if (!isModelNumeric(item)) continue;
    try {
      linkNumeric(item, ctx, bank);
    } catch (err) {
      if (err instanceof ContentError) issues.push(...err.issues);
      else issues.push(issueFor(bank, item, 'model', errorText(err)));
    }
  }
  return issues;
}
