// The round as a pure state machine: the questions in order, the clock, what was answered and
// how long it took. The screen renders it and feeds it actions; record.ts writes what it holds.
//
// Objective items and flashcards are answered and graded in one step. Open items (the scenario,
// the free response) are written first (the draft), then self-graded against the rubric with the
// clock paused. When a section or the round runs out, or the candidate ends early, an open
// answer that has any text still goes to grading; anything else on screen is unanswered, and
// the questions never shown are "not reached".
import type { Item, RubricDimension } from '../content/schema.js';
import type { Grade, Rating } from '../grading/types.js';
import type { RoundPlan, SectionKind } from './plan.js';
import type { RoundQuestion } from './select.js';
import * as timer from './timer.js';

export type Outcome = 'answered' | 'unanswered' | 'not-reached';
export type Ending = 'finished' | 'time' | 'ended-early' | 'interrupted';

/** Rubric points ticked: per dimension for a scenario, the key points for a free response. */
export type Ticks = Partial<Record<RubricDimension, boolean[]>> | boolean[];

interface TypedAnswer {
  graded: Grade;
  given: unknown;
}

export interface OpenDraft {
  text: string;
  /** Answers to the probes asked so far (a scenario's follow-up questions). */
  probes: string[];
}

export interface QuestionResult {
  itemId: string;
  section: SectionKind;
  topic: string;
  kind: Item['kind'];
  outcome: Outcome;
  /** Interview time spent on the question (grading excluded). */
  ms: number;
  score: number;
  correct: boolean;
  rating?: Rating;
  /** One line from the grader: "Right", "Off by 38%", "4 of 9 points". */
  summary?: string;
  answer?: unknown;
  ticks?: Ticks;
  /**
   * The rubric points the learner had on screen while grading, shaped as `ticks`. A point never
   * shown cannot count as missed; without it (older rounds) every point was shown.
   */
  seen?: Ticks;
}

export interface RoundState {
  plan: RoundPlan;
  questions: RoundQuestion[];
  seed: number;
  startedAt: number;
  timer: timer.TimerState;
  /** The question on screen (questions.length once the round is over). */
  index: number;
  /** Interview time at which the current question appeared. */
  questionStartedMs: number;
  phase: 'answering' | 'grading' | 'done';
  /** The open answer being written (or graded). */
  draft?: OpenDraft;
  /**
   * An answer typed but not submitted (an estimate): time running out submits it as typed,
   * as it keeps an open answer's draft.
   */
  typed?: TypedAnswer;
  /** While grading: the interview time the answer took. */
  answerMs?: number;
  /** While grading: where to go next (a section that ran out skips its other questions). */
  nextIndex?: number;
  results: QuestionResult[];
  /** The last warning given (minutes left in the round). */
  warning?: timer.WarningMinutes;
  /** Set when the round is over, or is about to be once grading finishes. */
  ending?: Ending;
  endedAt?: number;
}

function isOpenItem(item: Item): boolean {
  return item.kind === 'scenario' || item.kind === 'free-response';
}

export function startRound(
  plan: RoundPlan,
  questions: RoundQuestion[],
  seed: number,
  now: number,
): RoundState {
  const state: RoundState = {
    plan,
    questions,
    seed,
    startedAt: now,
    timer: timer.startTimer(now),
    index: 0,
    questionStartedMs: 0,
    phase: 'answering',
    results: [],
  };
  return enter(state, 0, now);
}

export function currentQuestion(state: RoundState): RoundQuestion | undefined {
  return state.phase === 'done' ? undefined : state.questions[state.index];
}

function sectionIndexOf(plan: RoundPlan, kind: SectionKind): number {
  return plan.sections.findIndex((s) => s.kind === kind);
}

