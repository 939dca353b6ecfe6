import { Box, Text, useInput } from 'ink';
import { useEffect, useRef, useState } from 'react';
import type { ParsedCommand } from '../../cli/commands.js';
import { type StudyArgs, studyArgs } from '../../cli/study-args.js';
import { loadStudyBankOf } from '../../core/content/compiled-study-bank.js';
import type { Bank, FlashcardItem } from '../../core/content/schema.js';
import { type Grade, isReviewEvent } from '../../core/memory/events.js';
import { topicName } from '../../core/memory/mastery.js';
import { formatInterval, previewRatings } from '../../core/memory/preview.js';
import {
  buildStudyQueue,
  dueOutlook,
  dueTodayItems,
  type QueueEntry,
  type QueueReason,
} from '../../core/memory/queue.js';
import { applyReview, type ItemMemory } from '../../core/memory/replay.js';
import { replayLogFile } from '../../core/memory/replay-snapshot.js';
import {
  nextEntry,
  rated,
  type StudySession,
  startSession,
  summarize,
  undone,
} from '../../core/memory/session.js';
import type { ProgressStore } from '../../core/store/store.js';
import { CardView, cardLines, maxScroll } from '../components/card-view.js';
import { RatingRow } from '../components/rating-row.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { type KeyHelp, useScreen } from '../navigation.js';
import { useServices } from '../services.js';
import { colors } from '../theme.js';

interface Loaded {
  bank: Bank;
  store: ProgressStore;
  args: StudyArgs;
}

/** Flashcards with FSRS: the due queue, then new cards; every rating is saved as it is given. */
export function StudyScreen({ cmd }: { cmd: ParsedCommand }) {
  const services = useServices();
  const [data, setData] = useState<Loaded | { error: string }>();
  useEffect(() => {
    let live = true;
    const failed = (error: unknown) =>
      setData({ error: (error as Error).message.split('\n')[0] ?? String(error) });
    services
      .storeReady()
      // With the templates: the summary's count of quiz items due includes them.
      .then(() => loadStudyBankOf(services.content))
      .then(
        (bank) => {
          if (!live) return;
          try {
            const store = services.store();
            setData({ bank, store, args: studyArgs(cmd, Object.keys(bank.material.topics)) });
          } catch (error) {
            failed(error);
          }
        },
        (error) => live && failed(error),
      );
    return () => {
      live = false;
    };
  }, [services, cmd]);
  if (!data) return <Waiting text="Loading the cards…" />;
  if ('error' in data) return <Waiting text={`Cannot study: ${data.error}`} error />;
  return <Session {...data} />;
}

function Waiting({ text, error }: { text: string; error?: boolean }) {
  useScreen({ title: 'Study', keys: [{ keys: 'Esc', action: 'back' }] });
  return (
    <Text color={error ? colors.bad : undefined} wrap="wrap">
      {text}
    </Text>
  );
}

interface State {
  memory: Map<string, ItemMemory>;
  session: StudySession;
  current?: QueueEntry;
  revealed: boolean;
  /** When the current card was shown (its answer time is measured from here). */
  shownAt: number;
  scroll: number;
  /** The summary is showing (q, or the queue ran out). */
  finished: boolean;
  ahead: boolean;
  note?: string;
}

const reasonLabels: Record<QueueReason, string> = {
  due: 'review',
  new: 'new card',
  ahead: 'ahead of schedule',
  learning: 'again (learning step)',
};

