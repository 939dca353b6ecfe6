// What to study now: the due queue first, then new cards, then (with --ahead) cards not yet due.
import type { Bank, Item, ItemKind } from '../content/schema.js';
import { endOfStudyDay, studyDay } from './day.js';
import { type ItemMemory, recallOf } from './replay.js';
import { type StudyBank, schedulableOf } from './schedulable.js';
import { State } from './scheduler.js';

/**
 * Whether an item is due at `now`. Cards in (re)learning steps are due at their exact time
 * (minutes apart); cards in Review state are due for the whole study day they fall on, as in
 * Anki: a card due at 21:00 can be reviewed in the morning.
 */
export function isDue(memory: ItemMemory, now: number): boolean {
  const due = memory.card.due.getTime();
  if (memory.card.state === State.Review) return due < endOfStudyDay(now);
  return due <= now;
}

export type QueueReason = 'due' | 'new' | 'ahead' | 'learning';

export interface QueueEntry {
  itemId: string;
  reason: QueueReason;
}

export interface QueueOptions {
  now: number;
  /** New cards a day (settings.newPerDay). */
  newPerDay: number;
  /** `--new N`: this many new cards in this session, whatever was introduced today. */
  newOverride?: number;
  /** Only items of this topic. */
  topic?: string;
  /** After the due and new cards, cards not due yet, least likely recalled first. */
  ahead?: boolean;
  /** Item kinds studied here (flashcards; the quiz schedules the other kinds). */
  kinds?: readonly ItemKind[];
  /** Never-seen items a mock round asked for (Replayed.queued): introduced before other new ones. */
  queued?: readonly string[];
  /** Suspended or buried items (card-marks.ts setAsideAt): left out. */
  setAside?: ReadonlySet<string>;
}

/** Items of `kinds` first reviewed during today's study day (they used today's new-card budget). */
export function introducedToday(
  bank: StudyBank,
  memory: ReadonlyMap<string, ItemMemory>,
  now: number,
  kinds: readonly ItemKind[] = ['flashcard'],
): number {
  const today = studyDay(now);
  let n = 0;
  for (const m of memory.values()) {
    const item = schedulableOf(bank, m.itemId);
    if (item && kinds.includes(item.kind) && studyDay(m.firstReview) === today) n++;
  }
  return n;
}

/** How many new cards the session may introduce. */
export function newBudget(
  bank: StudyBank,
  memory: ReadonlyMap<string, ItemMemory>,
  options: QueueOptions,
): number {
  if (options.newOverride !== undefined) return Math.max(0, options.newOverride);
  const used = introducedToday(bank, memory, options.now, options.kinds);
  return Math.max(0, options.newPerDay - used);
}

/**
 * New items in the order they are introduced: easier first, and the topics interleaved (one of
 * each topic in turn, in material order), so a day's new cards cover the field rather than
 * exhausting one file.
 */
export function newItemOrder<T extends { topic: string; difficulty: number }>(
  bank: Bank,
  items: readonly T[],
): T[] {
  const topics = Object.keys(bank.material.topics);
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.topic) ?? [];
    group.push(item);
    groups.set(item.topic, group);
  }
  const ordered = [...groups.entries()]
    .sort(([a], [b]) => topics.indexOf(a) - topics.indexOf(b))
    .map(([, group]) => group.sort((a, b) => a.difficulty - b.difficulty));
  const out: T[] = [];
  for (let round = 0; out.length < items.length; round++) {
    for (const group of ordered) {
      const item = group[round];
      if (item) out.push(item);
    }
  }
  return out;
}

/** New items in introduction order, the ones a mock round queued first (oldest request first). */
function newOrder<T extends { id: string; topic: string; difficulty: number }>(
  bank: Bank,
  items: readonly T[],
  queued: readonly string[] = [],
): T[] {
  const rank = new Map(queued.map((id, i) => [id, i]));
  const first = items
    .filter((i) => rank.has(i.id))
    .sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  return [
    ...first,
    ...newItemOrder(
      bank,
      items.filter((i) => !rank.has(i.id)),
    ),
  ];
}

