// Where an item is written: its YAML file and the line of its `id:`, so an editor opens on it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Bank } from './schema.js';

export interface ItemLocation {
  file: string;
  /** 1-based; 1 when the id line is not found (the file was reshaped by hand). */
  line: number;
}

/** The line of `id: <itemId>` in YAML text (quoted or not, as a list entry or a key). */
export function idLine(text: string, itemId: string): number {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*(?:-\s+)?id:\s*(['"]?)(.*?)\1\s*(?:#.*)?$/.exec(lines[i] ?? '');
    if (m && m[2] === itemId) return i + 1;
  }
  return 1;
}

/** The item's file (absolute) and line; undefined when the bank does not know its file. */
export function itemLocation(
  bank: Pick<Bank, 'dir' | 'fileOf'>,
  itemId: string,
): ItemLocation | undefined {
  const shown = bank.fileOf.get(itemId);
  if (!shown) return undefined;
  // fileOf names files as `<content folder name>/<file>`, relative to the folder's parent.
  const file = join(dirname(bank.dir), shown);
  try {
    return { file, line: idLine(readFileSync(file, 'utf8'), itemId) };
  } catch {
    return undefined;
  }
}
