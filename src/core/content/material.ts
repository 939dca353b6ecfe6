// content/material.yaml: the material's headings and FAQ questions (verbatim) and the topic ids.
import { join } from 'node:path';
import * as z from 'zod';
import type { ContentIssue } from './issues.js';
import { readYamlFile } from './yaml-file.js';
import { zodIssues } from './zod-issues.js';

export const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const heading = z.string().trim().min(1);

const materialSchema = z.strictObject({
  title: heading,
  file: heading,
  sections: z.array(heading).min(1),
  faq: z.array(heading),
  topics: z.record(z.string().regex(kebabCase, 'topic ids must be kebab-case'), heading),
});

export type Material = z.output<typeof materialSchema>;

export const materialFile = 'material.yaml';

/** Reads material.yaml; `display` is how the file is named in messages. */
export function readMaterial(
  dir: string,
  display: string,
): { ok: true; material: Material } | { ok: false; issues: ContentIssue[] } {
  const read = readYamlFile(join(dir, materialFile), display);
  if (!read.ok) return read;
  const parsed = materialSchema.safeParse(read.data, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error, { file: display }) };
  const m = parsed.data;
  const issues: ContentIssue[] = [];
  const seen = new Set<string>();
  for (const [i, s] of [...m.sections, ...m.faq].entries()) {
    if (seen.has(s)) {
      const field = i < m.sections.length ? `sections[${i}]` : `faq[${i - m.sections.length}]`;
      issues.push({ file: display, field, message: `"${s}" is listed twice` });
    }
    seen.add(s);
  }
  return issues.length ? { ok: false, issues } : { ok: true, material: m };
}

/** Every heading and FAQ question: the values `source.section` may take. */
export function sectionNames(m: Material): string[] {
  return [...m.sections, ...m.faq];
}
