// Build-time half of the compiled bank (see compiled.ts): validates content/ and produces the
// JSON the build writes beside the bundle. Kept apart so a start never loads the YAML parser.
import { basename, resolve } from 'node:path';
import { readTemplates } from '../templates/load.js';
import { COMPILED_FORMAT, type CompiledBank, contentHash } from './compiled.js';
import type { ContentIssue } from './issues.js';
import { readBank } from './load.js';

/** Validates `dir` and compiles it; every problem instead when it has any (nothing is compiled). */
export function compileBank(
  dir: string,
): { ok: true; compiled: CompiledBank } | { ok: false; issues: ContentIssue[] } {
  const abs = resolve(dir);
  const read = readBank(abs);
  const tpl = readTemplates(abs);
  const issues = [...read.issues, ...tpl.issues];
  if (issues.length || !read.bank) return { ok: false, issues };
  const { material, items, fileOf } = read.bank;
  const prefix = `${basename(abs)}/`;
  return {
    ok: true,
    compiled: {
      format: COMPILED_FORMAT,
      contentHash: contentHash(abs),
      material,
      items,
      fileOf: Object.fromEntries([...fileOf].map(([id, f]) => [id, f.slice(prefix.length)])),
      templates: tpl.templates,
    },
  };
}
