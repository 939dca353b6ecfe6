// Turns zod's issues into short, one-line content issues.
import type * as z from 'zod';
import { type ContentIssue, formatPath } from './issues.js';

type Where = Pick<ContentIssue, 'file' | 'id' | 'index'>;

function describeInput(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a mapping';
  if (typeof input === 'string')
    return `"${input.length > 40 ? `${input.slice(0, 37)}...` : input}"`;
  return String(input);
}

function orList(xs: string[]): string {
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} or ${xs.at(-1)}`;
}

function messageOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'required';
      return `expected ${issue.expected === 'int' ? 'a whole number' : issue.expected}, got ${describeInput(issue.input)}`;
    case 'invalid_union':
      if (issue.inclusive !== false && issue.discriminator && issue.options?.length) {
        return `must be one of: ${issue.options.map(String).join(', ')}`;
      }
      return issue.message;
    case 'invalid_value':
      return `must be ${orList(issue.values.map((v) => JSON.stringify(v)))}`;
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty';
      if (issue.origin === 'array') {
        return `needs at least ${String(issue.minimum)} ${issue.minimum === 1 ? 'entry' : 'entries'}`;
      }
      return `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array') return `allows at most ${String(issue.maximum)} entries`;
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}

export function zodIssues(
  error: z.ZodError,
  where: Where,
  prefix: PropertyKey[] = [],
): ContentIssue[] {
  const out: ContentIssue[] = [];
  for (const issue of error.issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({ ...where, field: formatPath([...path, key]), message: 'unknown field' });
      }
      continue;
    }
    out.push({ ...where, field: formatPath(path) || undefined, message: messageOf(issue) });
  }
  return out;
}
