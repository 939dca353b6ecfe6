// Writes a round to the progress log, each thing the moment it happens:
// - every answered question: one `review` (source 'mock') with its rating, time, score, answer;
// - a question cut off unanswered is not a review: nothing was recalled, so FSRS learns nothing;
// - at the end (the report, or Ctrl+C): one `bring-forward` event per item of the study plan
//   that asks for it (a question cut off unanswered, the cards a missed rubric or key point links
//   to: see bring-forward.ts; no rating is invented), then one `mock` event summarising the round.
// A generated question's reviews are logged under its template's id (reviewItemId); the `mock`
// event names the exact instance (`tpl-...#seed`, which instanceFromId redraws).

import { luckyGuessRating } from '../grading/ratings.js';
import type { LogEvent } from '../store/log.js';
import type { NewEvent } from '../store/store.js';
import { reviewItemId } from '../templates/draw.js';
import type { MockFormat } from './plan.js';
import type { OpenDraft, QuestionResult, RoundState } from './round.js';
import type { QuestionTime, RoundReport, RubricGroup } from './score.js';
import type { StudyPlanEntry } from './study-plan.js';

interface EventSink {
  append(event: NewEvent): LogEvent;
}

/** The `mock` event: a finished (completed) or interrupted (abandoned) round. */
interface MockEvent
  extends Pick<
    RoundReport,
    'ending' | 'score' | 'answered' | 'total' | 'usedMs' | 'sections' | 'topics'
  > {
  type: 'mock';
  startedAt: number;
  endedAt: number;
  format: MockFormat;
  minutes: number;
  seed: number;
  /** `ending` says how: all answered, time ran out, ended early (Esc), interrupted (Ctrl+C). */
  status: 'completed' | 'abandoned';
  questions: Array<Omit<QuestionTime, 'kind'>>;
  missed: string[];
  rubricMissed: Array<{ itemId: string; dimension: RubricGroup; score: number }>;
  studyPlan: Array<{ itemId: string; reason: string; points?: string[] }>;
  /** An open answer left unfinished when the round was interrupted, kept with it. */
  draft?: { itemId: string; text: string; probes: string[] };
}

export class RoundRecorder {
  private readonly reviewed = new Set<string>();
  private done = false;

  constructor(private readonly sink: EventSink) {}

  get finished(): boolean {
    return this.done;
  }

  /** Appends a review for every result not yet written; returns the events appended. */
  sync(state: RoundState): LogEvent[] {
    const out: LogEvent[] = [];
    for (const r of state.results) {
      if (r.outcome !== 'answered' || this.reviewed.has(r.itemId)) continue;
      this.reviewed.add(r.itemId);
      out.push(this.sink.append(reviewOf(r, logId(state, r.itemId))));
    }
    return out;
  }

  /** Writes the end of the round once: the study plan's bring-forward events and the `mock` event. */
  finish(
    state: RoundState,
    report: RoundReport,
    plan: readonly StudyPlanEntry[],
  ): MockEvent | undefined {
    if (this.done) return undefined;
    this.sync(state);
    this.done = true;
    for (const entry of plan) {
      if (!entry.append) continue;
      this.sink.append({
        type: 'bring-forward',
        itemId: logId(state, entry.itemId),
        source: 'mock',
        reason: entry.reason,
      });
    }
    const event = mockEvent(state, report, plan);
    this.sink.append({ ...event });
    return event;
  }
}

/** The id a question's review is logged under (a generated question's: its template's). */
function logId(state: RoundState, itemId: string): string {
  const q = state.questions.find((x) => x.item.id === itemId);
  return q ? reviewItemId(q.item) : itemId;
}

function reviewOf(r: QuestionResult, itemId: string): NewEvent {
  const event: NewEvent = {
    type: 'review',
    itemId,
    // A right true/false answer in under 2 s may be a coin toss: Hard at most.
    rating: luckyGuessRating(r.kind, r.rating ?? 1, r.correct, r.ms),
    source: 'mock',
    ms: r.ms,
    correct: r.correct,
    score: r.score,
  };
  if (r.answer !== undefined) event.answer = r.answer;
  return event;
}

export function mockEvent(
  state: RoundState,
  report: RoundReport,
  plan: readonly StudyPlanEntry[],
): MockEvent {
  const ending = state.ending ?? 'interrupted';
  return {
    type: 'mock',
    startedAt: state.startedAt,
    endedAt: state.endedAt ?? state.startedAt,
    format: state.plan.format,
    minutes: state.plan.minutes,
    seed: state.seed,
    status: ending === 'interrupted' ? 'abandoned' : 'completed',
    ending,
    score: report.score,
    answered: report.answered,
    total: report.total,
    usedMs: report.usedMs,
    sections: report.sections.map((s) => ({ ...s })),
    topics: report.topics.map((t) => ({ ...t })),
    questions: report.questions.map(({ itemId, section, outcome, ms, score }) => ({
      itemId,
      section,
      outcome,
      ms,
      score,
    })),
    missed: report.missed.map((m) => m.itemId),
    rubricMissed: report.rubricMissed.map(({ itemId, dimension, score }) => ({
      itemId,
      dimension,
      score,
    })),
    studyPlan: plan.map(({ itemId, reason, points }) =>
      points ? { itemId, reason, points: [...points] } : { itemId, reason },
    ),
    ...draftOf(state),
  };
}

/** The unfinished open answer of an interrupted round (endRound keeps it on its result). */
function draftOf(state: RoundState): Pick<MockEvent, 'draft'> {
  for (const r of state.results) {
    const a = r.answer as Partial<OpenDraft> | undefined;
    if (r.outcome === 'unanswered' && typeof a?.text === 'string' && Array.isArray(a.probes)) {
      return { draft: { itemId: r.itemId, text: a.text, probes: [...a.probes] } };
    }
  }
  return {};
}