/** Shows question `index` (or ends the round), moving the section clock to its section. */
function enter(state: RoundState, index: number, now: number): RoundState {
  const ending = state.ending;
  if (ending || index >= state.questions.length) {
    return finish(state, now, ending ?? 'finished');
  }
  const question = state.questions[index]!;
  let t = state.timer;
  const target = sectionIndexOf(state.plan, question.section);
  while (t.section < target) t = timer.nextSection(t, now);
  const { draft: _d, answerMs: _a, nextIndex: _n, typed: _t, ...rest } = state;
  return {
    ...rest,
    timer: t,
    index,
    phase: 'answering',
    questionStartedMs: timer.elapsedMs(t, now),
    ...(isOpenItem(question.item) ? { draft: { text: '', probes: [] } } : {}),
  };
}

function finish(state: RoundState, now: number, ending: Ending): RoundState {
  const results = [...state.results];
  const seen = new Set(results.map((r) => r.itemId));
  for (const q of state.questions) {
    if (!seen.has(q.item.id)) results.push(skipped(q, 'not-reached', 0));
  }
  const { draft: _d, answerMs: _a, nextIndex: _n, typed: _t, ...rest } = state;
  return {
    ...rest,
    timer: timer.pause(state.timer, now),
    results,
    phase: 'done',
    index: state.questions.length,
    ending,
    endedAt: now,
  };
}

function skipped(q: RoundQuestion, outcome: Outcome, ms: number): QuestionResult {
  return {
    itemId: q.item.id,
    section: q.section,
    topic: q.item.topic,
    kind: q.item.kind,
    outcome,
    ms,
    score: 0,
    correct: false,
  };
}

function spentMs(state: RoundState, now: number): number {
  return Math.max(0, timer.elapsedMs(state.timer, now) - state.questionStartedMs);
}

/** Records a graded answer to the question on screen and moves on. */
export function answer(state: RoundState, now: number, graded: Grade, given: unknown): RoundState {
  const q = currentQuestion(state);
  if (!q || state.phase !== 'answering' || isOpenItem(q.item)) return state;
  const result = answered(q, spentMs(state, now), { graded, given });
  return enter({ ...state, results: [...state.results, result] }, state.index + 1, now);
}

function answered(q: RoundQuestion, ms: number, { graded, given }: TypedAnswer): QuestionResult {
  return {
    ...skipped(q, 'answered', ms),
    score: graded.score,
    correct: graded.correct,
    rating: graded.rating,
    summary: graded.summary,
    answer: given,
  };
}

/** Keeps what is typed for the question on screen (undefined: nothing that can be graded). */
export function setTyped(state: RoundState, typed: TypedAnswer | undefined): RoundState {
  const q = currentQuestion(state);
  if (!q || state.phase !== 'answering' || isOpenItem(q.item)) return state;
  const { typed: _t, ...rest } = state;
  return typed ? { ...rest, typed } : rest;
}

/** A flashcard self-rating as a grade: Again is a miss, Hard half credit, Good and Easy full. */
export function flashcardGrade(rating: Rating): Grade {
  const score = rating === 1 ? 0 : rating === 2 ? 0.5 : 1;
  const summary = ['Again', 'Hard', 'Good', 'Easy'][rating - 1] ?? '';
  return { correct: rating > 1, score, rating, summary };
}

/** Keeps what the candidate has written so far (so time running out does not lose it). */
export function setDraft(state: RoundState, draft: OpenDraft): RoundState {
  if (state.phase !== 'answering' || !state.draft) return state;
  return { ...state, draft };
}

/** The open answer is complete: grade it (the clock pauses while grading). */
export function submitOpen(state: RoundState, now: number, draft?: OpenDraft): RoundState {
  const q = currentQuestion(state);
  if (!q || state.phase !== 'answering' || !isOpenItem(q.item)) return state;
  return toGrading(
    { ...state, draft: draft ?? state.draft ?? { text: '', probes: [] } },
    now,
    state.index + 1,
  );
}

