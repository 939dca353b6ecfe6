// The round's countdown as pure state driven by `now()`: no intervals, so tests use a fake clock.
//
// Times count "interview time": wall time minus pauses (the clock pauses while the candidate
// grades their own open answer against the model answer, which is not part of the interview).
// A section's time box starts when the section starts and never runs past the round's end.

import type { RoundPlan } from './plan.js';

const WARNING_MINUTES = [5, 1] as const;
export type WarningMinutes = (typeof WARNING_MINUTES)[number];

export interface TimerState {
  startedAt: number;
  /** Interview time at which the current section started. */
  sectionStartedMs: number;
  section: number;
  /** Wall time the clock was paused at, while paused. */
  pausedAt?: number;
  /** Total paused wall time so far (excluding a pause in progress). */
  pausedMs: number;
  /** Round warnings already given. */
  warned: WarningMinutes[];
}

export type TimerEvent =
  | { type: 'warning'; minutes: WarningMinutes }
  | { type: 'section-expired'; section: number }
  | { type: 'round-expired' };

interface ClockView {
  roundLeftMs: number;
  sectionLeftMs: number;
  /** Interview time used so far. */
  elapsedMs: number;
  /** normal; warn at 5 minutes left in the round; urgent at 1 minute. */
  level: 'normal' | 'warn' | 'urgent';
  paused: boolean;
}

export function startTimer(now: number): TimerState {
  return { startedAt: now, sectionStartedMs: 0, section: 0, pausedMs: 0, warned: [] };
}

/** Interview time since the start: wall time minus pauses. */
export function elapsedMs(state: TimerState, now: number): number {
  const pausing = state.pausedAt === undefined ? 0 : now - state.pausedAt;
  return Math.max(0, now - state.startedAt - state.pausedMs - pausing);
}

function sectionDeadlineMs(plan: RoundPlan, state: TimerState): number {
  const box = plan.sections[state.section]?.ms ?? 0;
  return Math.min(plan.totalMs, state.sectionStartedMs + box);
}

export function clockView(plan: RoundPlan, state: TimerState, now: number): ClockView {
  const elapsed = elapsedMs(state, now);
  const roundLeftMs = Math.max(0, plan.totalMs - elapsed);
  const sectionLeftMs = Math.max(0, sectionDeadlineMs(plan, state) - elapsed);
  const level = roundLeftMs <= 60_000 ? 'urgent' : roundLeftMs <= 5 * 60_000 ? 'warn' : 'normal';
  return {
    roundLeftMs,
    sectionLeftMs,
    elapsedMs: elapsed,
    level,
    paused: state.pausedAt !== undefined,
  };
}

export function pause(state: TimerState, now: number): TimerState {
  return state.pausedAt === undefined ? { ...state, pausedAt: now } : state;
}

export function resume(state: TimerState, now: number): TimerState {
  if (state.pausedAt === undefined) return state;
  const { pausedAt, ...rest } = state;
  return { ...rest, pausedMs: state.pausedMs + (now - pausedAt) };
}

/** Moves to the next section, starting its time box now. */
export function nextSection(state: TimerState, now: number): TimerState {
  return { ...state, section: state.section + 1, sectionStartedMs: elapsedMs(state, now) };
}

/**
 * What happened by `now`: warnings crossed (each once; when both are crossed at once only the
 * more urgent is reported), the current section running out, the round running out. A warning
 * is only given if the round was longer than its threshold to begin with.
 */
export function tick(
  plan: RoundPlan,
  state: TimerState,
  now: number,
): { state: TimerState; events: TimerEvent[] } {
  const view = clockView(plan, state, now);
  const events: TimerEvent[] = [];
  const crossed = WARNING_MINUTES.filter(
    (m) => !state.warned.includes(m) && plan.totalMs > m * 60_000 && view.roundLeftMs <= m * 60_000,
  );
  let next = state;
  if (crossed.length) {
    next = { ...state, warned: [...state.warned, ...crossed] };
    events.push({ type: 'warning', minutes: Math.min(...crossed) as WarningMinutes });
  }
  if (view.roundLeftMs <= 0) events.push({ type: 'round-expired' });
  else if (view.sectionLeftMs <= 0)
    events.push({ type: 'section-expired', section: state.section });
  return { state: next, events };
}

/** mm:ss, rounding up so the display reads 00:00 only when the time is really out. */
export function mmss(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}
