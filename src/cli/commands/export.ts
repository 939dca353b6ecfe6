// `faas-prep export [--format json|anki] [--output FILE]`: the whole validated bank.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compiledNotice } from '../../core/content/compiled.js';
import { bankToAnki } from '../../core/content/export-anki.js';
import { bankToJson } from '../../core/content/export-json.js';
import { loadBank } from '../../core/content/load.js';
import { loadPrices } from '../../core/content/prices.js';
import { UserError } from '../../core/errors.js';
import type { ParsedCommand } from '../commands.js';
import { contentSource } from '../content-source.js';
import { type Io, UsageError } from '../io.js';

const formats = ['json', 'anki'] as const;
type ExportFormat = (typeof formats)[number];

function formatOf(value: string | boolean | undefined): ExportFormat {
  if (value === undefined) return 'json';
  const f = String(value);
  if ((formats as readonly string[]).includes(f)) return f as ExportFormat;
  throw new UsageError(
    `--format must be json or anki, not '${f}'.`,
    "Example: 'faas-prep export --format anki --output faas-prep.txt'.",
  );
}

export async function run(cmd: ParsedCommand, io: Io): Promise<number> {
  if (cmd.positionals.length) {
    throw new UsageError(`export takes no arguments (got '${cmd.positionals.join(' ')}').`);
  }
  const format = formatOf(cmd.values.format);
  const output = cmd.values.output;
  if (output !== undefined && (typeof output !== 'string' || output === '')) {
    throw new UsageError('--output needs a file name.');
  }
  const source = contentSource(io.env);
  const { dir, compiled } = source;
  const notice = compiledNotice(source);
  if (notice) io.stderr.write(`faas-prep: ${notice}\n`);
  const bank = loadBank(dir, compiled);
  const ctx = { prices: loadPrices(dir) };
  const text = format === 'json' ? bankToJson(bank, ctx) : bankToAnki(bank, ctx);
  if (output === undefined) {
    io.stdout.write(text);
    return 0;
  }
  const path = resolve(io.cwd, output);
  try {
    writeFileSync(path, text);
  } catch (err) {
    throw new UserError(
      `cannot write ${output}: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  io.stderr.write(`Wrote ${bank.items.length} items (${format}) to ${output}\n`);
  return 0;
}
