// Totals, streak, due forecast, retention, mastery by topic, the interview plan, and backups.
import { Text } from 'ink';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { buildReportSteps } from '../../../core/memory/report.js';
import { loadStudyBank } from '../../../core/memory/study-bank.js';
import { entryToggled } from '../../components/line-entry.js';
import { useLoaded } from '../../hooks/use-loaded.js';
import { useTerminalSize } from '../../hooks/use-terminal-size.js';
import { hintsOf } from '../../keys/binding.js';
import { leavesScreen, useHoldInput } from '../../keys/input-control.js';
import { useLatestReducer } from '../../keys/use-latest-reducer.js';
import { useScreen } from '../../navigation.js';
import { useServices } from '../../services.js';
import { colors } from '../../theme.js';
import { nextTurn, runInTurns } from './run-in-turns.js';
import { type ProgressState, reduceProgress } from './state.js';
import { progressKeys, useProgressInput } from './use-progress-input.js';
import { ENTRY_ROWS, type Loaded, ProgressView, progressRows } from './view.js';

export function ProgressScreen() {
  const services = useServices();
  // The report is computed a piece per event-loop turn; closing the screen drops the rest.
  const open = useRef(true);
  useEffect(
    () => () => {
      open.current = false;
    },
    [],
  );
  const load = useCallback(async (): Promise<Loaded> => {
    const store = services.store();
    try {
      const bank = loadStudyBank(services.content.dir, services.content.compiled);
      const steps = buildReportSteps(bank, store.events(), store.settings(), services.now());
      const report = await runInTurns(steps, services.turn ?? nextTurn, () => open.current);
      return { store, bank, report };
    } catch (error) {
      return { store, problem: (error as Error).message.split('\n')[0] };
    }
  }, [services]);
  const [data, reload] = useLoaded(load);
  if (!data) return <Computing />;
  if ('error' in data) return <Failed message={data.error} />;
  return <Report data={data} reload={reload} />;
}

/**
 * While the report is computed, keys wait and apply to the report once it shows; but Esc goes
 * back and q or Ctrl+C quits between two pieces of the work, not after all of it.
 */
function Computing() {
  useScreen({ title: 'Progress', keys: [] });
  useHoldInput(leavesScreen);
  return <Text>Computing your progress…</Text>;
}

function Failed({ message }: { message: string }) {
  useScreen({ title: 'Progress', keys: [] });
  return <Text color={colors.bad}>Cannot open the progress: {message}</Text>;
}

function Report({ data, reload }: { data: Loaded; reload: () => void }) {
  const services = useServices();
  const size = useTerminalSize();
  const { state, latest, dispatch } = useLatestReducer(
    reduceProgress,
    (): ProgressState => ({ scroll: 0 }),
    entryToggled,
  );
  const typing = state.entry !== undefined;
  const canSetDate = data.report !== undefined;
  const nav = useScreen({
    title: 'Progress',
    keys: hintsOf(progressKeys(state, canSetDate)),
    onEscape: typing ? () => dispatch({ type: 'close' }) : undefined,
    textEntry: typing,
  });

  const width = size.columns - 1;
  // The frame's title, padding and key line, and the date entry when it is open.
  const heightOf = (entryOpen: boolean) => size.rows - 4 - (entryOpen ? ENTRY_ROWS : 0);
  const rows = useMemo(() => progressRows(data, width), [data, width]);

  useProgressInput({
    latest,
    dispatch,
    nav,
    now: services.now,
    interviewDate: () => (data.report ? (data.report.settings.interviewDate ?? '') : null),
    saveDate: (date) => {
      data.store.updateSettings({ interviewDate: date });
      reload();
    },
    rows: () => rows.length,
    height: () => heightOf(latest.current.entry !== undefined),
  });

  return <ProgressView state={state} rows={rows} height={heightOf(typing)} />;
}
