// The Progress screen's and `faas-prep stats`'s numbers, all derived from the log.
import type { LogEvent } from '../store/log.js';
import { setAsideAt } from './card-marks.js';
import { addDays, type DayKey, daysBetween, studyDay } from './day.js';
import { effectiveReviews, undoneIds } from './events.js';
import { topicMastery } from './mastery.js';
import { introducedToday } from './queue.js';
import {
  type AppliedReview,
  type ItemMemory,
  type Replayed,
  replayDetailedSteps,
} from './replay.js';
import { type StudyBank, schedulableItems, schedulableOf } from './schedulable.js';
import { State } from './scheduler.js';
import { runSteps, type Steps } from './steps.js';
import { FLASHCARD_KINDS, QUIZ_KINDS, type TodayCounts, todayCounts } from './today.js';

const FORECAST_DAYS = 7;
/** The settings' default daily new-card limit, for callers that pass none. */
const DEFAULT_NEW_PER_DAY = 20;

export interface RetentionCount {
  passed: number;
  failed: number;
  /** passed / (passed + failed); null when there is nothing to measure. */
  rate: number | null;
  /** The same answers by button: which of Hard, Good, Easy carry the passes. */
  byButton: { again: number; hard: number; good: number; easy: number };
}

export interface Leech {
  itemId: string;
  topic: string;
  lapses: number;
}

interface Stats {
  /** Flashcard ratings, all time (study sessions and a mock interview's rapid-fire round). */
  reviews: number;
  /** Graded quiz answers, all time. */
  quizAnswers: number;
  /** Mock interviews recorded (finished or abandoned). */
  mockInterviews: number;
  /** Graded predictions on the simulator screens (source 'predict'), all time. */
  predictions: number;
  /** Of those, the ones within the quantity's tolerance. */
  predictionsWithinTolerance: number;
  /** Reviews and answers of every kind given today. */
  answeredToday: number;
  /** Flashcards and quiz items seen before and due by the end of today: today's Learning + Due. */
  dueToday: number;
  /** Today's New · Learning · Due per mode and in total (the counts every screen shows). */
  today: TodayCounts;
  /** Due per study day from today (today includes the overdue). */
  forecast: Array<{ date: DayKey; due: number }>;
  /** Consecutive study days with at least one answer, ending today or yesterday. */
  streakDays: number;
  /** Anki's true retention: first review of a card each day, cards in Review state, Again = fail. */
  trueRetention: { last30Days: RetentionCount; allTime: RetentionCount };
  leeches: Leech[];
  /** Topic → mastery 0..1 (see topicMastery). */
  topics: Map<string, number>;
  items: { total: number; seen: number; flashcardsNewToday: number };
}

/**
 * Counts every item kind, and the question templates (see schedulable.ts). A review of an item
 * that was later removed from content/ still counts as a review (it happened), but its card is
 * not due and has no topic.
 */
export function computeStats(...args: Parameters<typeof computeStatsSteps>): Stats {
  return runSteps(computeStatsSteps(...args));
}

interface StatsOptions {
  desiredRetention?: number;
  replayed?: Replayed;
  newPerDay?: number;
}

