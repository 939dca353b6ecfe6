// Flashcards with FSRS: the due queue, then new cards; every rating is saved as it is given.
import { Text, useStdin } from 'ink';
import { useCallback, useState } from 'react';
import { studyBankOf } from '../../../core/content/compiled-study-bank.js';
import type { Bank, FlashcardItem } from '../../../core/content/schema.js';
import { setAsideAt } from '../../../core/memory/card-marks.js';
import { topicName } from '../../../core/memory/mastery.js';
import { previewRatings } from '../../../core/memory/preview.js';
import { buildStudyQueue } from '../../../core/memory/queue.js';
import { replayLogFile } from '../../../core/memory/replay-snapshot.js';
import type { ProgressStore } from '../../../core/store/store.js';
import { checkTopic } from '../../check-topic.js';
import { cardLines, maxScroll } from '../../components/card-view.js';
import { useLoaded } from '../../hooks/use-loaded.js';
import { useTerminalSize } from '../../hooks/use-terminal-size.js';
import { type Binding, hintsOf } from '../../keys/binding.js';
import { useHoldInput } from '../../keys/input-control.js';
import { useLatestReducer } from '../../keys/use-latest-reducer.js';
import { type ScreenChrome, useScreen } from '../../navigation.js';
import type { RouteTo, StudyArgs } from '../../routes.js';
import { useServices } from '../../services.js';
import { colors } from '../../theme.js';
import { editAndReload } from './edit-item.js';
import {
  hasSeen,
  phaseOf,
  reduceStudy,
  type StartAction,
  type StudyPhase,
  type StudyState,
  startStudy,
} from './state.js';
import { keysOfPhase, studyKeys, useStudyInput } from './use-study-input.js';
import { CardScreen, newCardsNote, StudySummary } from './view.js';

interface Loaded {
  bank: Bank;
  store: ProgressStore;
  args: StudyArgs;
}

export function StudyScreen({ route }: { route: RouteTo<'study'> }) {
  const services = useServices();
  const [data] = useLoaded(
    useCallback((): Loaded | Promise<Loaded> => {
      const store = services.store();
      // With the templates: the summary's count of quiz items due includes them. From the
      // build's compiled bank when it is current (at once, so the first frame is the card),
      // without loading the YAML parser and zod.
      const ready = (bank: Bank): Loaded => {
        checkTopic(bank, route.args.topic);
        return { bank, store, args: route.args };
      };
      const bank = studyBankOf(services.content);
      return bank instanceof Promise ? bank.then(ready) : ready(bank);
    }, [services, route]),
  );
  if (!data) return <Loading />;
  if ('error' in data) return <Failed message={data.error} />;
  return <Session {...data} />;
}

function studyChrome(
  title: string,
  phase: StudyPhase,
  keys: Binding<unknown>[],
  finish: () => void,
): ScreenChrome {
  return {
    title,
    keys: hintsOf(keys),
    // The first q ends a running session and shows its summary; from the summary q quits.
    quit: phase === 'summary' ? undefined : { help: 'finish', run: finish },
  };
}

/**
 * The chrome of a session that opens on a card, as Session will declare it: given to the shell
 * before the first render, so the first frame has its title and keys and the shell need not
 * render a second time to add them. Undefined when it depends on the bank (a topic's name).
 * `q` before Session mounts has nothing to finish.
 */
export function firstCardChrome(route: RouteTo<'study'>): ScreenChrome | undefined {
  if (route.args.topic) return undefined;
  return studyChrome(
    `Study${route.args.ahead ? ' (ahead)' : ''}`,
    'question',
    keysOfPhase('question', false, false),
    () => {},
  );
}

/** Keys typed while the cards load wait in stdin and apply to the first card. */
function Loading() {
  useScreen({ title: 'Study', keys: [] });
  useHoldInput();
  return <Text>Loading the cards…</Text>;
}

function Failed({ message }: { message: string }) {
  useScreen({ title: 'Study', keys: [] });
  return (
    <Text color={colors.bad} wrap="wrap">
      Cannot study: {message}
    </Text>
  );
}

