// Loads content/templates.yaml (the item loader skips it): every template checked, with the
// topics and source sections checked against material.yaml like items are.
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { readCompiled } from '../content/compiled.js';
import { ContentError, type ContentIssue } from '../content/issues.js';
import { materialFile, readMaterial, sectionNames } from '../content/material.js';
import { readYamlFile } from '../content/yaml-file.js';
import { zodIssues } from '../content/zod-issues.js';
import { packageContentDir } from '../paths.js';
import { readTemplate, type Template, templatesFileSchema } from './schema.js';

export const templatesFile = 'templates.yaml';

interface TemplatesRead {
  /** Whether the directory has a templates.yaml at all. */
  present: boolean;
  /** The valid templates, in file order. */
  templates: Template[];
  issues: ContentIssue[];
  /** The file, as shown in messages (`content/templates.yaml`). */
  file: string;
}

/** Reads and checks every template, collecting every problem instead of stopping at the first. */
export function readTemplates(dir: string = packageContentDir()): TemplatesRead {
  const abs = resolve(dir);
  const file = `${basename(abs)}/${templatesFile}`;
  const path = join(abs, templatesFile);
  if (!existsSync(path)) return { present: false, templates: [], issues: [], file };
  const read = readYamlFile(path, file);
  if (!read.ok) return { present: true, templates: [], issues: read.issues, file };
  const parsed = templatesFileSchema.safeParse(read.data ?? {}, { reportInput: true });
  if (!parsed.success) {
    return { present: true, templates: [], issues: zodIssues(parsed.error, { file }), file };
  }
  const material = readMaterial(abs, `${basename(abs)}/${materialFile}`);
  if (!material.ok) return { present: true, templates: [], issues: material.issues, file };
  const m = material.material;
  const sections = new Set(sectionNames(m));

  const templates: Template[] = [];
  const issues: ContentIssue[] = [];
  const seen = new Set<string>();
  parsed.data.templates.forEach((raw, index) => {
    const r = readTemplate(raw, file, index);
    issues.push(...r.issues);
    const t = r.template;
    if (!t) return;
    const where = { file, id: t.id };
    const before = issues.length;
    if (seen.has(t.id))
      issues.push({ ...where, field: 'id', message: 'used by an earlier template' });
    seen.add(t.id);
    if (!Object.hasOwn(m.topics, t.topic)) {
      issues.push({
        ...where,
        field: 'topic',
        message: `"${t.topic}" is not a topic in material.yaml`,
      });
    }
    const section = t.source.section;
    if (section !== undefined && !sections.has(section)) {
      issues.push({
        ...where,
        field: 'source.section',
        message: `"${section}" is not a heading or FAQ question of the material (see material.yaml)`,
      });
    }
    if (issues.length === before) templates.push(t);
  });
  return { present: true, templates, issues, file };
}

const cache = new Map<string, readonly Template[]>();

/**
 * The templates of a content directory (the package's content/ by default), cached; from the
 * build's `compiled` bank when it matches the YAML. None when the directory has no templates.yaml. Throws ContentError naming the file, template and field.
 */
export function loadTemplates(
  dir: string = packageContentDir(),
  compiled?: string,
): readonly Template[] {
  const abs = resolve(dir);
  const hit = cache.get(abs) ?? readCompiled({ dir: abs, compiled }).templates;
  if (hit) {
    cache.set(abs, hit);
    return hit;
  }
  const read = readTemplates(abs);
  if (read.issues.length) throw new ContentError(read.issues);
  cache.set(abs, read.templates);
  return read.templates;
}

/** Forgets cached templates (tests, or after editing content in a long-running process). */
export function clearTemplateCache(): void {
  cache.clear();
}
