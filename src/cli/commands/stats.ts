// `faas-prep stats [--json] [--interview-date YYYY-MM-DD|none]`: totals, streak, due, retention,
// mastery by topic and, with an interview date, the projection and the plan.

import { UserError } from '../../core/errors.js';
import { parseInterviewDate } from '../../core/memory/interview.js';
import { buildReport } from '../../core/memory/report.js';
import { loadStudyBank } from '../../core/memory/study-bank.js';
import { openStore } from '../../core/store/open.js';
import type { ParsedCommand } from '../commands.js';
import { contentSource } from '../content-source.js';
import { type Io, UsageError } from '../io.js';
import { forTerminal } from '../plain-text.js';
import { printNotices } from './notices.js';
import { formatReport } from './stats-text.js';

/** The value of --interview-date: a date (today or later), or '' for `none` (clears it). */
export function interviewDateArg(value: string, now: number): string {
  if (value.trim() === '') throw new UsageError("stats: --interview-date needs a date or 'none'.");
  const parsed = parseInterviewDate(value, now);
  if (!parsed.ok) {
    throw new UsageError(
      `stats: --interview-date ${parsed.error}.`,
      "Example: 'faas-prep stats --interview-date 2026-12-15'.",
    );
  }
  return parsed.date;
}

export async function run(cmd: ParsedCommand, io: Io): Promise<number> {
  if (cmd.positionals.length) {
    throw new UsageError(
      `stats: unexpected argument '${cmd.positionals[0]}'.`,
      "Run 'faas-prep stats --help'.",
    );
  }
  const now = io.now();
  const flag = cmd.values['interview-date'];
  const date = typeof flag === 'string' ? interviewDateArg(flag, now) : undefined;
  const content = contentSource(io.env);
  const bank = loadStudyBank(content.dir, content.compiled);
  // Only setting the date writes; a plain report reads without the lock and creates nothing.
  const store = openStore(io.env, io.now, { readOnly: date === undefined });
  printNotices(store, io);
  if (date !== undefined) {
    store.updateSettings({ interviewDate: date });
    const { problem } = store.status();
    if (problem) throw new UserError(`cannot save the interview date: ${problem}.`);
  }
  const report = buildReport(bank, store.events(), store.settings(), now);
  if (cmd.values.json) {
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  }
  if (date !== undefined) {
    io.stdout.write(date ? `Interview date set to ${date}.\n\n` : 'Interview date cleared.\n\n');
  }
  io.stdout.write(forTerminal(io.env, formatReport(report, bank)));
  return 0;
}
