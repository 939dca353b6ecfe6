// Loads the simulators' data files: content/prices.yaml (the cost model's price table) and
// content/runtimes.yaml (cold-start init presets). Errors name the file and the field.
import { basename, join } from 'node:path';
import type * as z from 'zod';
import { type PriceTable, priceTableSchema } from '../../sim/prices.js';
import { type RuntimeTable, runtimeTableSchema } from '../../sim/runtimes.js';
import { packageContentDir } from '../paths.js';
import { ContentError } from './issues.js';
import { readYamlFile } from './yaml-file.js';
import { zodIssues } from './zod-issues.js';

function loadTable<T>(dir: string, file: string, schema: z.ZodType<T>): T {
  const display = `${basename(dir)}/${file}`;
  const read = readYamlFile(join(dir, file), display);
  if (!read.ok) throw new ContentError(read.issues);
  const parsed = schema.safeParse(read.data);
  if (!parsed.success) throw new ContentError(zodIssues(parsed.error, { file: display }));
  return parsed.data;
}

/** The price table from `dir`/prices.yaml (the package's content/ by default). Throws ContentError. */
export function loadPrices(dir: string = packageContentDir()): PriceTable {
  return loadTable(dir, 'prices.yaml', priceTableSchema);
}

/** The runtime presets from `dir`/runtimes.yaml. Throws ContentError. */
export function loadRuntimes(dir: string = packageContentDir()): RuntimeTable {
  return loadTable(dir, 'runtimes.yaml', runtimeTableSchema);
}
