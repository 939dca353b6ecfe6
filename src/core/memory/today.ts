// One "today", read the same way everywhere: `stats`, the Study and Quiz screens, Home and the
// interview plan take their counts from todayCounts, so they cannot disagree.
//
// - Study (flashcards) and the quiz (the keyboard-graded kinds and the question templates) each
//   count New · Learning · Due, as Anki does. The mock's open kinds (scenarios, free responses)
//   are practised in rounds, not queued, so they are in neither.
// - Learning: seen, in a (re)learning step that ends before today's study day does (study shows
//   it again within the session, or the next time). Due: in Review state and due before today's
//   study day ends (isDue).
// - New: never seen, up to what is left of the daily limit (settings.newPerDay) for that mode
//   today; flashcards a mock round queued come first (see bring-forward.ts).
import type { ItemKind } from '../content/schema.js';
import type { LogEvent } from '../store/log.js';
import { setAsideAt } from './card-marks.js';
import { endOfStudyDay } from './day.js';
import { buildStudyQueue, isDue, newBudget, type QueueEntry, type QueueOptions } from './queue.js';
import { type ItemMemory, type Replayed, type ReplayOptions, replayDetailed } from './replay.js';
import { type StudyBank, schedulableItems } from './schedulable.js';
import { State } from './scheduler.js';

export interface ModeCounts {
  new: number;
  learning: number;
  due: number;
}

export interface TodayCounts {
  flashcards: ModeCounts;
  quiz: ModeCounts;
  total: ModeCounts;
}

export type TodayMode = 'flashcards' | 'quiz';

/** The kinds the quiz asks (a template schedules as a numeric item). */
export const QUIZ_KINDS: readonly ItemKind[] = ['mcq', 'numeric', 'ordering', 'spot-the-error'];
export const FLASHCARD_KINDS: readonly ItemKind[] = ['flashcard'];

export function kindsOf(mode: TodayMode): readonly ItemKind[] {
  return mode === 'flashcards' ? FLASHCARD_KINDS : QUIZ_KINDS;
}

function modeCounts(
  bank: StudyBank,
  memory: ReadonlyMap<string, ItemMemory>,
  now: number,
  newPerDay: number,
  kinds: readonly ItemKind[],
  setAside: ReadonlySet<string>,
): ModeCounts {
  const counts: ModeCounts = { new: 0, learning: 0, due: 0 };
  const end = endOfStudyDay(now);
  let unseen = 0;
  for (const item of schedulableItems(bank)) {
    if (!kinds.includes(item.kind) || setAside.has(item.id)) continue;
    const m = memory.get(item.id);
    if (!m) unseen++;
    else if (m.card.state === State.Review) {
      if (isDue(m, now)) counts.due++;
    } else if (m.card.due.getTime() < end) counts.learning++;
  }
  counts.new = Math.min(unseen, newBudget(bank, memory, { now, newPerDay, kinds }));
  return counts;
}

/**
 * Today's New · Learning · Due per mode and in total, from replayed memory; suspended and buried
 * items (`setAside`, see card-marks.ts) are in no count.
 */
export function todayCounts(
  bank: StudyBank,
  memory: ReadonlyMap<string, ItemMemory>,
  now: number,
  newPerDay: number,
  setAside: ReadonlySet<string> = new Set(),
): TodayCounts {
  const flashcards = modeCounts(bank, memory, now, newPerDay, FLASHCARD_KINDS, setAside);
  const quiz = modeCounts(bank, memory, now, newPerDay, QUIZ_KINDS, setAside);
  return {
    flashcards,
    quiz,
    total: {
      new: flashcards.new + quiz.new,
      learning: flashcards.learning + quiz.learning,
      due: flashcards.due + quiz.due,
    },
  };
}

/** Today's counts straight from the log (for screens that hold no replayed memory). */
export function todayCountsFromLog(
  bank: StudyBank,
  events: readonly LogEvent[],
  now: number,
  settings: { newPerDay: number } & ReplayOptions,
): TodayCounts {
  const { memory, marks } = replayDetailed(events, now, settings);
  return todayCounts(bank, memory, now, settings.newPerDay, setAsideAt(marks, now));
}

/** The study session's queue from the log: replayed memory, and mock-queued new cards first. */
export function studyQueueFromLog(
  bank: StudyBank,
  events: readonly LogEvent[],
  options: Omit<QueueOptions, 'queued'> & ReplayOptions,
): { memory: Replayed['memory']; queue: QueueEntry[] } {
  const { memory, queued, marks } = replayDetailed(events, options.now, options);
  const setAside = setAsideAt(marks, options.now);
  return { memory, queue: buildStudyQueue(bank, memory, { ...options, queued, setAside }) };
}
