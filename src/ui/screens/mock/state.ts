// The mock interview screen as a pure reducer: the intro, the timed round (its steps, the
// countdown, self-grading, the "end now?" and "quit?" questions) and the report.
//
// Every action that carries a time first applies the clock at that time (a section or the round
// may have run out); a key meant for a question no longer on screen is then dropped. A step is
// answered once, and only from a terminal read after the one that showed it: Enter pressed twice
// in one read records one answer and never answers (or reveals, or grades) the next step unseen.
// The round's answers are written by the input hook once an action is accepted (record.ts).
import type { Bank } from '../../../core/content/schema.js';
import type { Grade, Rating } from '../../../core/grading/types.js';
import { type RoundPlan, sectionTitles } from '../../../core/mock/plan.js';
import {
  advanceClock,
  answer,
  currentQuestion,
  endRound,
  flashcardGrade,
  gradeOpen,
  type OpenDraft,
  type RoundState,
  setDraft,
  setTyped,
  startRound,
  submitOpen,
} from '../../../core/mock/round.js';
import type { RoundReport } from '../../../core/mock/score.js';
import type { RoundQuestion } from '../../../core/mock/select.js';
import type { StudyPlanEntry } from '../../../core/mock/study-plan.js';
import { clockView } from '../../../core/mock/timer.js';
import {
  type GradeStep,
  gradeOf,
  isLastGroup,
  markSeen,
  movePoint,
  nextGroup,
  type OpenItem,
  startGrading,
  toggleTick,
  turnPage,
} from './grade-state.js';

/** What the step on screen keeps besides the round (an objective question's input keeps its own). */
export type Step =
  | { kind: 'card'; revealed: boolean; scroll: number }
  /** Writing an open answer: probe 0 is the answer itself, k a scenario's follow-up k. */
  | { kind: 'open'; probe: number; top: number }
  | GradeStep
  | { kind: 'question' }
  | { kind: 'none' };

export interface Notice {
  text: string;
  /** Shown until this time (epoch ms); without it, until the next notice. */
  until?: number;
}

export const NOTICE_MS = 8_000;

interface IntroStage {
  stage: 'intro';
  error?: string;
}

export interface RoundStage {
  stage: 'round';
  bank: Bank;
  round: RoundState;
  /** The time the clock line shows (the last tick or action that changed it). */
  now: number;
  step: Step;
  /** The terminal read during which the step was shown: it is answered from a later one. */
  shownOnRead: number;
  /** A question the shell's keys asked: end the round (Esc, q), or quit (Ctrl+C while writing). */
  asking?: 'end' | 'quit';
  notice?: Notice;
}

export interface ReportStage {
  stage: 'report';
  bank: Bank;
  round: RoundState;
  report: RoundReport;
  plan: StudyPlanEntry[];
  saveError?: string;
}

export type MockState = IntroStage | RoundStage | ReportStage;

/** Which question a child input (a question, the editor) answers: a stale one cannot answer another. */
interface Asked {
  index: number;
}
interface Timed {
  now: number;
  read: number;
}

export type MockAction =
  | ({
      type: 'start';
      bank: Bank;
      plan: RoundPlan;
      questions: RoundQuestion[];
      seed: number;
    } & Timed)
  | { type: 'start-failed'; message: string }
  | ({ type: 'tick' } & Timed)
  | ({ type: 'reveal' } & Timed)
  | ({ type: 'rate'; rating: Rating } & Timed)
  | { type: 'scroll'; by: number; limit: number }
  | ({ type: 'answer'; given: unknown; grade: Grade } & Asked & Timed)
  | ({ type: 'typed'; typed?: { given: unknown; grade: Grade } } & Asked)
  | ({ type: 'draft'; probe: number; text: string } & Asked)
  | ({ type: 'submit'; probe: number; text: string } & Asked & Timed)
  | { type: 'brief'; by: number; max: number }
  /** Grading keys carry the points the window shows, which count as seen. */
  | { type: 'point'; by: number; visible: number[] }
  | ({ type: 'toggle'; visible: number[] } & Timed)
  | { type: 'page'; by: number; pages: number; visible: number[] }
  | ({ type: 'next'; visible: number[] } & Timed)
  | { type: 'ask'; what: 'end' | 'quit' }
  | { type: 'keep-going' }
  | ({ type: 'end-now' } & Timed)
  | ({ type: 'interrupt' } & Timed)
  /** The finished round is written; the report shows. */
  | { type: 'reported'; report: RoundReport; plan: StudyPlanEntry[]; saveError?: string }
  | { type: 'save-failed'; message: string };

export const startMock = (): MockState => ({ stage: 'intro' });

export function isOpen(item: { kind: string }): item is OpenItem {
  return item.kind === 'scenario' || item.kind === 'free-response';
}

