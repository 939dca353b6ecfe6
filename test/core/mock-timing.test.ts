import { describe, expect, it } from 'vitest';
import { defaultMinutes, planRound } from '../../src/core/mock/plan.js';
import {
  clockView,
  mmss,
  nextSection,
  pause,
  resume,
  startTimer,
  type TimerState,
  tick,
} from '../../src/core/mock/timer.js';
import { MIN, T0 } from './mock-fixtures.js';

const minutesOf = (plan: ReturnType<typeof planRound>) => plan.sections.map((s) => s.ms / MIN);

describe('mock plan', () => {
  it('full is 45 minutes: rapid-fire 5, estimation 10, design 25, wrap-up 5', () => {
    const plan = planRound('full');
    expect(plan.totalMs).toBe(45 * MIN);
    expect(plan.sections.map((s) => s.kind)).toEqual([
      'rapid-fire',
      'estimation',
      'design',
      'wrap-up',
    ]);
    expect(minutesOf(plan)).toEqual([5, 10, 25, 5]);
    expect(plan.sections.map((s) => s.questions)).toEqual([8, 3, 1, 1]);
    expect(plan.sections[2]?.probes).toBe(3);
  });

  it('short is 15 minutes: 2, 3, 8, 2 with fewer questions', () => {
    const plan = planRound('short');
    expect(defaultMinutes('short')).toBe(15);
    expect(minutesOf(plan)).toEqual([2, 3, 8, 2]);
    expect(plan.sections.map((s) => s.questions)).toEqual([3, 1, 1, 1]);
    expect(plan.sections[2]?.probes).toBe(1);
  });

  it('--minutes scales the sections proportionally and they add up to the round', () => {
    const plan = planRound('full', 90);
    expect(minutesOf(plan)).toEqual([10, 20, 50, 10]);
    expect(plan.sections[0]?.questions).toBe(15);
    const odd = planRound('full', 31);
    expect(odd.sections.reduce((sum, s) => sum + s.ms, 0)).toBe(31 * MIN);
    for (const s of odd.sections) expect(s.ms % 1000).toBe(0);
  });

  it('the shortest round still gives every section at least a minute', () => {
    for (const format of ['full', 'short'] as const) {
      const plan = planRound(format, 5);
      expect(plan.sections.reduce((sum, s) => sum + s.ms, 0)).toBe(5 * MIN);
      for (const s of plan.sections) expect(s.ms).toBeGreaterThanOrEqual(MIN);
    }
  });

  it('refuses lengths outside 5–180 whole minutes', () => {
    expect(() => planRound('full', 4)).toThrow(/5 to 180/);
    expect(() => planRound('full', 181)).toThrow(/5 to 180/);
    expect(() => planRound('short', 12.5)).toThrow(/whole/);
  });
});

describe('mock timer (fake clock)', () => {
  const plan = planRound('short');
  const run = (state: TimerState, at: number) => tick(plan, state, at);
  /** Every section started on schedule (0, 2, 5 and 13 minutes in): the wrap-up is on. */
  const lastSection = () => {
    let t = startTimer(T0);
    for (const at of [2, 5, 13]) t = nextSection(t, T0 + at * MIN);
    return t;
  };

  it('counts the round and the section down from the start', () => {
    const t = startTimer(T0);
    const view = clockView(plan, t, T0 + 61_500);
    expect(mmss(view.roundLeftMs)).toBe('13:59');
    expect(mmss(view.sectionLeftMs)).toBe('00:59');
    expect(view.level).toBe('normal');
  });

  it('warns once at 5:00 left and once at 1:00 left', () => {
    let t = lastSection();
    const at = (left: number) => T0 + plan.totalMs - left;
    expect(run(t, at(5 * MIN + 1)).events).toEqual([]);
    const five = run(t, at(5 * MIN));
    expect(five.events).toEqual([{ type: 'warning', minutes: 5 }]);
    t = five.state;
    expect(run(t, at(4 * MIN)).events).toEqual([]);
    expect(clockView(plan, t, at(4 * MIN)).level).toBe('warn');
    const one = run(t, at(MIN));
    expect(one.events).toEqual([{ type: 'warning', minutes: 1 }]);
    t = one.state;
    expect(run(t, at(30_000)).events).toEqual([]);
    expect(clockView(plan, t, at(30_000)).level).toBe('urgent');
  });

  it('a jump past both thresholds gives only the more urgent warning', () => {
    const r = run(lastSection(), T0 + plan.totalMs - 30_000);
    expect(r.events).toEqual([{ type: 'warning', minutes: 1 }]);
    expect(run(r.state, T0 + plan.totalMs - 20_000).events).toEqual([]);
  });

  it("a section's box runs out on its own clock; the next starts when it starts", () => {
    let t = startTimer(T0);
    expect(run(t, T0 + 2 * MIN - 1).events).toEqual([]);
    expect(run(t, T0 + 2 * MIN).events).toEqual([{ type: 'section-expired', section: 0 }]);
    t = nextSection(t, T0 + 90_000); // rapid-fire finished early
    expect(mmss(clockView(plan, t, T0 + 90_000).sectionLeftMs)).toBe('03:00');
    expect(run(t, T0 + 90_000 + 3 * MIN).events).toEqual([{ type: 'section-expired', section: 1 }]);
  });

  it('the round running out ends it', () => {
    const t = lastSection();
    const r = run({ ...t, warned: [5, 1] }, T0 + plan.totalMs);
    expect(r.events).toEqual([{ type: 'round-expired' }]);
    expect(clockView(plan, t, T0 + plan.totalMs + 5000).roundLeftMs).toBe(0);
  });

  it('a pause (self-grading) stops both clocks', () => {
    let t = pause(startTimer(T0), T0 + 30_000);
    expect(mmss(clockView(plan, t, T0 + 10 * MIN).roundLeftMs)).toBe('14:30');
    expect(clockView(plan, t, T0 + 10 * MIN).paused).toBe(true);
    t = resume(t, T0 + 10 * MIN);
    expect(mmss(clockView(plan, t, T0 + 10 * MIN + 1000).roundLeftMs)).toBe('14:29');
    expect(run(t, T0 + 10 * MIN + 60_000).events).toEqual([]);
  });

  it('mm:ss rounds up so 00:00 means the time is out', () => {
    expect(mmss(0)).toBe('00:00');
    expect(mmss(1)).toBe('00:01');
    expect(mmss(59_001)).toBe('01:00');
    expect(mmss(45 * MIN)).toBe('45:00');
  });
});
