// What Browse shows: the filter line, the list (windowed with "↑ N more / ↓ N more"), or one
// item's details. Render only; the lines are built here so their count fits the terminal.
import { Box, Text } from 'ink';
import type { Bank, Item } from '../../../core/content/schema.js';
import { buriedAt, headlineOf, statesOf } from '../../../core/memory/browse.js';
import type { CardMarks } from '../../../core/memory/card-marks.js';
import { studyDay } from '../../../core/memory/day.js';
import type { Grade } from '../../../core/memory/events.js';
import { topicName } from '../../../core/memory/mastery.js';
import { formatInterval } from '../../../core/memory/preview.js';
import type { ItemMemory } from '../../../core/memory/replay.js';
import { listWindow } from '../../components/question/list-window.js';
import { wrapText } from '../../components/question/wrap.js';
import { ScrollView } from '../../components/scroll-view.js';
import { colors } from '../../theme.js';
import type { BrowseState } from './state.js';

export interface BrowseLayout {
  width: number;
  /** Rows for the list or the details (the filter, count and note lines take the rest). */
  bodyRows: number;
}

/** The frame takes 4 rows (title, its gap, footer, one spare); filter, count and note 3 more. */
export function layoutOf(size: { columns: number; rows: number }): BrowseLayout {
  return { width: Math.max(20, size.columns - 2), bodyRows: Math.max(2, size.rows - 4 - 3) };
}

/** Rows for the details: the list's plus the filter and count lines it does not show. */
export const detailRows = (layout: BrowseLayout) => layout.bodyRows + 2;

const ratingNames: Record<Grade, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

/** The list's mark column: ! suspended, - buried, f flagged. */
function markColumn(marks: CardMarks | undefined, now: number): string {
  return `${marks?.suspended ? '!' : ' '}${buriedAt(marks, now) ? '-' : ' '}${marks?.flagged ? 'f' : ' '}`;
}

/** One item's details, one terminal line each: its memory and marks, then its question. */
export function detailLines(
  bank: Bank,
  item: Item,
  memory: ItemMemory | undefined,
  marks: CardMarks | undefined,
  ratings: readonly Grade[] | undefined,
  now: number,
  width: number,
): string[] {
  const states = [...statesOf(memory, marks), ...(buriedAt(marks, now) ? ['buried'] : [])];
  const due = memory?.card.due.getTime();
  const source = [item.source.section, item.source.url].filter(Boolean).join(' · ');
  const lines = [
    `Id:         ${item.id}`,
    `Kind:       ${item.kind} · ${topicName(bank, item.topic)}`,
    `State:      ${states.join(' · ')}`,
    `Due:        ${due === undefined ? 'not studied yet' : `${studyDay(due)} (${due <= now ? 'now' : `in ${formatInterval(due - now)}`})`}`,
    `Stability:  ${memory ? `${memory.card.stability.toFixed(1)} days` : '–'}`,
    `Difficulty: ${memory ? memory.card.difficulty.toFixed(1) : '–'}`,
    `Lapses:     ${memory ? `${memory.lapses} (of ${memory.reps} reviews)` : '–'}`,
    `Last rated: ${ratings?.length ? ratings.map((r) => ratingNames[r]).join(' ') : '–'}`,
    `Source:     ${source}`,
    `As of:      ${item.asOf ?? '–'}`,
    `File:       ${bank.fileOf.get(item.id) ?? '–'}`,
    '',
    // The question last: the memory figures are what the details are opened for.
    ...wrapText(headlineOf(item), width),
  ];
  return lines.map((l) => (l.length > width ? `${l.slice(0, width - 1)}…` : l));
}

function filterLine(state: BrowseState, bank: Bank): string {
  const f = state.filter;
  const cursor = state.mode === 'search' ? '▏' : '';
  return [
    `/${f.text}${cursor}`,
    `topic: ${f.topic ? topicName(bank, f.topic) : 'all'}`,
    `kind: ${f.kind ?? 'all'}`,
    `state: ${f.state ?? 'all'}`,
  ].join(' · ');
}

export function BrowseView({
  bank,
  state,
  memory,
  now,
  layout,
  details,
}: {
  bank: Bank;
  state: BrowseState;
  memory: ReadonlyMap<string, ItemMemory>;
  now: number;
  layout: BrowseLayout;
  details: string[];
}) {
  const note = (
    <Text color={colors.warn} wrap="truncate-end">
      {state.note ?? ' '}
    </Text>
  );
  if (state.mode === 'details') {
    return (
      <Box flexDirection="column">
        <ScrollView
          rows={details.map((l, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity but their place
            <Text key={i} wrap="truncate-end">
              {l || ' '}
            </Text>
          ))}
          height={detailRows(layout)}
          scroll={state.scroll}
        />
        {note}
      </Box>
    );
  }
  const entries = state.shown.map((id) => {
    const item = bank.byId.get(id);
    const tag = statesOf(memory.get(id), state.marks.get(id))[0] ?? '';
    const text = `${tag.padEnd(8)} ${markColumn(state.marks.get(id), now)} ${item ? headlineOf(item) : id}`;
    return [text.length > layout.width - 2 ? `${text.slice(0, layout.width - 3)}…` : text];
  });
  const window = listWindow(entries, state.cursor, layout.bodyRows, layout.width - 2);
  return (
    <Box flexDirection="column">
      <Text color={state.mode === 'search' ? colors.accent : colors.dim} wrap="truncate-end">
        {filterLine(state, bank)}
      </Text>
      <Text color={colors.dim} wrap="truncate-end">
        {state.shown.length} of {bank.items.length} items
      </Text>
      <Box flexDirection="column" height={layout.bodyRows}>
        {window.rows.map((row, i) => {
          const at = row.entry === state.cursor && row.entry !== undefined;
          return (
            <Text
              key={`${row.entry ?? (i === 0 ? 'above' : 'below')}-${row.part}`}
              color={row.entry === undefined ? colors.dim : at ? colors.accent : undefined}
              wrap="truncate-end"
            >
              {row.entry === undefined ? '  ' : at ? '❯ ' : '  '}
              {row.text}
            </Text>
          );
        })}
        {state.shown.length === 0 ? (
          <Text color={colors.dim}>No item matches (c clears the filters).</Text>
        ) : null}
      </Box>
      {note}
    </Box>
  );
}
