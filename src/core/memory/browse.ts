// What the Browse screen lists: every item of the bank with its memory state, card marks and
// recent ratings, and the filter (text, topic, kind, state) that narrows the list. Pure: the
// screen hands in the replayed memory and marks and the log's reviews.
import type { Item, ItemKind } from '../content/schema.js';
import { textFields } from '../content/schema.js';
import { questionOf } from '../content/text-checks.js';
import { type CardMarks, isBuried } from './card-marks.js';
import type { Grade, ReviewEvent } from './events.js';
import type { ItemMemory } from './replay.js';
import { State } from './scheduler.js';

export const BROWSE_STATES = [
  'new',
  'learning',
  'review',
  'suspended',
  'leech',
  'flagged',
] as const;
export type BrowseStateName = (typeof BROWSE_STATES)[number];

/** How many of an item's most recent ratings the details show. */
export const LAST_RATINGS = 5;

export interface BrowseFilter {
  /** Words that must all appear (case-insensitive) in the item's id or text. */
  text: string;
  topic?: string;
  kind?: ItemKind;
  state?: BrowseStateName;
}

export const noFilter: BrowseFilter = { text: '' };

/** The states an item is in now: one of new / learning / review, plus any marks. */
export function statesOf(
  memory: ItemMemory | undefined,
  marks: CardMarks | undefined,
): BrowseStateName[] {
  const out: BrowseStateName[] = [];
  if (!memory || memory.card.state === State.New) out.push('new');
  else if (memory.card.state === State.Review) out.push('review');
  else out.push('learning');
  if (marks?.suspended) out.push('suspended');
  if (memory?.leech) out.push('leech');
  if (marks?.flagged) out.push('flagged');
  return out;
}

/** Whether the item is buried at `now` (shown in the list; not a filter of the issue). */
export const buriedAt = (marks: CardMarks | undefined, now: number) => isBuried(marks, now);

/** The one line the list shows for an item: its question, else its id. */
export function headlineOf(item: Item): string {
  return (questionOf(item)?.text ?? item.id).replace(/\s+/g, ' ').trim();
}

// Lower-cased searchable text per item, built once per item object (the bank is immutable).
const searchCache = new WeakMap<Item, string>();
function searchTextOf(item: Item): string {
  let text = searchCache.get(item);
  if (text === undefined) {
    text = [item.id, ...textFields(item).map(([, s]) => s)].join('\n').toLowerCase();
    searchCache.set(item, text);
  }
  return text;
}

export function matchesFilter(
  item: Item,
  filter: BrowseFilter,
  memory: ItemMemory | undefined,
  marks: CardMarks | undefined,
): boolean {
  if (filter.topic !== undefined && item.topic !== filter.topic) return false;
  if (filter.kind !== undefined && item.kind !== filter.kind) return false;
  if (filter.state !== undefined && !statesOf(memory, marks).includes(filter.state)) return false;
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = searchTextOf(item);
  return words.every((w) => text.includes(w));
}

/** Each item's last LAST_RATINGS ratings, oldest first, from the reviews that count. */
export function lastRatingsOf(reviews: readonly ReviewEvent[]): Map<string, Grade[]> {
  const out = new Map<string, Grade[]>();
  for (const r of reviews) {
    const list = out.get(r.itemId) ?? [];
    list.push(r.rating);
    if (list.length > LAST_RATINGS) list.shift();
    out.set(r.itemId, list);
  }
  return out;
}
