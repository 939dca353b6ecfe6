import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { UserError } from '../../core/errors.js';
import { openStore } from '../../core/store/open.js';
import {
  exportProgress,
  importProgress,
  readExportFile,
  resetProgress,
} from '../../core/store/transfer.js';
import type { ParsedCommand } from '../commands.js';
import { type Io, UsageError } from '../io.js';

const ACTIONS = 'export FILE, import FILE, reset or path';

export async function run(cmd: ParsedCommand, io: Io): Promise<number> {
  const [action, file, ...extra] = cmd.positionals;
  if (extra.length > 0) throw new UsageError(`progress: unexpected '${extra[0]}'.`);
  const store = () => openStore(io.env, io.now);
  switch (action) {
    case 'path': {
      io.stdout.write(`${store().dir}\n`);
      return 0;
    }
    case 'export': {
      if (!file)
        throw new UsageError(
          'progress export needs a FILE to write.',
          "Try 'faas-prep progress export backup.json'.",
        );
      const data = exportProgress(store(), io.now());
      const target = resolve(io.cwd, file);
      writeFileSync(target, `${JSON.stringify(data, null, 2)}\n`);
      io.stdout.write(`Exported ${data.events.length} events and your settings to ${target}\n`);
      return 0;
    }
    case 'import': {
      if (!file) throw new UsageError('progress import needs a FILE to read.');
      const source = resolve(io.cwd, file);
      if (!existsSync(source)) throw new UserError(`cannot import ${source}: no such file.`);
      let data: ReturnType<typeof readExportFile>;
      try {
        data = readExportFile(source);
      } catch (error) {
        throw new UserError(
          `cannot import ${source}: ${(error as Error).message}. Your progress is unchanged.`,
        );
      }
      const target = store();
      const backup = importProgress(target, data, io.now());
      io.stdout.write(
        `Imported ${data.events.length} events.${backup ? ` The previous progress is kept in ${backup}` : ''}\n`,
      );
      return 0;
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
      const backup = resetProgress(target, io.now());
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
