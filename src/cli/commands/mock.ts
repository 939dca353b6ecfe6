// `faas-prep mock --history [--json]`: past mock interviews, without a terminal.
import { mockHistory, type PastRound, sparkline, trendOf } from '../../core/mock/history.js';
import { sectionTitles } from '../../core/mock/plan.js';
import { mmss } from '../../core/mock/timer.js';
import { openStore } from '../../core/store/open.js';
import type { ParsedCommand } from '../commands.js';
import { type Io, UsageError } from '../io.js';
import { mockArgs } from '../mock-args.js';
import { forTerminal } from '../plain-text.js';
import { printNotices } from './notices.js';

export async function run(cmd: ParsedCommand, io: Io): Promise<number> {
  const args = mockArgs(cmd);
  if (!args.history) {
    throw new UsageError(
      "'mock' needs an interactive terminal (stdin is not a TTY).",
      "For past rounds use 'faas-prep mock --history' (or --history --json).",
    );
  }
  // Reading only: no lock, nothing created, and it works on a read-only store.
  const store = openStore(io.env, io.now, { readOnly: true });
  printNotices(store, io);
  const rounds = mockHistory(store.events());
  const trend = trendOf(rounds);
  if (args.json) {
    io.stdout.write(`${JSON.stringify({ rounds, trend }, null, 2)}\n`);
    return 0;
  }
  io.stdout.write(forTerminal(io.env, historyText(rounds, trend)));
  return 0;
}

function day(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const pct = (score: number) => `${Math.round(score * 100)}%`;

function weakest(round: PastRound): string {
  const worst = [...round.sections].sort((a, b) => a.score - b.score)[0];
  return worst ? `weakest: ${sectionTitles[worst.kind]} ${pct(worst.score)}` : '';
}

/** The table of past rounds, newest last, and the trend line. */
export function historyText(rounds: PastRound[], trend: ReturnType<typeof trendOf>): string {
  if (!rounds.length) {
    return "No mock interviews yet. Start one with 'faas-prep mock' (or --format short for 15 minutes).\n";
  }
  const lines = rounds.map((r) => {
    const status =
      r.status === 'abandoned'
        ? 'abandoned'
        : r.ending === 'ended-early'
          ? 'ended early'
          : r.ending === 'time'
            ? 'time up'
            : 'completed';
    const answered = r.total !== undefined ? `${r.answered ?? 0}/${r.total} answered` : '';
    return [
      day(r.startedAt),
      `${r.format.padEnd(5)} ${String(r.minutes).padStart(3)} min`,
      pct(r.score).padStart(4),
      status.padEnd(11),
      answered.padEnd(14),
      `${mmss(r.usedMs ?? r.endedAt - r.startedAt)} used`,
      weakest(r),
    ]
      .filter(Boolean)
      .join('  ');
  });
  const change =
    trend.change === undefined
      ? trend.scores.length
        ? 'one completed round so far'
        : 'no completed round yet'
      : `${trend.change >= 0 ? '+' : '−'}${Math.round(Math.abs(trend.change) * 100)} points vs the rounds before`;
  const summary = `Trend ${sparkline(trend.scores)} ${trend.arrow} ${change}`;
  return `${rounds.length} mock interview${rounds.length === 1 ? '' : 's'}:\n${lines.join('\n')}\n${summary}\n`;
}
