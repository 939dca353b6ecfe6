// What `npm run content:check` verifies about templates: many seeded draws of each, every one
// within its ranges and constraints, computable, fully rendered, and showing the drawn numbers
// exactly (so the learner computes with the numbers the model used).
import type { PriceTable } from '../../sim/prices.js';
import { ContentError, type ContentIssue } from '../content/issues.js';
import { parsePlaceholders } from '../content/placeholders.js';
import { formatNumber } from '../format.js';
import { parseNumberInput } from '../grading/parse-number.js';
import { drawInstance, type GeneratedQuestion } from './draw.js';
import { holds, type Lookup } from './expr.js';
import { choiceValues, type DrawSpec, type Template } from './schema.js';

/** Whether `v` is a value the draw spec can produce. */
function withinDraw(d: DrawSpec, v: unknown): boolean {
  if (d.choices) return choiceValues(d).includes(v as never);
  if (typeof v !== 'number') return false;
  const min = d.min ?? 0;
  const max = d.max ?? min;
  if (v < min || v > max) return false;
  if (d.step === undefined) return true;
  const k = (v - min) / d.step;
  return Math.abs(k - Math.round(k)) < 1e-6;
}

/** Problems with one drawn question (empty when it is fine). */
export function instanceProblems(t: Template, q: GeneratedQuestion): string[] {
  const out: string[] = [];
  for (const [name, d] of Object.entries(t.draw)) {
    if (!withinDraw(d, q.params[name])) {
      out.push(`draw.${name}: ${JSON.stringify(q.params[name])} is outside the draw`);
    }
  }
  const lookup: Lookup = (n) => {
    const v = q.params[n];
    return typeof v === 'number' ? v : undefined;
  };
  for (const c of t.compiled.constraints) {
    if (!holds(c.condition, lookup)) out.push(`constraints: "${c.source}" does not hold`);
  }
  if (!Number.isFinite(q.answer)) out.push(`answer: ${q.answer} is not a finite number`);
  if ('relative' in q.tolerance && q.answer === 0) {
    out.push('answer: 0 cannot be graded with a relative tolerance');
  }
  for (const field of ['prompt', 'solution', 'explanation'] as const) {
    if (q[field].includes('{{') || q[field].includes('}}')) out.push(`${field}: "{{" left over`);
  }
  // A drawn number shown in the prompt must read back exactly as drawn.
  const parsed = parsePlaceholders(t.prompt);
  for (const ph of parsed.ok ? parsed.placeholders : []) {
    if (!ph.path.startsWith('params.')) continue;
    const name = ph.path.slice('params.'.length);
    const v = q.params[name];
    if (!(name in t.draw) || typeof v !== 'number') continue;
    const shown = formatNumber(v, ph.format);
    const back = parseNumberInput(shown);
    if (!back.ok || Math.abs(back.value - v) > 1e-9 * Math.max(1, Math.abs(v))) {
      out.push(`prompt: ${ph.raw} shows ${v} as "${shown}"`);
    }
  }
  return out;
}

interface TemplateCheck {
  issues: ContentIssue[];
  /** Templates by topic, in first-seen order. */
  byTopic: Array<{ topic: string; count: number }>;
  draws: number;
}

/**
 * Draws each template `draws` times with seeds 1..draws and reports the first problem of each
 * template (one broken template would otherwise repeat the same message `draws` times).
 */
export function checkTemplates(
  templates: readonly Template[],
  prices: PriceTable,
  draws = 50,
): TemplateCheck {
  const issues: ContentIssue[] = [];
  const counts = new Map<string, number>();
  let total = 0;
  for (const t of templates) {
    counts.set(t.topic, (counts.get(t.topic) ?? 0) + 1);
    for (let seed = 1; seed <= draws; seed++) {
      let problems: string[];
      try {
        problems = instanceProblems(t, drawInstance(t, seed, prices));
        total++;
      } catch (err) {
        if (!(err instanceof ContentError)) throw err;
        issues.push(...err.issues.map((i) => ({ ...i, message: `seed ${seed}: ${i.message}` })));
        break;
      }
      const first = problems[0];
      if (first !== undefined) {
        const cut = first.indexOf(': ');
        issues.push({
          file: t.file,
          id: t.id,
          field: first.slice(0, cut),
          message: `seed ${seed}: ${first.slice(cut + 2)}`,
        });
        break;
      }
    }
  }
  return {
    issues,
    byTopic: [...counts].map(([topic, count]) => ({ topic, count })),
    draws: total,
  };
}
