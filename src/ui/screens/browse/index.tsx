// Browse: every item of the bank, searchable by text, topic, kind and state, with its memory
// details and the same card actions as study (suspend, bury, flag, edit).
import { Text, useStdin } from 'ink';
import { useCallback, useMemo, useState } from 'react';
import { loadStudyBankOf } from '../../../core/content/compiled-study-bank.js';
import type { Bank } from '../../../core/content/schema.js';
import { BROWSE_STATES, lastRatingsOf, matchesFilter } from '../../../core/memory/browse.js';
import type { CardMarks } from '../../../core/memory/card-marks.js';
import { effectiveReviews, type Grade } from '../../../core/memory/events.js';
import type { ItemMemory } from '../../../core/memory/replay.js';
import { replayLogFile } from '../../../core/memory/replay-snapshot.js';
import type { ProgressStore } from '../../../core/store/store.js';
import { clampScroll } from '../../components/scroll-view.js';
import { useLoaded } from '../../hooks/use-loaded.js';
import { useTerminalSize } from '../../hooks/use-terminal-size.js';
import { hintsOf } from '../../keys/binding.js';
import { useHoldInput } from '../../keys/input-control.js';
import { useLatestReducer } from '../../keys/use-latest-reducer.js';
import { useScreen } from '../../navigation.js';
import { useServices } from '../../services.js';
import { colors } from '../../theme.js';
import { editAndReload } from '../study/edit-item.js';
import { reduceBrowse, type Select, startBrowse } from './state.js';
import { browseKeys, useBrowseInput } from './use-browse-input.js';
import { BrowseView, detailLines, detailRows, layoutOf } from './view.js';

interface Loaded {
  bank: Bank;
  store: ProgressStore;
  memory: Map<string, ItemMemory>;
  marks: Map<string, CardMarks>;
  ratings: Map<string, Grade[]>;
}

export function BrowseScreen() {
  const services = useServices();
  const [data] = useLoaded(
    useCallback(async (): Promise<Loaded> => {
      const store = services.store();
      const bank = await loadStudyBankOf(services.content);
      const { desiredRetention } = store.settings();
      const now = services.now();
      // The same replay as study (from the snapshot in the cache folder), unsaved answers too.
      const { memory, marks } = replayLogFile(
        store.logFile,
        now,
        { desiredRetention },
        services.cacheDir,
        store.unsaved(),
      ).state;
      const ratings = lastRatingsOf(effectiveReviews(store.events()));
      return { bank, store, memory, marks, ratings };
    }, [services]),
  );
  if (!data) return <Loading />;
  if ('error' in data) return <Failed message={data.error} />;
  return <Browser {...data} />;
}

/** Keys typed while the bank loads wait in stdin and apply once the list shows. */
function Loading() {
  useScreen({ title: 'Browse', keys: [] });
  useHoldInput();
  return <Text>Loading the items…</Text>;
}

function Failed({ message }: { message: string }) {
  useScreen({ title: 'Browse', keys: [] });
  return (
    <Text color={colors.bad} wrap="wrap">
      Cannot browse: {message}
    </Text>
  );
}

function Browser({ bank: loadedBank, store, memory, marks, ratings }: Loaded) {
  const services = useServices();
  const { stdin } = useStdin();
  // Replaced after `e` when the edited bank validates; the old one stays otherwise.
  const [bank, setBank] = useState(loadedBank);
  const size = useTerminalSize();
  const select: Select = useCallback(
    (filter, marksNow) =>
      bank.items
        .filter((i) => matchesFilter(i, filter, memory.get(i.id), marksNow.get(i.id)))
        .map((i) => i.id),
    [bank, memory],
  );
  const reduce = useMemo(() => reduceBrowse(select), [select]);
  const { state, latest, dispatch, changedByThisKey } = useLatestReducer(
    reduce,
    () => startBrowse(marks, select),
    // Into or out of the search field, where q and ? are text.
    (before, after) => (before.mode === 'search') !== (after.mode === 'search'),
  );
  const options = useMemo(
    () => ({
      topic: [...new Set(bank.items.map((i) => i.topic))],
      kind: [...new Set(bank.items.map((i) => i.kind))],
      state: BROWSE_STATES,
    }),
    [bank],
  );
  const layout = layoutOf(size);
  const details = (s: typeof state) => {
    const item = bank.byId.get(s.shown[s.cursor] ?? '');
    return item
      ? detailLines(
          bank,
          item,
          memory.get(item.id),
          s.marks.get(item.id),
          ratings.get(item.id),
          services.now(),
          layout.width,
        )
      : [];
  };

  const nav = useScreen({
    title: state.mode === 'details' ? 'Browse › item' : 'Browse',
    keys: hintsOf(browseKeys(state)),
    textEntry: state.mode === 'search',
    // Esc leaves the search field or the details first; from the list it goes back to Home.
    onEscape: state.mode === 'list' ? undefined : () => dispatch({ type: 'close' }),
  });

  useBrowseInput({
    latest,
    dispatch,
    changedByThisKey,
    store,
    now: services.now,
    nav,
    options,
    // ScrollView keeps one row for its "more" line (see clampScroll).
    scrollLimit: () =>
      clampScroll(Number.MAX_SAFE_INTEGER, details(latest.current).length, detailRows(layout)),
    edit: () => {
      const itemId = latest.current.shown[latest.current.cursor];
      if (!itemId || latest.current.saving) return;
      editAndReload({ bank, itemId, source: services.content }, services.env, stdin, setBank, (m) =>
        dispatch({ type: 'note', message: m }),
      );
    },
  });

  return (
    <BrowseView
      bank={bank}
      state={state}
      memory={memory}
      now={services.now()}
      layout={layout}
      details={state.mode === 'details' ? details(state) : []}
    />
  );
}