function Session({ bank, store, args }: Loaded) {
  const services = useServices();
  const size = useTerminalSize();
  // Read once: conf re-reads its file on every get.
  const [{ desiredRetention: retention, newPerDay }] = useState(() => store.settings());

  // The log replayed from its snapshot in the cache folder: a start replays only what is new.
  const replayAt = (now: number) =>
    replayLogFile(store.logFile, now, { desiredRetention: retention }, services.cacheDir).state
      .memory;
  const begin = (ahead: boolean): State => {
    const now = services.now();
    const memory = replayAt(now);
    const queue = buildStudyQueue(bank, memory, {
      now,
      newPerDay,
      newOverride: args.newCards,
      topic: args.topic,
      ahead,
    });
    return showNext(memory, startSession(queue, now), now, ahead);
  };
  const [state, setRendered] = useState<State>(() => begin(args.ahead));
  // Key handlers read the latest state from here: a key that arrives before React re-renders
  // (Space then 3, typed fast) must act on the state the previous key left.
  const latest = useRef(state);
  const setState = (next: State) => {
    latest.current = next;
    setRendered(next);
  };

  const phase = phaseOf(state);
  const canUndo = state.session.ratings.length > 0;
  const keys: KeyHelp[] =
    phase === 'question'
      ? [
          { keys: 'Space', action: 'show answer' },
          ...(canUndo ? [{ keys: 'u', action: 'undo last rating' }] : []),
          { keys: 'q', action: 'finish' },
        ]
      : phase === 'answer'
        ? [
            { keys: '1-4', action: 'rate Again/Hard/Good/Easy' },
            { keys: '↑↓', action: 'scroll' },
            ...(canUndo ? [{ keys: 'u', action: 'undo last rating' }] : []),
            { keys: 'q', action: 'finish' },
          ]
        : [
            { keys: 'Enter', action: 'back' },
            ...(canUndo ? [{ keys: 'u', action: 'undo last rating' }] : []),
            ...(startedEmpty(state) && hasSeen(bank, state.memory, args.topic)
              ? [{ keys: 'a', action: 'study ahead' }]
              : []),
            { keys: 'q', action: 'quit' },
          ];
  const title = `Study${args.topic ? ` › ${topicName(bank, args.topic)}` : ''}${state.ahead ? ' (ahead)' : ''}`;
  const nav = useScreen({ title, keys });

  const width = Math.max(20, size.columns - 2);
  // Body rows: the terminal minus the frame's title, padding and key line (and one spare row).
  const bodyRows = size.rows - 4;
  const cardRows = Math.max(3, bodyRows - 4);
  const linesOf = (s: State) => {
    const card = s.current ? (bank.byId.get(s.current.itemId) as FlashcardItem) : undefined;
    return card ? cardLines(card, s.revealed, width) : [];
  };
  const item = state.current ? (bank.byId.get(state.current.itemId) as FlashcardItem) : undefined;
  const lines = linesOf(state);

  const rate = (rating: Grade) => {
    const state = latest.current;
    const entry = state.current;
    if (!entry) return;
    const now = services.now();
    const event = store.append({
      type: 'review',
      itemId: entry.itemId,
      rating,
      source: 'study',
      ms: Math.max(0, now - state.shownAt),
      ...(entry.reason === 'ahead' ? { ahead: true } : {}),
    });
    const memory = new Map(state.memory);
    if (isReviewEvent(event)) {
      const step = applyReview(memory.get(entry.itemId), event, { desiredRetention: retention });
      memory.set(entry.itemId, step.memory);
    }
    const session = rated(state.session, { entry, eventId: event.id, rating, at: now });
    const next = showNext(memory, session, now, state.ahead);
    setState({ ...next, finished: !next.current });
  };

  const undoLast = () => {
    const state = latest.current;
    const back = undone(state.session);
    if (!back.undone) return;
    const now = services.now();
    store.append({ type: 'undo', target: back.undone.eventId });
    const memory = replayAt(now);
    setState(showNext(memory, back.session, now, state.ahead, 'Last rating undone.'));
  };

  useInput(
    (input, key) => {
      const state = latest.current;
      const phase = phaseOf(state);
      if (input === 'u') return undoLast();
      if (phase === 'summary') {
        if (key.return) nav.back();
        else if (input === 'q') nav.exit(0);
        else if (input === 'a' && startedEmpty(state) && hasSeen(bank, state.memory, args.topic))
          setState(begin(true));
        return;
      }
      if (input === 'q') return setState({ ...state, finished: true, note: undefined });
      if (key.upArrow) return setState({ ...state, scroll: Math.max(0, state.scroll - 1) });
      if (key.downArrow) {
        const limit = maxScroll(linesOf(state).length, cardRows);
        return setState({ ...state, scroll: Math.min(limit, state.scroll + 1) });
      }
      if (phase === 'question' && (input === ' ' || key.return)) {
        return setState({ ...state, revealed: true, scroll: 0, note: undefined });
      }
      if (phase === 'answer' && /^[1-4]$/.test(input)) rate(Number(input) as Grade);
    },
    { isActive: nav.active },
  );

  if (phase === 'summary' || !state.current || !item) {
    return (
      <Summary bank={bank} state={state} args={args} now={services.now()} newPerDay={newPerDay} />
    );
  }
  const memory = state.memory.get(state.current.itemId);
  const previews = previewRatings(memory, services.now(), {
    desiredRetention: retention,
    ahead: state.current.reason === 'ahead',
  });
  const left = state.session.pending.length;
  return (
    <Box flexDirection="column">
      <Text color={colors.dim} wrap="truncate-end">
        Card {state.session.ratings.length + 1}
        {left > 1 ? ` · ${left - 1} more` : ''} · {topicName(bank, item.topic)} ·{' '}
        {reasonLabels[state.current.reason]}
        {memory?.leech ? ' · leech' : ''}
      </Text>
      <Box marginTop={1}>
        <CardView lines={lines} height={cardRows} scroll={state.scroll} />
      </Box>
      <Box marginTop={1}>
        {state.revealed ? (
          <RatingRow previews={previews} />
        ) : (
          <Text color={colors.dim} wrap="truncate-end">
            Space: show the answer{state.note ? ` · ${state.note}` : ''}
          </Text>
        )}
      </Box>
    </Box>
  );
}