/** The step a round's current question starts with. */
function stepFor(round: RoundState): Step {
  const q = currentQuestion(round);
  if (!q) return { kind: 'none' };
  if (isOpen(q.item)) {
    return round.phase === 'grading' ? startGrading(q.item) : { kind: 'open', probe: 0, top: 0 };
  }
  return q.item.kind === 'flashcard'
    ? { kind: 'card', revealed: false, scroll: 0 }
    : { kind: 'question' };
}

function withoutAsking(s: RoundStage): RoundStage {
  const { asking: _a, ...rest } = s;
  return rest;
}

/** The round moved on: a new question or phase is a new step, shown in this read. */
function withRound(s: RoundStage, round: RoundState, read: number): RoundStage {
  if (round === s.round) return s;
  const moved = round.index !== s.round.index || round.phase !== s.round.phase;
  if (!moved) return { ...s, round };
  return {
    ...(round.phase === 'done' ? withoutAsking(s) : s),
    round,
    step: stepFor(round),
    shownOnRead: read,
  };
}

/** What the clock line shows at `now`: the seconds left and whether the notice is up. */
function shown(s: RoundStage, now: number): string {
  const view = clockView(s.round.plan, s.round.timer, now);
  const notice = s.notice?.until === undefined || now < s.notice.until;
  return `${Math.ceil(view.roundLeftMs / 1000)}:${Math.ceil(view.sectionLeftMs / 1000)}:${notice}`;
}

/** Applies the clock at `now`: warnings, a section or the round running out. */
function clocked(s: RoundStage, now: number, read: number): RoundStage {
  const { state: round, events } = advanceClock(s.round, now);
  if (events.length === 0) return shown(s, now) === shown(s, s.now) ? s : { ...s, now };
  let notice = s.notice;
  // A warning shows from the round (it keeps the last one) and takes the notice line over;
  // otherwise a section running out is news for a few seconds.
  if (events.some((e) => e.type === 'warning')) notice = undefined;
  else {
    for (const e of events) {
      if (e.type !== 'section-expired') continue;
      const kind = s.round.plan.sections[e.section]?.kind ?? 'design';
      notice = { text: `Time is up for ${sectionTitles[kind]}: moving on`, until: now + NOTICE_MS };
    }
  }
  const { notice: _n, ...rest } = s;
  return withRound({ ...rest, ...(notice ? { notice } : {}), now }, round, read);
}

/** Whether a key from `read` may act on the step on screen (it was shown in an earlier read). */
const fresh = (s: RoundStage, read: number) => read > s.shownOnRead;

/**
 * The clock, then `act` on the step, unless the clock moved the round on first (the key was
 * meant for what is no longer on screen). `act` returns undefined to decline.
 */
function onStep(
  s: RoundStage,
  { now, read }: Timed,
  act: (s: RoundStage) => RoundStage | undefined,
): RoundStage {
  const ticked = clocked(s, now, read);
  if (ticked.round.index !== s.round.index || ticked.round.phase !== s.round.phase) return ticked;
  // A declined key changes nothing; a warning the clock gave stays (the ticks redraw the time).
  return act(ticked) ?? (ticked.round === s.round ? s : ticked);
}

function draftWith(draft: OpenDraft | undefined, probe: number, text: string): OpenDraft {
  const base = draft ?? { text: '', probes: [] };
  return probe === 0
    ? { ...base, text }
    : { ...base, probes: Object.assign([...base.probes], { [probe - 1]: text }) };
}

/** The follow-up questions the current scenario asks (its section's plan says how many). */
export function probesOf(round: RoundState): string[] {
  const q = currentQuestion(round);
  if (q?.item.kind !== 'scenario') return [];
  const section = round.plan.sections.find((x) => x.kind === q.section);
  const count = section?.kind === 'design' ? section.probes : 0;
  return q.item.probes.slice(0, count).map((p) => p.question);
}

export function reduceMock(state: MockState, action: MockAction): MockState {
  switch (state.stage) {
    case 'intro':
      return reduceIntro(state, action);
    case 'round':
      return reduceRound(state, action);
    case 'report':
      return state;
  }
}

function reduceIntro(state: IntroStage, action: MockAction): MockState {
  if (action.type === 'start-failed') return { stage: 'intro', error: action.message };
  if (action.type !== 'start' || state.error) return state;
  const round = startRound(action.plan, action.questions, action.seed, action.now);
  return {
    stage: 'round',
    bank: action.bank,
    round,
    now: action.now,
    step: stepFor(round),
    shownOnRead: action.read,
  };
}

