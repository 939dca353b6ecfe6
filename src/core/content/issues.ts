// Content problems: each names the file, the item and the field, on one line.
import { UserError } from '../errors.js';

export interface ContentIssue {
  /** The file as shown to people: `content/cost.yaml`. */
  file: string;
  /** The item's id, when it has a usable one. */
  id?: string;
  /** The item's position in the file's `items` (0-based), when it has no usable id. */
  index?: number;
  /** Dotted path inside the item (or the file, when there is no item): `choices[2].why`. */
  field?: string;
  /** 1-based line and column, for YAML syntax errors. */
  line?: number;
  column?: number;
  message: string;
}

export function formatIssue(issue: ContentIssue): string {
  const where =
    issue.line === undefined
      ? issue.file
      : `${issue.file}:${issue.line}${issue.column === undefined ? '' : `:${issue.column}`}`;
  const parts: string[] = [];
  if (issue.id !== undefined) parts.push(`item "${issue.id}"`);
  else if (issue.index !== undefined) parts.push(`item #${issue.index + 1}`);
  if (issue.field) parts.push(`field "${issue.field}"`);
  return parts.length
    ? `${where}: ${parts.join(' ')}: ${issue.message}`
    : `${where}: ${issue.message}`;
}

/** Turns a path like ['choices', 2, 'why'] into `choices[2].why`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** Invalid content. The message is the first problem; `issues` holds them all. */
export class ContentError extends UserError {
  readonly issues: readonly ContentIssue[];
  constructor(issues: readonly ContentIssue[]) {
    const first = issues[0];
    const more = issues.length - 1;
    super(
      first ? formatIssue(first) : 'invalid content',
      more > 0 ? `(and ${more} more content error${more === 1 ? '' : 's'})` : undefined,
    );
    this.name = 'ContentError';
    this.issues = issues;
  }
}
