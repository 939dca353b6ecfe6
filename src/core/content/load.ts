// Loads and validates the item files of a content directory into a Bank.
import { readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { packageContentDir } from '../paths.js';
import { clearCompiledCache, readCompiled } from './compiled.js';
import { ContentError, type ContentIssue } from './issues.js';
import { linkIssues } from './links.js';
import { type Material, materialFile, readMaterial } from './material.js';
import { type Bank, type Item, itemFileSchema, itemSchema, materialIssues } from './schema.js';
import { readYamlFile } from './yaml-file.js';
import { zodIssues } from './zod-issues.js';

/**
 * YAML files that are not item files; each has its own loader (templates.yaml is reserved for
 * answer templates).
 */
const specialFiles: ReadonlySet<string> = new Set([
  materialFile,
  'prices.yaml',
  'runtimes.yaml',
  'templates.yaml',
]);

/** Item files: every `*.yaml` / `*.yml` in the directory (not below it) except the special ones and dotfiles. */
export function isItemFile(name: string): boolean {
  return /\.ya?ml$/.test(name) && !name.startsWith('.') && !specialFiles.has(name);
}

interface BankRead {
  /** The valid items (undefined when material.yaml itself is unusable). */
  bank?: Bank;
  /** Every problem found, in file order. */
  issues: ContentIssue[];
  /** The item files read, as shown in messages. */
  files: string[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readItemFile(
  path: string,
  display: string,
  material: Material,
): { items: Item[]; issues: ContentIssue[] } {
  const read = readYamlFile(path, display);
  if (!read.ok) return { items: [], issues: read.issues };
  const file = itemFileSchema.safeParse(read.data ?? {}, { reportInput: true });
  if (!file.success) return { items: [], issues: zodIssues(file.error, { file: display }) };
  const items: Item[] = [];
  const issues: ContentIssue[] = [];
  if (!Object.hasOwn(material.topics, file.data.topic)) {
    issues.push({
      file: display,
      field: 'topic',
      message: `"${file.data.topic}" is not a topic in material.yaml`,
    });
  }
  file.data.items.forEach((raw, index) => {
    const where =
      isRecord(raw) && typeof raw.id === 'string' && raw.id
        ? { file: display, id: raw.id }
        : { file: display, index };
    if (!isRecord(raw)) {
      issues.push({ ...where, message: 'an item must be a mapping of fields' });
      return;
    }
    const withTopic = raw.topic === undefined ? { ...raw, topic: file.data.topic } : raw;
    const parsed = itemSchema.safeParse(withTopic, { reportInput: true });
    if (!parsed.success) {
      issues.push(...zodIssues(parsed.error, where));
      return;
    }
    const crossIssues = materialIssues(parsed.data, material);
    if (crossIssues.length) {
      issues.push(...crossIssues.map((c) => ({ ...where, ...c })));
      return;
    }
    items.push(parsed.data);
  });
  return { items, issues };
}

/** Reads and validates everything, collecting every problem instead of stopping at the first. */
export function readBank(dir: string = packageContentDir()): BankRead {
  const abs = resolve(dir);
  const shown = (name: string) => `${basename(abs)}/${name}`;
  let names: string[];
  try {
    names = readdirSync(abs, { withFileTypes: true })
      .filter((e) => e.isFile() && isItemFile(e.name))
      .map((e) => e.name)
      .sort();
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return {
      issues: [{ file: abs, message: `cannot read the content directory: ${reason}` }],
      files: [],
    };
  }
  const files = names.map(shown);
  const material = readMaterial(abs, shown(materialFile));
  if (!material.ok) return { issues: material.issues, files };

  const issues: ContentIssue[] = [];
  const items: Item[] = [];
  const byId = new Map<string, Item>();
  const fileOf = new Map<string, string>();
  for (const name of names) {
    const display = shown(name);
    const read = readItemFile(join(abs, name), display, material.material);
    issues.push(...read.issues);
    for (const item of read.items) {
      const first = fileOf.get(item.id);
      if (first !== undefined) {
        const where = first === display ? 'earlier in this file' : `in ${first}`;
        issues.push({
          file: display,
          id: item.id,
          field: 'id',
          message: `duplicate: also used ${where}`,
        });
        continue;
      }
      items.push(item);
      byId.set(item.id, item);
      fileOf.set(item.id, display);
    }
  }
  // Cross-references: each rubric or key point link must name a studied/quizzed item.
  issues.push(...linkIssues({ items, byId, fileOf }));
  return { bank: { dir: abs, material: material.material, items, byId, fileOf }, issues, files };
}

const cache = new Map<string, Bank>();

/**
 * The validated bank of `dir` (cached per directory); throws ContentError listing every problem.
 * `compiled` is the build's compiled bank: used when it was compiled from exactly this YAML.
 */
export function loadBank(dir: string = packageContentDir(), compiled?: string): Bank {
  const abs = resolve(dir);
  const cached = cache.get(abs);
  if (cached) return cached;
  const fast = readCompiled({ dir: abs, compiled }).bank;
  if (fast) {
    cache.set(abs, fast);
    return fast;
  }
  const read = readBank(abs);
  if (read.issues.length || !read.bank) throw new ContentError(read.issues);
  cache.set(abs, read.bank);
  return read.bank;
}

/** Forgets cached banks (tests, or after editing content in a long-running process). */
export function clearBankCache(): void {
  cache.clear();
  clearCompiledCache();
}