function toGrading(state: RoundState, now: number, nextIndex: number): RoundState {
  return {
    ...state,
    phase: 'grading',
    answerMs: spentMs(state, now),
    nextIndex,
    timer: timer.pause(state.timer, now),
  };
}

/** Records the self-grade of the open answer and moves on (the clock runs again). */
export function gradeOpen(
  state: RoundState,
  now: number,
  graded: Grade,
  ticks: Ticks,
  seen?: Ticks,
): RoundState {
  const q = currentQuestion(state);
  if (!q || state.phase !== 'grading') return state;
  const result: QuestionResult = {
    ...skipped(q, 'answered', state.answerMs ?? 0),
    score: graded.score,
    correct: graded.correct,
    rating: graded.rating,
    summary: graded.summary,
    answer: state.draft,
    ticks,
    ...(seen ? { seen } : {}),
  };
  const next = {
    ...state,
    timer: timer.resume(state.timer, now),
    results: [...state.results, result],
  };
  return enter(next, state.nextIndex ?? state.index + 1, now);
}

function hasText(draft: OpenDraft | undefined): boolean {
  return Boolean(draft && (draft.text.trim() || draft.probes.some((p) => p.trim())));
}

/**
 * The question on screen is cut off (its section or the round ran out, or the candidate ended
 * early): an open answer with text goes to grading, anything else is unanswered. Then the round
 * continues at `nextIndex`, unless it is ending.
 */
function cutOff(state: RoundState, now: number, nextIndex: number): RoundState {
  const q = currentQuestion(state);
  if (!q) return state;
  if (state.phase === 'grading') {
    return { ...state, nextIndex: Math.max(nextIndex, state.nextIndex ?? 0) };
  }
  if (isOpenItem(q.item) && hasText(state.draft)) return toGrading(state, now, nextIndex);
  const result = state.typed
    ? answered(q, spentMs(state, now), state.typed)
    : skipped(q, 'unanswered', spentMs(state, now));
  return enter({ ...state, results: [...state.results, result] }, nextIndex, now);
}

/**
 * Applies the clock at `now`: warnings, a section running out (its remaining questions are
 * skipped), the round running out. Call it on every tick and before every action.
 */
export function advanceClock(
  state: RoundState,
  now: number,
): { state: RoundState; events: timer.TimerEvent[] } {
  if (state.phase !== 'answering') return { state, events: [] };
  const ticked = timer.tick(state.plan, state.timer, now);
  let next: RoundState = { ...state, timer: ticked.state };
  for (const event of ticked.events) {
    if (event.type === 'warning') next = { ...next, warning: event.minutes };
    else if (event.type === 'round-expired') {
      next = cutOff({ ...next, ending: 'time' }, now, next.questions.length);
    } else {
      const section = next.plan.sections[event.section]?.kind;
      let after = next.index + 1;
      while (after < next.questions.length && next.questions[after]?.section === section) after++;
      next = cutOff(next, now, after);
    }
  }
  return { state: next, events: ticked.events };
}

/**
 * Ends the round now. Ended early: an open answer with text is graded first. Interrupted
 * (Ctrl+C): the round stops as it is; an answer being graded stays unanswered.
 */
export function endRound(state: RoundState, now: number, ending: Ending): RoundState {
  if (state.phase === 'done') return state;
  if (ending === 'interrupted' || state.phase === 'grading') {
    const q = currentQuestion(state);
    const pending =
      q && !state.results.some((r) => r.itemId === q.item.id)
        ? [
            {
              ...skipped(
                q,
                'unanswered',
                state.phase === 'grading' ? (state.answerMs ?? 0) : spentMs(state, now),
              ),
              // The draft stays with the round (it is not graded, so not a review).
              ...(hasText(state.draft) ? { answer: state.draft } : {}),
            },
          ]
        : [];
    return finish({ ...state, results: [...state.results, ...pending] }, now, ending);
  }
  return cutOff({ ...state, ending }, now, state.questions.length);
}
