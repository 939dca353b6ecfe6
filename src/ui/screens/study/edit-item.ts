// `e` in study: the item's YAML opens in the user's editor at its line, then the bank is read
// again and validated. The terminal is handed to the editor (cooked mode) while it runs; the
// event loop waits, so Ink draws nothing over it, and raw mode comes back when it exits.
import { spawnSync } from 'node:child_process';
import type { ContentSource } from '../../../core/content/compiled.js';
import { itemLocation } from '../../../core/content/item-location.js';
import type { Bank } from '../../../core/content/schema.js';
import type { StudyBank } from '../../../core/memory/schedulable.js';

/** $VISUAL, else $EDITOR, else vi (as git and crontab choose). */
export function editorOf(env: NodeJS.ProcessEnv): string {
  return env.VISUAL?.trim() || env.EDITOR?.trim() || 'vi';
}

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

interface RawStdin {
  isTTY?: boolean;
  setRawMode?: (mode: boolean) => unknown;
}

/** Runs the editor on the item's file at its line; an error message, or undefined when it ran. */
export function openInEditor(
  bank: Bank,
  itemId: string,
  env: NodeJS.ProcessEnv,
  stdin: RawStdin,
): string | undefined {
  const at = itemLocation(bank, itemId);
  if (!at) return `cannot find the file of ${itemId}`;
  // Through the shell: $EDITOR may carry its own arguments ("code --wait").
  const command = `${editorOf(env)} +${at.line} ${shellQuote(at.file)}`;
  const raw = Boolean(stdin.isTTY && stdin.setRawMode);
  if (raw) stdin.setRawMode?.(false);
  try {
    const run = spawnSync(command, { shell: true, stdio: 'inherit', env });
    if (run.error) return `the editor did not start: ${run.error.message}`;
    if (run.status !== 0) return `the editor exited with ${run.status ?? run.signal}`;
    return undefined;
  } finally {
    if (raw) stdin.setRawMode?.(true);
  }
}

/** The bank read again after an edit, or why it cannot be used (the old one is then kept). */
export async function reloadBank(
  source: ContentSource,
  itemId: string,
): Promise<{ bank: StudyBank } | { error: string }> {
  // Only here: the YAML loaders and zod stay out of study's start.
  const { clearBankCache } = await import('../../../core/content/load.js');
  const { loadStudyBank } = await import('../../../core/memory/study-bank.js');
  clearBankCache();
  try {
    const bank = loadStudyBank(source.dir, source.compiled);
    if (!bank.byId.has(itemId)) return { error: `${itemId} is no longer in the bank` };
    return { bank };
  } catch (error) {
    return { error: (error as Error).message.split('\n')[0] ?? String(error) };
  }
}

/**
 * `e` on a screen that shows items (study, browse): the editor on the item, then the bank
 * reloaded. `use` gets the new bank when it validates; `note` says what happened either way.
 */
export function editAndReload(
  item: { bank: Bank; itemId: string; source: ContentSource },
  env: NodeJS.ProcessEnv,
  stdin: RawStdin,
  use: (bank: StudyBank) => void,
  note: (message: string) => void,
): void {
  const failed = openInEditor(item.bank, item.itemId, env, stdin);
  if (failed) {
    note(`Not edited: ${failed}`);
    return;
  }
  void reloadBank(item.source, item.itemId).then((out) => {
    if ('error' in out) {
      note(`Edit not used (the old version stays): ${out.error}`);
      return;
    }
    use(out.bank);
    note('Edited: the bank was reloaded.');
  });
}
