// What the progress screen shows: the report as rows in a scrolling window, and the date
// entry when it is open. Render only.
import { Text } from 'ink';
import type { ReactNode } from 'react';
import { hbar, vbars } from '../../../core/bars.js';
import type { Bank } from '../../../core/content/schema.js';
import { weekday } from '../../../core/memory/day.js';
import { topicName } from '../../../core/memory/mastery.js';
import type { StatsReport } from '../../../core/memory/report.js';
import {
  pct,
  planAdvice,
  planDayText,
  plural,
  predictionsText,
  retentionButtonsText,
  retentionText,
} from '../../../core/memory/report-text.js';
import type { ProgressStore } from '../../../core/store/store.js';
import { clampScroll, ScrollView } from '../../components/scroll-view.js';
import { type Line, wrapSpans } from '../../components/wrap.js';
import { colors, glyphs } from '../../theme.js';
import type { ProgressState } from './state.js';

export interface Loaded {
  store: ProgressStore;
  bank?: Bank;
  report?: StatsReport;
  /** Why the numbers are missing (the content could not be loaded). */
  problem?: string;
}

/** Rows the date entry takes above the report while it is open. */
export const ENTRY_ROWS = 2;

export function ProgressView({
  state,
  rows,
  height,
}: {
  state: ProgressState;
  rows: ReactNode[];
  height: number;
}) {
  const entry = state.entry;
  return (
    <>
      {entry ? (
        <>
          <Text wrap="truncate-end">
            Interview date (YYYY-MM-DD, empty or 'none' clears):{' '}
            <Text color={colors.accent}>{entry.text}</Text>█
          </Text>
          <Text color={colors.bad} wrap="truncate-end">
            {entry.error ?? ' '}
          </Text>
        </>
      ) : null}
      <ScrollView
        rows={rows}
        height={height}
        scroll={clampScroll(state.scroll, rows.length, height)}
      />
    </>
  );
}

/** Every line of the screen, each exactly one terminal row. */
export function progressRows({ store, bank, report, problem }: Loaded, width: number): ReactNode[] {
  const rows: ReactNode[] = [];
  let n = 0;
  const row = (node: ReactNode, color?: string) =>
    rows.push(
      <Text key={n++} color={color} wrap="truncate-end">
        {node}
      </Text>,
    );
  const blank = () => row(' ');
  const wrapped = (text: string, color?: string) => {
    for (const line of wrapSpans([{ text }], width)) row(lineText(line), color);
  };

  rows.push(
    <Text key={n++} wrap="truncate-middle">
      Saved in <Text color={colors.accent}>{store.dir}</Text>
    </Text>,
  );
  for (const notice of store.notices) wrapped(`! ${notice}`, colors.warn);
  if (!report || !bank) {
    wrapped(
      `Statistics need the question bank, which could not be loaded: ${problem ?? ''}`,
      colors.bad,
    );
  } else {
    statsRows(report, bank, width, row, blank, wrapped);
  }
  blank();
  row('Back up: faas-prep progress export FILE', colors.dim);
  row('Restore: faas-prep progress import FILE', colors.dim);
  row('Start over (keeps a backup): faas-prep progress reset', colors.dim);
  return rows;
}

function lineText(line: Line): string {
  return line.map((s) => s.text).join('');
}

