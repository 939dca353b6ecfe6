// The plain-text stats report (`faas-prep stats` without a terminal): the Progress screen's
// content as lines.
import { hbar } from '../../core/bars.js';
import type { Bank } from '../../core/content/schema.js';
import { weekday } from '../../core/memory/day.js';
import { topicName } from '../../core/memory/mastery.js';
import type { StatsReport } from '../../core/memory/report.js';
import {
  pct,
  planAdvice,
  planDayText,
  plural,
  predictionsText,
  retentionButtonsText,
  retentionText,
} from '../../core/memory/report-text.js';

export function formatReport(report: StatsReport, bank: Bank, width = 80): string {
  const out: string[] = [];
  const today = report.forecast[0]?.date ?? report.generatedAt.slice(0, 10);
  out.push(`faas-prep progress, ${weekday(today)} ${today}`, '');
  out.push(
    `Reviews        ${report.reviews} flashcard ratings · ${report.quizAnswers} quiz answers · ${report.mockInterviews} mock interviews`,
  );
  if (report.predictions > 0) out.push(`Predictions    ${predictionsText(report)}`);
  out.push(
    `Streak         ${plural(report.streakDays, 'day')} · ${report.answeredToday} answered today`,
  );
  const t = report.today;
  out.push(
    `Today          New ${t.total.new} · Learning ${t.total.learning} · Due ${t.total.due} (flashcards ${t.flashcards.new} · ${t.flashcards.learning} · ${t.flashcards.due}; quiz ${t.quiz.new} · ${t.quiz.learning} · ${t.quiz.due})`,
  );
  out.push(
    `Due today      ${report.dueToday} · next 7 days: ${report.forecast.map((d) => `${weekday(d.date)} ${d.due}`).join('  ')}`,
  );
  out.push(
    `True retention ${retentionText(report.trueRetention.last30Days)} in 30 days, ${retentionText(report.trueRetention.allTime)} all time; desired ${pct(report.trueRetention.desired)}`,
  );
  const buttons = retentionButtonsText(report.trueRetention.last30Days);
  if (buttons) out.push(`  by button    ${buttons} (30 days)`);
  out.push(
    `Leeches        ${
      report.leeches.length
        ? report.leeches.map((l) => `${l.itemId} (${l.lapses} lapses)`).join(', ')
        : 'none'
    }`,
  );
  out.push(
    `Items seen     ${report.items.seen} of ${report.items.total} · new flashcards today ${report.items.flashcardsNewToday} of ${report.settings.newPerDay}`,
  );
  if (report.mock.completed + report.mock.abandoned > 0) {
    out.push(
      `Mock rounds    ${report.mock.completed} completed, ${report.mock.abandoned} abandoned · last scores ${report.mock.lastScores.map(pct).join(' ') || '-'} (trend: ${report.mock.trend})`,
    );
  }
  const names = Object.keys(report.topics).map((t) => topicName(bank, t));
  const nameWidth = Math.min(42, Math.max(...names.map((n) => n.length), 10));
  const barWidth = Math.max(10, Math.min(30, width - nameWidth - 10));
  const label = (t: string) => topicName(bank, t).slice(0, nameWidth).padEnd(nameWidth);
  out.push('', 'Mastery by topic (mean recall now; items never seen count 0)');
  for (const [topic, m] of Object.entries(report.topics)) {
    out.push(`  ${label(topic)}  ${hbar(m, barWidth)} ${pct(m).padStart(4)}`);
  }
  if (report.interviewPassed) {
    out.push(
      '',
      `Your interview date (${report.settings.interviewDate}) has passed. Set a new one: faas-prep stats --interview-date YYYY-MM-DD`,
    );
  }
  if (report.interviewTooFar) {
    out.push(
      '',
      `Your interview date (${report.settings.interviewDate}) is too far ahead to plan for. Set a nearer one: faas-prep stats --interview-date YYYY-MM-DD`,
    );
  }
  const p = report.interview;
  if (p) {
    out.push(
      '',
      `Interview on ${weekday(p.date)} ${p.date} (${p.daysLeft === 0 ? 'today' : `in ${plural(p.daysLeft, 'day')}`}): ${
        p.ready
          ? `following the plan gets every topic to ${pct(p.desiredRetention)} recall`
          : `not every topic can reach ${pct(p.desiredRetention)} recall in time`
      }`,
    );
    out.push(`  ${'Recall on the morning'.padEnd(nameWidth)}   now  no more study  with the plan`);
    for (const t of p.topics) {
      out.push(
        `  ${label(t.topic)}  ${pct(t.now).padStart(4)}  ${pct(t.ifNoStudy).padStart(13)}  ${pct(t.withPlan).padStart(13)}`,
      );
    }
    out.push('', '  Plan:');
    const shown = p.plan.slice(0, 14);
    for (const day of shown) out.push(`    ${weekday(day.date)} ${day.date}  ${planDayText(day)}`);
    if (p.plan.length > shown.length) {
      const rest = p.plan.slice(shown.length);
      const reviews = rest.reduce((a, d) => a + d.reviews, 0);
      const fresh = rest.reduce((a, d) => a + d.newItems, 0);
      out.push(
        `    then ${plural(rest.length, 'more day')}: ${fresh} new, ${plural(reviews, 'review')} in all`,
      );
    }
    for (const line of planAdvice(report, (t) => topicName(bank, t))) out.push(`  ${line}`);
  } else if (!report.interviewPassed && !report.interviewTooFar) {
    out.push(
      '',
      'No interview date set. For a projection and a day-by-day plan: faas-prep stats --interview-date YYYY-MM-DD',
    );
  }
  return `${out.join('\n')}\n`;
}
