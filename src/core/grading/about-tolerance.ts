// The "About…" rule: a numeric question that asks for an approximate answer ("About how many…",
// "roughly how long…") must accept one: a tolerance of at least 10%. A tighter tolerance would
// mark a sound estimate wrong for rounding the way the question invited. content:check reports
// items and templates that break it (see content/README.md, "How answers are graded").
import type { ContentIssue } from '../content/issues.js';
import type { Bank, Tolerance } from '../content/schema.js';

/** The least tolerance an "About…" question may have, relative to its answer. */
const ABOUT_MIN_TOLERANCE = 0.1;

const asksAbout = /\b(about|roughly|approximately)\s+(how|what)\b/i;

/** Whether a prompt asks for an approximate value. */
export function asksForEstimate(prompt: string): boolean {
  return asksAbout.test(prompt);
}

/** The tolerance relative to the answer; undefined when it cannot be known (absolute, no answer). */
function relativeOf(tolerance: Tolerance, answer: number | undefined): number | undefined {
  if ('relative' in tolerance) return tolerance.relative;
  if (answer === undefined || answer === 0) return undefined;
  return tolerance.absolute / Math.abs(answer);
}

interface ToleranceSubject {
  file: string;
  id: string;
  prompt: string;
  tolerance: Tolerance;
  /** The literal answer, when there is one (an absolute tolerance is judged against it). */
  answer?: number;
}

export function aboutToleranceIssues(subjects: Iterable<ToleranceSubject>): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const s of subjects) {
    if (!asksForEstimate(s.prompt)) continue;
    const rel = relativeOf(s.tolerance, s.answer);
    if (rel === undefined || rel >= ABOUT_MIN_TOLERANCE - 1e-12) continue;
    issues.push({
      file: s.file,
      id: s.id,
      field: 'tolerance',
      message: `asks "about" but allows ${Number((rel * 100).toPrecision(2))}%: an "About…" question needs at least ${ABOUT_MIN_TOLERANCE * 100}%`,
    });
  }
  return issues;
}

/** The bank's numeric items and the templates, as the rule reads them. */
export function toleranceSubjects(
  bank: Bank,
  templates: ReadonlyArray<{ id: string; prompt: string; tolerance: Tolerance }>,
  templatesFile: string,
): ToleranceSubject[] {
  const out: ToleranceSubject[] = [];
  for (const item of bank.items) {
    if (item.kind !== 'numeric') continue;
    const file = bank.fileOf.get(item.id) ?? '';
    out.push({
      file,
      id: item.id,
      prompt: item.prompt,
      tolerance: item.tolerance,
      answer: item.answer,
    });
  }
  for (const t of templates) {
    out.push({ file: templatesFile, id: t.id, prompt: t.prompt, tolerance: t.tolerance });
  }
  return out;
}