function reduceRound(s: RoundStage, action: MockAction): MockState {
  if (s.round.phase === 'done') {
    return action.type === 'reported'
      ? {
          stage: 'report',
          bank: s.bank,
          round: s.round,
          report: action.report,
          plan: action.plan,
          ...(action.saveError ? { saveError: action.saveError } : {}),
        }
      : s;
  }
  const step = s.step;
  const q = currentQuestion(s.round);
  switch (action.type) {
    case 'tick':
      return clocked(s, action.now, action.read);
    case 'reveal':
      return onStep(s, action, (t) =>
        t.step.kind === 'card' && !t.step.revealed && fresh(t, action.read)
          ? { ...t, step: { ...t.step, revealed: true, scroll: 0 } }
          : undefined,
      );
    case 'rate':
      return onStep(s, action, (t) =>
        t.step.kind === 'card' && t.step.revealed && fresh(t, action.read)
          ? withRound(
              t,
              answer(t.round, action.now, flashcardGrade(action.rating), { rating: action.rating }),
              action.read,
            )
          : undefined,
      );
    case 'scroll': {
      if (step.kind !== 'card' || !step.revealed) return s;
      const scroll = Math.max(0, Math.min(action.limit, step.scroll + action.by));
      return scroll === step.scroll ? s : { ...s, step: { ...step, scroll } };
    }
    case 'answer':
      return onStep(s, action, (t) =>
        t.step.kind === 'question' && action.index === t.round.index && fresh(t, action.read)
          ? withRound(t, answer(t.round, action.now, action.grade, action.given), action.read)
          : undefined,
      );
    case 'typed': {
      if (step.kind !== 'question' || action.index !== s.round.index) return s;
      const typed = action.typed && { graded: action.typed.grade, given: action.typed.given };
      return { ...s, round: setTyped(s.round, typed) };
    }
    case 'draft': {
      if (step.kind !== 'open' || action.index !== s.round.index || action.probe !== step.probe) {
        return s;
      }
      return { ...s, round: setDraft(s.round, draftWith(s.round.draft, step.probe, action.text)) };
    }
    case 'submit':
      return onStep(s, action, (t) => {
        const open = t.step;
        if (open.kind !== 'open' || action.index !== t.round.index) return undefined;
        if (action.probe !== open.probe || !fresh(t, action.read)) return undefined;
        const draft = draftWith(t.round.draft, open.probe, action.text);
        if (open.probe < probesOf(t.round).length) {
          // The next follow-up is a new step: a second Tab in this read does not skip it.
          return {
            ...t,
            round: setDraft(t.round, draft),
            step: { kind: 'open', probe: open.probe + 1, top: 0 },
            shownOnRead: action.read,
          };
        }
        return withRound(t, submitOpen(t.round, action.now, draft), action.read);
      });
    case 'brief': {
      if (step.kind !== 'open') return s;
      const top = Math.max(0, Math.min(action.max, Math.min(step.top, action.max) + action.by));
      return top === step.top ? s : { ...s, step: { ...step, top } };
    }
    case 'point':
      return step.kind === 'grade' && q && isOpen(q.item)
        ? { ...s, step: movePoint(markSeen(step, action.visible), q.item, action.by) }
        : s;
    case 'page':
      if (step.kind !== 'grade') return s;
      return { ...s, step: turnPage(markSeen(step, action.visible), action.by, action.pages) };
    case 'toggle':
      return step.kind === 'grade' && fresh(s, action.read)
        ? { ...s, step: toggleTick(markSeen(step, action.visible)) }
        : s;
    case 'next': {
      if (step.kind !== 'grade' || !q || !isOpen(q.item) || !fresh(s, action.read)) return s;
      const seen = markSeen(step, action.visible);
      if (!isLastGroup(seen, q.item)) {
        // A new dimension is a new page of points: a second Enter in this read waits.
        return { ...s, step: nextGroup(seen), shownOnRead: action.read };
      }
      // Grading happens with the clock paused: no tick first.
      const g = gradeOf(q.item, seen);
      return withRound(
        { ...s, now: action.now },
        gradeOpen(s.round, action.now, g.grade, g.ticks, g.seen),
        action.read,
      );
    }
    case 'ask':
      return s.asking === action.what ? s : { ...s, asking: action.what };
    case 'keep-going':
      return s.asking ? withoutAsking(s) : s;
    case 'end-now': {
      if (s.asking !== 'end') return s;
      // Ended early, an open answer with text goes to grading first.
      const t = clocked(withoutAsking(s), action.now, action.read);
      return withRound(t, endRound(t.round, action.now, 'ended-early'), action.read);
    }
    case 'interrupt': {
      const t = clocked(s, action.now, action.read);
      return withRound(t, endRound(t.round, action.now, 'interrupted'), action.read);
    }
    case 'save-failed':
      return { ...s, notice: { text: action.message } };
    default:
      return s;
  }
}
