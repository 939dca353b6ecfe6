import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { UserError } from '../../core/errors.js';
import { loadStudyBank } from '../../core/memory/study-bank.js';
import { quote } from '../../core/quote.js';
import { FILE_MODE, failureReason } from '../../core/store/fs.js';
import { unknownItemIds } from '../../core/store/import-check.js';
import { dataDir } from '../../core/store/location.js';
import { openStore } from '../../core/store/open.js';
import { formatBytes, TooLargeError } from '../../core/store/read-bounded.js';
import {
  exportProgress,
  IMPORT_LIMIT_BYTES,
  importProgress,
  type ProgressExport,
  readExportFile,
  resetProgress,
} from '../../core/store/transfer.js';
import type { ParsedCommand } from '../commands.js';
import { contentSource } from '../content-source.js';
import { type Io, UsageError } from '../io.js';
import { printNotices } from './notices.js';

const ACTIONS = 'export FILE, import FILE, reset or path';

export async function run(cmd: ParsedCommand, io: Io): Promise<number> {
  const [action, file, ...extra] = cmd.positionals;
  if (extra.length > 0) throw new UsageError(`progress: unexpected '${extra[0]}'.`);
  const store = (readOnly = false) => {
    const opened = openStore(io.env, io.now, { readOnly });
    printNotices(opened, io);
    return opened;
  };
  switch (action) {
    case 'path': {
      io.stdout.write(`${dataDir(io.env)}\n`);
      return 0;
    }
    case 'export': {
      if (!file)
        throw new UsageError(
          'progress export needs a FILE to write.',
          "Try 'faas-prep progress export backup.json'.",
        );
      // Reading only: works on a read-only store, takes no lock, creates nothing there.
      const data = exportProgress(store(true), io.now());
      const target = resolve(io.cwd, file);
      try {
        writeFileSync(target, `${JSON.stringify(data, null, 2)}\n`, { mode: FILE_MODE });
      } catch (error) {
        throw new UserError(`cannot write ${target}: ${failureReason(error)}.`);
      }
      io.stdout.write(`Exported ${data.events.length} events and your settings to ${target}\n`);
      return 0;
    }
    case 'import': {
      if (!file) throw new UsageError('progress import needs a FILE to read.');
      return importFile(resolve(io.cwd, file), io, store);
    }
    case 'reset': {
      const target = store();
      if (!cmd.values.yes) {
        if (!io.stdinIsTTY) {
          throw new UsageError(
            'progress reset asks for confirmation; without a terminal pass --yes.',
          );
        }
        const rl = createInterface({ input: process.stdin, output: process.stderr });
        const answer = await rl.question(
          `Erase all progress in ${target.dir}? A backup copy is kept. Type "reset" to confirm: `,
        );
        rl.close();
        if (answer.trim() !== 'reset') {
          io.stdout.write('Nothing was changed.\n');
          return 1;
        }
      }
      let backup: string | undefined;
      try {
        backup = resetProgress(target, io.now());
      } catch (error) {
        const why = (error as NodeJS.ErrnoException).code
          ? failureReason(error)
          : (error as Error).message;
        throw new UserError(`cannot reset: ${why}.`);
      }
      io.stdout.write(`Progress reset.${backup ? ` A backup is kept in ${backup}` : ''}\n`);
      return 0;
    }
    case undefined:
      throw new UsageError(
        `progress needs an action: ${ACTIONS}.`,
        "Run 'faas-prep progress --help'.",
      );
    default:
      throw new UsageError(`progress: unknown action '${action}' (expected ${ACTIONS}).`);
  }
}

/** Validates the whole file first; only then backs up and swaps the store's files in at once. */
function importFile(source: string, io: Io, store: () => ReturnType<typeof openStore>): number {
  if (!existsSync(source)) throw new UserError(`cannot import ${source}: no such file.`);
  let data: ProgressExport;
  try {
    data = readExportFile(source, io.now());
  } catch (error) {
    const why =
      error instanceof TooLargeError
        ? `it is larger than ${formatBytes(IMPORT_LIMIT_BYTES)}, too large for a progress file`
        : (error as NodeJS.ErrnoException).code
          ? failureReason(error)
          : (error as Error).message;
    throw new UserError(`cannot import ${source}: ${why}. Your progress is unchanged.`);
  }
  const target = store();
  let backup: string | undefined;
  try {
    backup = importProgress(target, data, io.now());
  } catch (error) {
    throw new UserError(`cannot import ${source}: ${(error as Error).message}`);
  }
  io.stdout.write(
    `Imported ${data.events.length} events.${backup ? ` The previous progress is kept in ${backup}` : ''}\n`,
  );
  const unknown = unknownIds(data, io);
  if (unknown.length > 0) {
    const sample = unknown
      .slice(0, 3)
      .map((id) => quote(id, 40))
      .join(', ');
    io.stderr.write(
      `faas-prep: ${unknown.length} item id${unknown.length === 1 ? '' : 's'} in the import ${unknown.length === 1 ? 'is' : 'are'} not in the installed content (${sample}${unknown.length > 3 ? ', …' : ''}); ${unknown.length === 1 ? 'its' : 'their'} history is kept for when ${unknown.length === 1 ? 'it is' : 'they are'} installed.\n`,
    );
  }
  return 0;
}

/** Item ids the installed content does not have; none when the content cannot be loaded. */
function unknownIds(data: ProgressExport, io: Io): string[] {
  try {
    const content = contentSource(io.env);
    const bank = loadStudyBank(content.dir, content.compiled);
    const known = new Set([...bank.byId.keys(), ...(bank.templates?.keys() ?? [])]);
    return unknownItemIds(data.events, known);
  } catch {
    return [];
  }
}
