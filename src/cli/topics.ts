// The topic ids of content/material.yaml, read without the YAML parser so that checking a
// `--topic` flag keeps startup light. test/cli/topics.test.ts checks it agrees with the loader.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageContentDir } from '../core/paths.js';
import { contentSource } from './content-source.js';

/**
 * The keys of the top-level `topics:` mapping (block style, one `id: Name` a line), or undefined
 * when the file cannot be read (the screen then reports the content problem).
 */
export function topicIds(dir: string = packageContentDir()): string[] | undefined {
  let text: string;
  try {
    text = readFileSync(join(dir, 'material.yaml'), 'utf8');
  } catch {
    return undefined;
  }
  const ids: string[] = [];
  let inTopics = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^topics:\s*(#.*)?$/.test(line)) {
      inTopics = true;
      continue;
    }
    if (!inTopics || /^\s*(#.*)?$/.test(line)) continue;
    const entry = /^\s+["']?([a-z0-9-]+)["']?\s*:/.exec(line);
    if (!entry) break;
    ids.push(entry[1] ?? '');
  }
  return ids.length ? ids : undefined;
}

/** The topic ids of the bank this run uses ($FAAS_PREP_CONTENT, else the package's). */
export function topicsOf(env: NodeJS.ProcessEnv): string[] | undefined {
  return topicIds(contentSource(env).dir);
}
