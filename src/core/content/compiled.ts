// The question bank compiled at build time: the validated items, material and templates of
// content/ as one JSON file beside the bundle, so a start reads one file instead of parsing and
// validating every YAML file (about a quarter of a second). YAML stays the source a person
// edits: the compiled file names the hash of the YAML it came from, and a content directory
// whose YAML hashes differently is read from the YAML instead. A missing, damaged or stale
// compiled file is never an error, only slower.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { writeCacheFile } from '../cache-file.js';
import { nowNs, stampOf } from '../file-stamp.js';
import type { Template } from '../templates/schema.js';
import type { Bank, Item } from './schema.js';

/** Bump when the shape of the compiled file (or of Item/Template) changes incompatibly. */
export const COMPILED_FORMAT = 1;

export interface CompiledBank {
  format: number;
  /** contentHash() of the directory this was compiled from. */
  contentHash: string;
  material: Bank['material'];
  items: readonly Item[];
  /** Item id → the file it came from (bare file name; the directory's name is added on load). */
  fileOf: Record<string, string>;
  templates: Template[];
}

/** Where a bank comes from: the YAML directory, and the compiled file to try first. */
export interface ContentSource {
  dir: string;
  compiled?: string;
  /**
   * A cache file remembering the YAML files' stamps (src/core/file-stamp.ts) when they last
   * hashed to the compiled file's hash: a start that finds them unchanged reads and hashes
   * none of them (and loads no crypto module), 3-4 ms.
   */
  checked?: string;
}

/**
 * contentHash(dir), taken from `checked` when no YAML file was written since it was saved
 * there (`at`: the real clock in nanoseconds, which file times are compared with).
 */
export function checkedContentHash(
  dir: string,
  checked: string | undefined,
  at: bigint = nowNs(),
): string {
  const known = hashes.get(dir);
  if (known || !checked) return known ?? contentHash(dir);
  const names = yamlNames(dir);
  const stamps = names.map((name) => stampOf(join(dir, name), at));
  // Every file's stamp or none: a file written a moment ago has none yet.
  const key = stamps.every((s) => s !== undefined) ? JSON.stringify([dir, names, stamps]) : '';
  if (key) {
    try {
      const saved = JSON.parse(readFileSync(checked, 'utf8')) as { key?: unknown; hash?: unknown };
      if (saved.key === key && typeof saved.hash === 'string') {
        hashes.set(dir, saved.hash);
        return saved.hash;
      }
    } catch {
      // none yet, or damaged: hash the files
    }
  }
  const hash = contentHash(dir);
  if (key) writeCacheFile(checked, JSON.stringify({ key, hash }));
  return hash;
}

/** Every `*.yaml`/`*.yml` file of the directory (not below it, no dotfiles), sorted. */
function yamlNames(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name) && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort();
}

const hashes = new Map<string, string>();

/**
 * A hash of every YAML file's name and bytes: any edit, added or removed file changes it.
 * Memoized per directory for the life of the process (clearCompiledCache forgets).
 */
export function contentHash(dir: string): string {
  const abs = resolve(dir);
  const known = hashes.get(abs);
  if (known) return known;
  const hash = createHash('sha256');
  for (const name of yamlNames(abs)) {
    const bytes = readFileSync(join(abs, name));
    hash.update(`${name}\0${bytes.length}\0`).update(bytes);
  }
  const digest = hash.digest('hex');
  hashes.set(abs, digest);
  return digest;
}

type CompiledState = 'used' | 'missing' | 'stale' | 'damaged';

interface Loaded {
  state: CompiledState;
  bank?: Bank;
  templates?: Template[];
}

const loaded = new Map<string, Loaded>();

function isCompiled(v: unknown): v is CompiledBank {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Record<string, unknown>;
  return (
    c.format === COMPILED_FORMAT &&
    typeof c.contentHash === 'string' &&
    typeof c.material === 'object' &&
    c.material !== null &&
    Array.isArray(c.items) &&
    typeof c.fileOf === 'object' &&
    c.fileOf !== null &&
    Array.isArray(c.templates)
  );
}

/**
 * The compiled bank of `source`, when its file exists, parses, has this format and was compiled
 * from exactly the YAML now in `source.dir`. Memoized per (file, dir).
 */
export function readCompiled(source: ContentSource): Loaded {
  if (!source.compiled) return { state: 'missing' };
  const dir = resolve(source.dir);
  const key = `${resolve(source.compiled)}\0${dir}`;
  const hit = loaded.get(key);
  if (hit) return hit;
  const result = readCompiledFile(source.compiled, dir, source.checked);
  loaded.set(key, result);
  return result;
}

function readCompiledFile(file: string, dir: string, checked?: string): Loaded {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { state: 'missing' };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { state: 'damaged' };
  }
  if (!isCompiled(data)) return { state: 'damaged' };
  let hash: string;
  try {
    hash = checkedContentHash(dir, checked);
  } catch {
    return { state: 'stale' };
  }
  if (data.contentHash !== hash) return { state: 'stale' };
  const shown = `${basename(dir)}/`;
  const byId = new Map<string, Item>();
  const fileOf = new Map<string, string>();
  for (const item of data.items) {
    byId.set(item.id, item);
    fileOf.set(item.id, shown + (data.fileOf[item.id] ?? ''));
  }
  return {
    state: 'used',
    bank: { dir, material: data.material, items: data.items, byId, fileOf },
    templates: data.templates,
  };
}

/** One line for the user when the compiled bank exists but the YAML changed since; else undefined. */
export function compiledNotice(source: ContentSource): string | undefined {
  const { state } = readCompiled(source);
  if (state !== 'stale' && state !== 'damaged') return undefined;
  const why = state === 'stale' ? 'changed since the last build' : 'has a damaged compiled copy';
  return `${basename(resolve(source.dir))}/ ${why}: reading the YAML files (npm run build makes starts fast again).`;
}

/** Forgets memoized hashes and compiled banks (tests; after editing content in a running process). */
export function clearCompiledCache(): void {
  hashes.clear();
  loaded.clear();
}