function Session({ bank: loadedBank, store, args }: Loaded) {
  const services = useServices();
  const { stdin } = useStdin();
  // Replaced after `e` when the edited bank validates; the old one stays otherwise.
  const [bank, setBank] = useState(loadedBank);
  const size = useTerminalSize();
  // Read once: conf re-reads its file on every get.
  const [{ desiredRetention, newPerDay }] = useState(() => store.settings());

  // The log replayed from its snapshot in the cache folder: a start replays only what is new.
  // Answers whose write failed are still only in the store's memory; they count too.
  const replayAt = useCallback(
    (now: number) => {
      const folded = replayLogFile(
        store.logFile,
        now,
        { desiredRetention },
        services.cacheDir,
        store.unsaved(),
      );
      // The replay has just read the whole log: the store's notices need not read it again.
      store.noteSkipped(folded.skipped);
      return folded.state;
    },
    [store, desiredRetention, services],
  );
  const begin = useCallback(
    (ahead: boolean): StartAction => {
      const now = services.now();
      const { memory, queued, marks } = replayAt(now);
      // Cards a mock round queued come before other new cards (see bring-forward.ts).
      const queue = buildStudyQueue(bank, memory, {
        now,
        newPerDay,
        newOverride: args.newCards,
        topic: args.topic,
        ahead,
        queued,
        setAside: setAsideAt(marks, now),
      });
      return { type: 'start', memory, marks, queue, now, ahead };
    },
    [services, bank, newPerDay, args, replayAt],
  );
  const { state, latest, dispatch, changedByThisKey } = useLatestReducer(
    reduceStudy,
    (): StudyState => {
      const start = begin(args.ahead);
      return startStudy(start.memory, start.queue, start.now, start.ahead, start.marks);
    },
  );

  const width = Math.max(20, size.columns - 2);
  // Body rows: the terminal minus the frame's title, padding and key line (and one spare row).
  const cardRows = Math.max(3, size.rows - 4 - 4);
  const cardOf = (s: StudyState) =>
    s.current ? (bank.byId.get(s.current.itemId) as FlashcardItem | undefined) : undefined;
  const linesOf = (s: StudyState) => {
    const card = cardOf(s);
    return card ? cardLines(card, s.revealed, width) : [];
  };

  const canStudyAhead = hasSeen(bank, state.memory, args.topic);
  const phase = phaseOf(state);
  const nav = useScreen(
    studyChrome(
      `Study${args.topic ? ` › ${topicName(bank, args.topic)}` : ''}${state.ahead ? ' (ahead)' : ''}`,
      phase,
      studyKeys(state, canStudyAhead),
      () => dispatch({ type: 'finish' }),
    ),
  );

  useStudyInput({
    latest,
    dispatch,
    changedByThisKey,
    bank,
    store,
    now: services.now,
    desiredRetention,
    replayAt,
    topic: args.topic,
    nav,
    scrollLimit: () => maxScroll(linesOf(latest.current).length, cardRows),
    begin,
    edit: () => {
      const itemId = latest.current.current?.itemId;
      if (!itemId || latest.current.saving) return;
      editAndReload({ bank, itemId, source: services.content }, services.env, stdin, setBank, (m) =>
        dispatch({ type: 'note', message: m }),
      );
    },
  });

  const item = cardOf(state);
  if (phase === 'summary' || !state.current || !item) {
    return (
      <StudySummary
        bank={bank}
        state={state}
        topic={args.topic}
        now={services.now()}
        newCardsNote={newCardsNote(bank, state.memory, args, newPerDay)}
        canStudyAhead={canStudyAhead}
        newPerDay={newPerDay}
      />
    );
  }
  const previews = previewRatings(state.memory.get(state.current.itemId), services.now(), {
    desiredRetention,
    ahead: state.current.reason === 'ahead',
  });
  return (
    <CardScreen
      bank={bank}
      state={state}
      item={item}
      lines={linesOf(state)}
      cardRows={cardRows}
      previews={previews}
      now={services.now()}
    />
  );
}
