// Runs a round: holds its state, applies the clock (a 250 ms poll re-renders when the shown
// second changes; the time itself comes from services.now()), writes every answer to the log at
// once, and on the end writes the study plan and the `mock` event and hands back the report.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Bank } from '../../../core/content/schema.js';
import { RoundRecorder } from '../../../core/mock/record.js';
import { advanceClock, endRound, type RoundState } from '../../../core/mock/round.js';
import { type RoundReport, scoreRound } from '../../../core/mock/score.js';
import { masteryByTopic } from '../../../core/mock/setup.js';
import { type StudyPlanEntry, studyPlan } from '../../../core/mock/study-plan.js';
import { clockView, type TimerEvent } from '../../../core/mock/timer.js';
import { useNavigation } from '../../navigation.js';
import { useServices } from '../../services.js';

export interface RoundOutcome {
  state: RoundState;
  report: RoundReport;
  plan: StudyPlanEntry[];
}

export interface Notice {
  text: string;
  /** Shown until this time (epoch ms). */
  until?: number;
}

export const POLL_MS = 250;
const NOTICE_MS = 8_000;

export function useRound(initial: RoundState, bank: Bank, sectionName: (i: number) => string) {
  const services = useServices();
  const nav = useNavigation();
  const recorder = useMemo(() => new RoundRecorder(services.store()), [services]);
  const ref = useRef(initial);
  const [state, setState] = useState(initial);
  const [outcome, setOutcome] = useState<RoundOutcome | undefined>();
  const [notice, setNotice] = useState<Notice | undefined>();
  const [, setSecond] = useState(0);
  const nameRef = useRef(sectionName);
  nameRef.current = sectionName;

  const commit = useCallback(
    (next: RoundState, events: TimerEvent[], now: number) => {
      ref.current = next;
      recorder.sync(next);
      // Warnings are shown from the state (it keeps the last one) and take the notice line
      // over; otherwise a section running out is news for a few seconds.
      if (events.some((e) => e.type === 'warning')) setNotice(undefined);
      else {
        for (const e of events) {
          if (e.type === 'section-expired') {
            setNotice({
              text: `Time is up for ${nameRef.current(e.section)}: moving on`,
              until: now + NOTICE_MS,
            });
          }
        }
      }
      if (next.phase === 'done' && !recorder.finished) {
        const report = scoreRound(next);
        const plan = studyPlan(
          report,
          bank.items,
          next.seed,
          masteryByTopic(bank, services.store().events(), now),
        );
        recorder.finish(next, report, plan);
        setOutcome({ state: next, report, plan });
      }
      setState(next);
    },
    [recorder, bank, services],
  );

  /** Applies the clock, then the action, at the same moment. */
  const apply = useCallback(
    (action: (s: RoundState, now: number) => RoundState) => {
      const now = services.now();
      const ticked = advanceClock(ref.current, now);
      commit(action(ticked.state, now), ticked.events, now);
    },
    [services, commit],
  );

  useEffect(() => {
    const timer = setInterval(() => {
      if (ref.current.phase === 'done') return;
      const now = services.now();
      const ticked = advanceClock(ref.current, now);
      if (ticked.events.length) commit(ticked.state, ticked.events, now);
      else ref.current = ticked.state;
      const view = clockView(ticked.state.plan, ticked.state.timer, now);
      setSecond(
        Math.ceil(view.roundLeftMs / 1000) * 100_000 + Math.ceil(view.sectionLeftMs / 1000),
      );
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [services, commit]);

  // Ctrl+C saves the partial round (the answers are already in the log).
  useEffect(
    () =>
      nav.onInterrupt(() => {
        if (ref.current.phase !== 'done') {
          const now = services.now();
          commit(endRound(ref.current, now, 'interrupted'), [], now);
        }
      }),
    [nav, services, commit],
  );

  return { state, outcome, notice, apply, now: services.now };
}
