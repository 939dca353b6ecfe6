// The report as lines at a width: overall, by section and by topic (bars), time per question,
// missed items with their explanations, the rubric dimensions missed, the study plan.
import { hasCloze, revealCloze } from '../../../core/content/cloze.js';
import type { Bank, Item } from '../../../core/content/schema.js';
import { type SectionKind, sectionTitles } from '../../../core/mock/plan.js';
import type { RoundReport } from '../../../core/mock/score.js';
import {
  pointStudyLine,
  type StudyPlanEntry,
  studyByPoint,
} from '../../../core/mock/study-plan.js';
import { mmss } from '../../../core/mock/timer.js';
import type { Line } from '../../components/question/lines.js';
import { wrapText } from '../../components/question/wrap.js';
import { colors, glyphs } from '../../theme.js';
import { dimensionNames } from './grade-state.js';

export const pct = (score: number) => `${Math.round(score * 100)}%`;

export function bar(score: number, width: number): string {
  const full = Math.round(Math.min(1, Math.max(0, score)) * width);
  return glyphs.barFull.repeat(full) + glyphs.barEmpty.repeat(width - full);
}

const tone = (score: number) =>
  score >= 0.7 ? colors.good : score >= 0.4 ? colors.warn : colors.bad;

/** A short label for an item: its prompt, statement or flashcard front (cloze revealed). */
export function itemLabel(item: Item | undefined): string {
  if (!item) return '(an item no longer in the bank)';
  switch (item.kind) {
    case 'flashcard':
      return hasCloze(item.front) ? revealCloze(item.front) : item.front;
    case 'spot-the-error':
      return item.statement;
    default:
      return item.prompt;
  }
}

/** Text on one line of at most `width` characters. */
export function oneLine(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, Math.max(1, width - 1))}…` : flat;
}

const endings: Record<RoundReport['ending'], string> = {
  finished: 'completed',
  time: 'time ran out',
  'ended-early': 'ended early',
  interrupted: 'interrupted',
};

export function headline(report: RoundReport, totalMs: number): string {
  return `Score ${pct(report.score)} · ${report.answered} of ${report.total} answered · ${endings[report.ending]} · ${mmss(report.usedMs)} of ${mmss(totalMs)} used`;
}

export function planLine(plan: readonly StudyPlanEntry[]): string {
  if (!plan.length) return 'Nothing missed: no extra study due from this round.';
  const n = plan.length;
  return `${n} item${n === 1 ? ' is' : 's are'} now due in study: faas-prep study`;
}

/**
 * Every line of the report at `width`. `asked` are the items as the round showed them
 * (model-linked numerics with their text rendered); others come from the bank.
 */
export function reportLines(
  report: RoundReport,
  plan: readonly StudyPlanEntry[],
  bank: Bank,
  width: number,
  asked: readonly Item[] = [],
): Line[] {
  const out: Line[] = [];
  const shown = new Map(asked.map((i) => [i.id, i]));
  const itemOf = (id: string) => shown.get(id) ?? bank.byId.get(id);
  const head = (text: string) => {
    if (out.length) out.push({ text: '' });
    out.push({ text, color: colors.accent, bold: true });
  };
  const para = (text: string, indent: number, color?: string) => {
    for (const t of wrapText(text, width - indent))
      out.push({ text: ' '.repeat(indent) + t, color });
  };
  const topicName = (t: string) => bank.material.topics[t] ?? t;
  const barWidth = Math.max(6, Math.min(20, width - 50));

  head('By section');
  for (const s of report.sections) {
    out.push({
      text: `  ${sectionTitles[s.kind].padEnd(11)} ${bar(s.score, barWidth)} ${pct(s.score).padStart(4)}  ${s.answered}/${s.total} answered  ${mmss(s.usedMs)} of ${mmss(s.boxMs)}`,
      color: tone(s.score),
    });
  }

  head('By topic (weakest first)');
  const nameWidth = Math.min(
    28,
    Math.max(...report.topics.map((t) => topicName(t.topic).length), 8),
  );
  for (const t of report.topics) {
    const name = topicName(t.topic);
    out.push({
      text: `  ${(name.length > nameWidth ? `${name.slice(0, nameWidth - 1)}…` : name).padEnd(nameWidth)} ${bar(t.score, barWidth)} ${pct(t.score).padStart(4)}  (${t.count})`,
      color: tone(t.score),
    });
  }

  head('Time per question');
  let section: SectionKind | undefined;
  for (const q of report.questions) {
    if (q.section !== section) {
      section = q.section;
      out.push({ text: `  ${sectionTitles[q.section]}`, bold: true });
    }
    const mark =
      q.outcome === 'not-reached'
        ? '·'
        : q.outcome === 'unanswered'
          ? '–'
          : q.score >= 0.7
            ? '✓'
            : '✗';
    const time = q.outcome === 'not-reached' ? 'not reached' : mmss(q.ms);
    const label = oneLine(itemLabel(itemOf(q.itemId)), Math.max(10, width - 20));
    out.push({
      text: `   ${mark} ${time.padStart(11)}  ${label}`,
      color: q.outcome === 'answered' ? tone(q.score) : colors.dim,
    });
  }

  head(report.missed.length ? `Missed (${report.missed.length})` : 'Missed: none');
  for (const m of report.missed) {
    out.push({
      text: `  ✗ ${oneLine(itemLabel(itemOf(m.itemId)), width - 4)}`,
      color: colors.bad,
    });
    para(m.summary, 4, colors.warn);
    if (m.right) para(`Answer: ${m.right}`, 4, colors.good);
    if (m.solution) para(`Worked: ${m.solution}`, 4);
    if (m.explanation) para(m.explanation, 4, colors.dim);
  }

  head(report.rubricMissed.length ? 'Rubric dimensions missed' : 'Rubric dimensions missed: none');
  for (const r of report.rubricMissed) {
    const label = `${dimensionNames[r.dimension] ?? r.dimension} ${pct(r.score)}: ${itemLabel(itemOf(r.itemId))}`;
    out.push({ text: `  ${oneLine(label, width - 2)}`, color: colors.warn });
    for (const p of r.missedPoints) para(`• ${p}`, 4);
  }

  head('Study plan');
  // Missed points first, each with the cards it links to; then the rest of the plan.
  for (const study of studyByPoint(plan)) {
    para(pointStudyLine(study, bank.byId), 2, colors.warn);
    for (const id of study.itemIds) {
      out.push({ text: `      – ${oneLine(itemLabel(itemOf(id)), width - 8)}`, color: colors.dim });
    }
  }
  for (const p of plan) {
    if (p.reason === 'rubric') continue;
    const why =
      p.reason === 'missed'
        ? 'missed'
        : `for ${dimensionNames[p.reason.slice(7)] ?? p.reason.slice(7)}`;
    out.push({
      text: `  • ${oneLine(`${itemLabel(itemOf(p.itemId))} (${why})`, width - 4)}`,
    });
  }
  para(planLine(plan), 2, colors.accent);
  return out;
}