/** computeStats in pieces (see steps.ts): a yield after each pass over the log. */
export function* computeStatsSteps(
  bank: StudyBank,
  events: readonly LogEvent[],
  now: number,
  options: StatsOptions = {},
): Steps<Stats> {
  const { memory, applied, marks } =
    options.replayed ?? (yield* replayDetailedSteps(events, now, options));
  const reviews = effectiveReviews(events).filter((e) => e.t <= now);
  yield;
  const isFlashcardRating = (itemId: string, source: string) => {
    const item = schedulableOf(bank, itemId);
    return item ? item.kind === 'flashcard' && source !== 'quiz' : source === 'study';
  };
  const undone = undoneIds(events);
  const mocks = events.filter((e) => e.type === 'mock' && !undone.has(e.id) && e.t <= now);
  const today = studyDay(now);
  const predictions = reviews.filter((e) => e.source === 'predict');
  const inBank = [...memory.values()].filter((m) => schedulableOf(bank, m.itemId) !== undefined);
  const counts = todayCounts(
    bank,
    memory,
    now,
    options.newPerDay ?? DEFAULT_NEW_PER_DAY,
    setAsideAt(marks, now),
  );
  const dueToday = counts.total.learning + counts.total.due;
  const queued = inBank.filter((m) => {
    const kind = schedulableOf(bank, m.itemId)?.kind;
    return kind !== undefined && (FLASHCARD_KINDS.includes(kind) || QUIZ_KINDS.includes(kind));
  });
  const days = forecast(queued, now);
  // Today's slot is today's queue, so the forecast and every screen agree on it.
  if (days[0]) days[0].due = dueToday;
  yield;
  const flashcardRatings = reviews.filter((e) => isFlashcardRating(e.itemId, e.source)).length;
  const answeredToday = reviews.filter((e) => studyDay(e.t) === today).length;
  yield;
  const streakDays = streak([...reviews.map((e) => e.t), ...mocks.map((e) => e.t)], now);
  yield;
  const last30Days = trueRetention(applied, addDays(today, -29));
  yield;
  const allTime = trueRetention(applied);
  yield;
  return {
    reviews: flashcardRatings,
    quizAnswers: reviews.filter((e) => e.source === 'quiz').length,
    mockInterviews: mocks.length,
    predictions: predictions.length,
    predictionsWithinTolerance: predictions.filter((e) => e.correct === true).length,
    answeredToday,
    dueToday,
    today: counts,
    forecast: days,
    streakDays,
    trueRetention: { last30Days, allTime },
    leeches: inBank
      .filter((m) => m.leech)
      .map((m) => ({
        itemId: m.itemId,
        topic: schedulableOf(bank, m.itemId)?.topic ?? '',
        lapses: m.lapses,
      }))
      .sort((a, b) => b.lapses - a.lapses || a.itemId.localeCompare(b.itemId)),
    topics: topicMastery(bank, memory, now),
    items: {
      total: schedulableItems(bank).length,
      seen: inBank.length,
      flashcardsNewToday: introducedToday(bank, memory, now),
    },
  };
}

/** Cards due on each of the next FORECAST_DAYS study days; today's count includes the overdue. */
export function forecast(
  memory: Iterable<ItemMemory>,
  now: number,
  days = FORECAST_DAYS,
): Array<{ date: DayKey; due: number }> {
  const today = studyDay(now);
  const out = Array.from({ length: days }, (_, i) => ({ date: addDays(today, i), due: 0 }));
  for (const m of memory) {
    const i = Math.max(0, daysBetween(today, studyDay(m.card.due.getTime())));
    const slot = out[i];
    if (slot) slot.due++;
  }
  return out;
}

/** Consecutive study days with activity, counting back from today (or from yesterday if today has none yet). */
export function streak(times: readonly number[], now: number): number {
  const days = new Set(times.filter((t) => t <= now).map(studyDay));
  let day = studyDay(now);
  if (!days.has(day)) day = addDays(day, -1);
  let n = 0;
  while (days.has(day)) {
    n++;
    day = addDays(day, -1);
  }
  return n;
}

/**
 * True retention as Anki defines it: of the first review of each card on each day, among cards
 * that were in Review state (learned, not in a learning step), the share not answered Again.
 */
export function trueRetention(applied: readonly AppliedReview[], since?: DayKey): RetentionCount {
  const seen = new Set<string>();
  const byButton = { again: 0, hard: 0, good: 0, easy: 0 };
  const buttons = ['again', 'hard', 'good', 'easy'] as const;
  for (const a of applied) {
    const day = studyDay(a.event.t);
    if (since !== undefined && day < since) continue;
    const key = `${a.event.itemId}@${day}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (a.stateBefore !== State.Review) continue;
    byButton[buttons[a.event.rating - 1] ?? 'again']++;
  }
  const failed = byButton.again;
  const passed = byButton.hard + byButton.good + byButton.easy;
  const total = passed + failed;
  return { passed, failed, rate: total ? passed / total : null, byButton };
}