function statsRows(
  r: StatsReport,
  bank: Bank,
  width: number,
  row: (node: ReactNode, color?: string) => void,
  blank: () => void,
  wrapped: (text: string, color?: string) => void,
): void {
  row(
    <>
      <Text bold>{r.reviews}</Text> flashcard reviews · <Text bold>{r.quizAnswers}</Text> quiz
      answers · <Text bold>{r.mockInterviews}</Text> mock interviews
    </>,
  );
  row(`${predictionsText(r)} on the simulators`, r.predictions ? undefined : colors.dim);
  row(
    <>
      Streak <Text bold>{plural(r.streakDays, 'day')}</Text> · {r.answeredToday} answered today ·{' '}
      {r.items.seen} of {r.items.total} items seen
    </>,
  );
  blank();
  row(
    <>
      Due today <Text bold>{r.dueToday}</Text> · the next 7 days:
    </>,
  );
  for (const bars of vbars(
    r.forecast.map((d) => d.due),
    2,
    3,
    glyphs.columnSteps,
  )) {
    row(`  ${bars}`, colors.accent);
  }
  row(`  ${r.forecast.map((d) => weekday(d.date)).join(' ')}`, colors.dim);
  row(`  ${r.forecast.map((d) => String(d.due).padStart(3)).join(' ')}`);
  blank();
  const tr = r.trueRetention;
  const low = tr.last30Days.rate !== null && tr.last30Days.rate < tr.desired - 0.05;
  row(
    <>
      True retention {retentionText(tr.last30Days)} in 30 days · desired {pct(tr.desired)}
      {low ? (
        <Text color={colors.warn}> (below: rate Again honestly, or lower the retention)</Text>
      ) : (
        ''
      )}
    </>,
  );
  const buttons = retentionButtonsText(tr.last30Days);
  if (buttons) row(`  by button: ${buttons}`, colors.dim);
  if (r.leeches.length) {
    wrapped(
      `Leeches (forgotten 8+ times; rewrite or split them): ${r.leeches.map((l) => `${l.itemId} (${l.lapses})`).join(', ')}`,
      colors.warn,
    );
  } else {
    row('Leeches: none', colors.dim);
  }
  if (r.mock.completed + r.mock.abandoned > 0) {
    const arrow = { up: ' ↑', down: ' ↓', flat: ' →', none: '' }[r.mock.trend] ?? '';
    row(
      `Mock interviews: ${r.mock.completed} completed, ${r.mock.abandoned} abandoned · last scores ${r.mock.lastScores.map(pct).join(' ') || '-'}${arrow}`,
    );
  }

  blank();
  const p = r.interview;
  if (r.interviewPassed) {
    wrapped(
      `Your interview date (${r.settings.interviewDate}) has passed: press d to set a new one.`,
    );
  } else if (r.interviewTooFar) {
    wrapped(
      `Your interview date (${r.settings.interviewDate}) is too far ahead to plan for: press d to set a nearer one.`,
    );
  } else if (!p) {
    wrapped(
      'No interview date. Press d to set one: you get the recall projected for that day and a daily plan.',
      colors.dim,
    );
  } else {
    row(
      <>
        <Text bold>
          Interview {weekday(p.date)} {p.date}
        </Text>{' '}
        {p.daysLeft === 0 ? '(today)' : `(in ${plural(p.daysLeft, 'day')})`} · press d to change
      </>,
    );
    wrapped(
      p.ready
        ? `Following the plan gets every topic to ${pct(p.desiredRetention)} recall on the morning.`
        : `Not every topic can reach ${pct(p.desiredRetention)} recall in time; the plan gets as close as it can.`,
    );
    const today = p.plan[0];
    if (today)
      row(
        <>
          Today: <Text bold>{planDayText(today)}</Text>
        </>,
      );
    const tomorrow = p.plan[1];
    if (tomorrow) row(`Tomorrow: ${planDayText(tomorrow)}`, colors.dim);
    for (const advice of planAdvice(r, (t) => topicName(bank, t))) wrapped(advice, colors.dim);
  }
  blank();
  const topics = Object.entries(r.topics);
  const names = topics.map(([t]) => topicName(bank, t));
  const nameWidth = Math.min(Math.max(...names.map((x) => x.length), 8), Math.floor(width * 0.42));
  const tail = p ? 11 : 5;
  const barWidth = Math.max(6, Math.min(30, width - nameWidth - tail - 3));
  row(
    <>
      <Text bold>Mastery by topic</Text>
      <Text color={colors.dim}>
        {p ? ` now → on ${p.date} if you stop studying` : ' (recall now; unseen items count 0)'}
      </Text>
    </>,
  );
  const projected = new Map(p?.topics.map((t) => [t.topic, t.ifNoStudy]));
  for (const [topic, m] of topics) {
    const name = topicName(bank, topic);
    const label = name.length > nameWidth ? `${name.slice(0, nameWidth - 1)}…` : name;
    const future = projected.get(topic);
    row(
      <>
        {' '}
        {label.padEnd(nameWidth)} <Text color={colors.good}>{hbar(m, barWidth, glyphs)}</Text>{' '}
        {pct(m).padStart(4)}
        {future !== undefined ? (
          <Text color={future < r.trueRetention.desired ? colors.warn : colors.dim}>
            {` → ${pct(future).padStart(4)}`}
          </Text>
        ) : null}
      </>,
    );
  }
}
