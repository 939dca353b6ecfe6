// What study shows: the card with its rating row, or the session's summary. Render only.
import { Box, Text } from 'ink';
import type { Bank, FlashcardItem } from '../../../core/content/schema.js';
import { topicName } from '../../../core/memory/mastery.js';
import { formatInterval, type RatingPreview } from '../../../core/memory/preview.js';
import { dueOutlook, type QueueReason } from '../../../core/memory/queue.js';
import type { ItemMemory } from '../../../core/memory/replay.js';
import { cardsLeft, summarize } from '../../../core/memory/session.js';
import { todayCounts } from '../../../core/memory/today.js';
import { CardView } from '../../components/card-view.js';
import { RatingRow } from '../../components/rating-row.js';
import type { Line } from '../../components/wrap.js';
import { colors } from '../../theme.js';
import type { StudyState } from './state.js';

const reasonLabels: Record<QueueReason, string> = {
  due: 'review',
  new: 'new card',
  ahead: 'ahead of schedule',
  learning: 'again (learning step)',
};

export function CardScreen({
  bank,
  state,
  item,
  lines,
  cardRows,
  previews,
  now,
}: {
  bank: Bank;
  state: StudyState;
  /** For the count of cards that come back within the session. */
  now: number;
  item: FlashcardItem;
  lines: Line[];
  cardRows: number;
  previews: RatingPreview[];
}) {
  const memory = state.current ? state.memory.get(state.current.itemId) : undefined;
  const more = cardsLeft(state.session, state.memory, now, state.current);
  const flagged = state.current ? state.marks.get(state.current.itemId)?.flagged : false;
  return (
    <Box flexDirection="column">
      <Text color={colors.dim} wrap="truncate-end">
        Card {state.session.ratings.length + 1}
        {more > 0 ? ` · ${more} more` : ''} · {topicName(bank, item.topic)} ·{' '}
        {state.current ? reasonLabels[state.current.reason] : ''}
        {memory?.leech ? ' · leech' : ''}
        {flagged ? ' · flagged' : ''}
      </Text>
      <Box marginTop={1}>
        <CardView lines={lines} height={cardRows} scroll={state.scroll} />
      </Box>
      <Box marginTop={1} flexDirection="column">
        {state.revealed ? (
          <RatingRow previews={previews} />
        ) : (
          <Text color={colors.dim} wrap="truncate-end">
            Space: show the answer
          </Text>
        )}
        {state.note ? (
          <Text
            color={
              /^(Not saved|Not edited|Edit not used)/.test(state.note) ? colors.bad : colors.dim
            }
            wrap="truncate-end"
          >
            {state.note}
          </Text>
        ) : null}
      </Box>
    </Box>
  );
}

interface SummaryProps {
  bank: Bank;
  state: StudyState;
  topic?: string;
  now: number;
  /** Why no new card was offered (shown when the session had nothing to study). */
  newCardsNote: string;
  canStudyAhead: boolean;
  newPerDay: number;
}

export function StudySummary({
  bank,
  state,
  topic,
  now,
  newCardsNote,
  canStudyAhead,
  newPerDay,
}: SummaryProps) {
  const s = summarize(state.session, now);
  const outlook = dueOutlook(bank, state.memory, now, { topic });
  const { quiz } = todayCounts(bank, state.memory, now, newPerDay);
  const quizDue = quiz.learning + quiz.due;
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
            {`No cards are due${topic ? ' in this topic' : ''}, and ${newCardsNote}.`}
          </Text>
        </>
      ) : (
        <>
          <Text bold>Session finished</Text>
          <Text> </Text>
          <Text wrap="truncate-end">
            {s.cards} card{s.cards === 1 ? '' : 's'} · {s.reviews} review
            {s.reviews === 1 ? '' : 's'} · {formatDuration(s.durationMs)}
          </Text>
          <Text wrap="truncate-end">
            {ratingNames.map((name, i) => `${name} ${s.byRating[i]}`).join(' · ')} · Again rate{' '}
            {Math.round(s.againRate * 100)}%
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
      {empty && canStudyAhead ? (
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

const ratingNames = ['Again', 'Hard', 'Good', 'Easy'] as const;

/** 45s, 2m 10s, 1h 5m. */
function formatDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const sec = total % 60;
  if (h) return `${h}h ${m}m`;
  if (m) return `${m}m ${sec}s`;
  return `${sec}s`;
}

/** Why a session offered no new card. */
export function newCardsNote(
  bank: Bank,
  memory: ReadonlyMap<string, ItemMemory>,
  args: { topic?: string; newCards?: number },
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