/** Due entries: the least likely to be recalled (the most overdue) first. */
function byRecall(memory: ReadonlyMap<string, ItemMemory>, now: number) {
  return (a: string, b: string): number => {
    const ma = memory.get(a);
    const mb = memory.get(b);
    const d = recallOf(ma, now) - recallOf(mb, now);
    if (d !== 0) return d;
    const due = (ma?.card.due.getTime() ?? 0) - (mb?.card.due.getTime() ?? 0);
    return due !== 0 ? due : a < b ? -1 : a > b ? 1 : 0;
  };
}

/** The session's queue at `now`. Items no longer in the bank are skipped. */
export function buildStudyQueue(
  bank: Bank,
  memory: ReadonlyMap<string, ItemMemory>,
  options: QueueOptions,
): QueueEntry[] {
  const kinds = options.kinds ?? ['flashcard'];
  const items = bank.items.filter(
    (i) =>
      kinds.includes(i.kind) &&
      (options.topic === undefined || i.topic === options.topic) &&
      !options.setAside?.has(i.id),
  );
  const due: string[] = [];
  const notDue: string[] = [];
  const unseen: Item[] = [];
  for (const item of items) {
    const m = memory.get(item.id);
    if (!m) unseen.push(item);
    else if (isDue(m, options.now)) due.push(item.id);
    else notDue.push(item.id);
  }
  const order = byRecall(memory, options.now);
  const queue: QueueEntry[] = due.sort(order).map((itemId) => ({ itemId, reason: 'due' }));
  const budget = newBudget(bank, memory, { ...options, kinds });
  for (const item of newOrder(bank, unseen, options.queued).slice(0, budget)) {
    queue.push({ itemId: item.id, reason: 'new' });
  }
  if (options.ahead) {
    for (const itemId of notDue.sort(order)) queue.push({ itemId, reason: 'ahead' });
  }
  return queue;
}

/** Seen items (and templates) still in content, of any kind (or of `kinds`), that pass `test`. */
function seenItemsWhere(
  bank: StudyBank,
  memory: ReadonlyMap<string, ItemMemory>,
  kinds: readonly ItemKind[] | undefined,
  test: (m: ItemMemory) => boolean,
): string[] {
  const out: string[] = [];
  for (const m of memory.values()) {
    const item = schedulableOf(bank, m.itemId);
    if (item && (!kinds || kinds.includes(item.kind)) && test(m)) out.push(m.itemId);
  }
  return out;
}

/** Items (and templates) of any kind due now (they have been seen and are due: see isDue). */
export function dueItems(
  bank: StudyBank,
  memory: ReadonlyMap<string, ItemMemory>,
  now: number,
  kinds?: readonly ItemKind[],
): string[] {
  return seenItemsWhere(bank, memory, kinds, (m) => isDue(m, now));
}

interface DueOutlook {
  /** Epoch ms of the next card to come due after now (undefined: none has state). */
  nextDueAt?: number;
  /** How many are due on the next study day. */
  dueTomorrow: number;
}

/** When study is next needed for these kinds (and topic). */
export function dueOutlook(
  bank: StudyBank,
  memory: ReadonlyMap<string, ItemMemory>,
  now: number,
  options: { kinds?: readonly ItemKind[]; topic?: string } = {},
): DueOutlook {
  const kinds = options.kinds ?? ['flashcard'];
  const tomorrowStart = endOfStudyDay(now);
  const tomorrowEnd = endOfStudyDay(tomorrowStart);
  let nextDueAt: number | undefined;
  let dueTomorrow = 0;
  for (const m of memory.values()) {
    const item = schedulableOf(bank, m.itemId);
    if (!item || !kinds.includes(item.kind)) continue;
    if (options.topic !== undefined && item.topic !== options.topic) continue;
    const due = m.card.due.getTime();
    if (due > now && (nextDueAt === undefined || due < nextDueAt)) nextDueAt = due;
    if (due >= tomorrowStart && due < tomorrowEnd) dueTomorrow++;
  }
  return nextDueAt === undefined ? { dueTomorrow } : { nextDueAt, dueTomorrow };
}

/**
 * Items (and templates) of any kind (or of `kinds`) whose due time falls before today's study
 * day ends.
 */
export function dueTodayItems(
  bank: StudyBank,
  memory: ReadonlyMap<string, ItemMemory>,
  now: number,
  kinds?: readonly ItemKind[],
): string[] {
  const end = endOfStudyDay(now);
  return seenItemsWhere(bank, memory, kinds, (m) => m.card.due.getTime() < end);
}
