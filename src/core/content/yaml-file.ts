// Reads one YAML file; syntax errors become content issues naming the file and line.
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import type { ContentIssue } from './issues.js';

type YamlRead = { ok: true; data: unknown } | { ok: false; issues: ContentIssue[] };

export function readYamlFile(path: string, display: string): YamlRead {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { ok: false, issues: [{ file: display, message: `cannot read: ${reason}` }] };
  }
  return parseYaml(source, display);
}

function parseYaml(source: string, display: string): YamlRead {
  const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length) {
    return {
      ok: false,
      issues: doc.errors.map((e) => {
        const pos = e.linePos?.[0];
        const firstLine = e.message.split('\n')[0] ?? e.message;
        const message = firstLine.replace(/ at line \d+, column \d+:?$/, '');
        return {
          file: display,
          ...(pos ? { line: pos.line, column: pos.col } : {}),
          message: `YAML syntax: ${message}`,
        };
      }),
    };
  }
  return { ok: true, data: doc.toJS({ maxAliasCount: 100 }) };
}