/** The session's next card, shown from `now` with its answer hidden. */
function showNext(
  memory: Map<string, ItemMemory>,
  session: StudySession,
  now: number,
  ahead: boolean,
  note?: string,
): State {
  const current = nextEntry(session, memory, now);
  return {
    memory,
    session,
    current,
    revealed: false,
    shownAt: now,
    scroll: 0,
    finished: false,
    ahead,
    note,
  };
}

function phaseOf(state: State): 'question' | 'answer' | 'summary' {
  if (state.finished || !state.current) return 'summary';
  return state.revealed ? 'answer' : 'question';
}

function startedEmpty(state: State): boolean {
  return state.session.ratings.length === 0 && !state.current;
}

function hasSeen(bank: Bank, memory: ReadonlyMap<string, ItemMemory>, topic?: string): boolean {
  for (const id of memory.keys()) {
    const item = bank.byId.get(id);
    if (item?.kind === 'flashcard' && (topic === undefined || item.topic === topic)) return true;
  }
  return false;
}

function newCardsNote(
  bank: Bank,
  memory: ReadonlyMap<string, ItemMemory>,
  args: StudyArgs,
  newPerDay: number,
): string {
  const unseen = bank.items.filter(
    (i) =>
      i.kind === 'flashcard' &&
      !memory.has(i.id) &&
      (args.topic === undefined || i.topic === args.topic),
  ).length;
  if (unseen === 0) return 'every card has been introduced';
  if (args.newCards !== undefined) return `--new ${args.newCards} allows no new cards`;
  return `today's new cards are done (${newPerDay} a day; more with --new N)`;
}

function Summary({
  bank,
  state,
  args,
  now,
  newPerDay,
}: {
  bank: Bank;
  state: State;
  args: StudyArgs;
  now: number;
  newPerDay: number;
}) {
  const s = summarize(state.session, now);
  const outlook = dueOutlook(bank, state.memory, now, { topic: args.topic });
  const quizDue = dueTodayItems(bank, state.memory, now).filter(
    (id) => bank.byId.get(id)?.kind !== 'flashcard',
  ).length;
  const next = [
    outlook.nextDueAt !== undefined
      ? `next card due in ${formatInterval(outlook.nextDueAt - now)}`
      : undefined,
    outlook.dueTomorrow ? `${outlook.dueTomorrow} due tomorrow` : undefined,
  ].filter(Boolean);
  const empty = s.cards === 0 && !state.finished;
  const leeches = [...new Set(state.session.ratings.map((r) => r.entry.itemId))].filter(
    (id) => state.memory.get(id)?.leech,
  );
  return (
    <Box flexDirection="column">
      {empty ? (
        <>
          <Text bold>Nothing to study right now.</Text>
          <Text wrap="wrap">
            {`No cards are due${args.topic ? ' in this topic' : ''}, and ${newCardsNote(bank, state.memory, args, newPerDay)}.`}
          </Text>
        </>
      ) : (
        <>
          <Text bold>Session finished</Text>
          <Text> </Text>
          <Text>
            {s.cards} card{s.cards === 1 ? '' : 's'} · Again {s.again} (
            {Math.round(s.againRate * 100)}%) · {formatDuration(s.durationMs)}
          </Text>
        </>
      )}
      <Text wrap="truncate-end">
        {next.length ? `Due next: ${next.join(' · ')}` : 'Nothing scheduled yet.'}
      </Text>
      {quizDue > 0 ? (
        <Text color={colors.warn} wrap="truncate-end">
          {quizDue} quiz item{quizDue === 1 ? '' : 's'} due today: faas-prep quiz
        </Text>
      ) : null}
      {leeches.length > 0 ? (
        <Text color={colors.warn} wrap="truncate-end">
          Leech{leeches.length === 1 ? '' : 'es'} (forgotten 8+ times, worth rewriting):{' '}
          {leeches.join(', ')}
        </Text>
      ) : null}
      {state.note ? <Text color={colors.dim}>{state.note}</Text> : null}
      {empty && hasSeen(bank, state.memory, args.topic) ? (
        <Box marginTop={1}>
          <Text wrap="wrap">
            Press <Text bold>a</Text> to study ahead: cards not yet due, least well remembered
            first. Their schedule is kept (only Again brings a card back sooner).
          </Text>
        </Box>
      ) : null}
    </Box>
  );
}

/** 45s, 2m 10s, 1h 5m. */
export function formatDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const sec = total % 60;
  if (h) return `${h}h ${m}m`;
  if (m) return `${m}m ${sec}s`;
  return `${sec}s`;
}
