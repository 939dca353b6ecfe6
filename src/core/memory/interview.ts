// The interview date: projected recall of each topic on the day, and a day-by-day plan to be
// ready for it.

import { rubricValue } from '../mock/dimension-topics.js';
import {
  addDays,
  type DayKey,
  daysBetween,
  endOfStudyDay,
  isDayKey,
  localTime,
  studyDay,
} from './day.js';
import { topicMastery } from './mastery.js';
import { newBudget, newItemOrder } from './queue.js';
import { type ItemMemory, keepDueIfAhead } from './replay.js';
import { type Schedulable, type StudyBank, schedulableItems } from './schedulable.js';
import {
  type Card,
  DEFAULT_RETENTION,
  newCard,
  Rating,
  retrievability,
  scheduler,
} from './scheduler.js';
import { runSteps, type Steps } from './steps.js';
import { kindsOf, QUIZ_KINDS, type TodayCounts, type TodayMode, todayCounts } from './today.js';

/**
 * The mode that introduces an item and whose daily new limit it uses: study for flashcards, the
 * quiz for the graded kinds; the open kinds (scenarios, free responses) come in mock rounds,
 * which have no daily limit.
 */
function modeOf(kind: Schedulable['kind']): TodayMode | 'mock' {
  return kind === 'flashcard' ? 'flashcards' : QUIZ_KINDS.includes(kind) ? 'quiz' : 'mock';
}

/** The interview is assumed to start at 09:00 local time on its day. */
const INTERVIEW_HOUR = 9;
/** Planned study happens at noon of each study day after today (today: now). */
const STUDY_HOUR = 12;
/**
 * The furthest interview date accepted, in years from today. Beyond it a day-by-day plan means
 * nothing (and the plan has one entry per day), so the date is refused rather than projected.
 */
const MAX_INTERVIEW_YEARS = 2;

/** The last interview date accepted on study day `today`: the same date MAX_INTERVIEW_YEARS on. */
export function latestInterviewDate(today: DayKey): DayKey {
  const [y, m, d] = today.split('-').map(Number);
  const year = String((y ?? 1970) + MAX_INTERVIEW_YEARS).padStart(4, '0');
  const later = `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  // 29 February has no twin two years on: the day before 1 March then.
  return isDayKey(later) ? later : addDays(`${year}-03-01`, -1);
}

export interface PlanDay {
  date: DayKey;
  /** Items to see for the first time (flashcards in study, the other kinds in the quiz). */
  newItems: number;
  newFlashcards: number;
  /** Of the new items, the quiz's kinds (the rest are open items, introduced in mock rounds). */
  newQuizItems: number;
  /** Reviews, including a new card's second look after its 10-minute learning step. */
  reviews: number;
}

interface TopicProjection {
  topic: string;
  /** Mastery now. */
  now: number;
  /** Mastery on the interview morning if you stop studying today. */
  ifNoStudy: number;
  /** Mastery on the interview morning if you follow the plan. */
  withPlan: number;
}

export interface InterviewProjection {
  date: DayKey;
  /** Study days left before the interview day (0: it is today). */
  daysLeft: number;
  /** The moment projected: 09:00 on the day (or now, if that has passed). */
  at: number;
  desiredRetention: number;
  topics: TopicProjection[];
  /** One entry per study day from today to the day before the interview (today only, if it is today). */
  plan: PlanDay[];
  unseen: { flashcards: number; other: number };
  /** Every topic reaches the desired retention if the plan is followed. */
  ready: boolean;
  /** Today's New · Learning · Due (today.ts): the plan's first day starts from these. */
  today: TodayCounts;
  /**
   * Set when the unseen items cannot all be introduced by the date within the daily new limit
   * (per mode, as study and the quiz apply it): the plan then introduces what fits, the
   * heaviest topics of the rubric first, and says what is deferred.
   */
  unreachable: Unreachable | null;
}

interface Unreachable {
  /** Items never seen, and the study days to introduce them in. */
  newItems: number;
  days: number;
  /** The daily new limit of each mode (settings.newPerDay). */
  perDay: number;
  /** Items that do not fit before the date. */
  deferredItems: number;
  /** Their topics, the lightest in the rubric first (rubricValue): what to drop or defer first. */
  deferredTopics: string[];
}

/** "190 new items in 1 day is not reachable at 20 new a day (flashcards and quiz each)". */
export function unreachableText(u: Unreachable): string {
  const items = `${u.newItems} new item${u.newItems === 1 ? '' : 's'}`;
  const days = `${u.days} day${u.days === 1 ? '' : 's'}`;
  return `${items} in ${days} is not reachable at ${u.perDay} new a day (flashcards and quiz each); ${u.deferredItems} will not be seen by then.`;
}

/** 09:00 local on `date`. */
export function interviewMoment(date: DayKey): number {
  return localTime(date, INTERVIEW_HOUR);
}

/**
 * Projects each topic's recall on the interview morning, and simulates a plan that gets every
 * topic to the desired retention (mastery counts unseen items as 0, so "ready" means: every item
 * seen, and each recalled with at least that probability on the day).
 *
 * The plan, simulated with the same FSRS scheduler as the app:
 * - every study day, review what is due (as study and quiz would show it);
 * - introduce the unseen items evenly: ceil(left / days left) each day, in study's order, each
 *   seen twice on its first day (the first look and its 10-minute learning step);
 * - on the last day, review ahead any item whose recall on the morning would be below target.
 * Its one optimistic assumption: every review is answered Good. Each Again adds a few reviews
 * (the card relearns) and lowers that card's recall, so treat the counts as a floor.
 */
export function projectInterview(
  ...args: Parameters<typeof projectInterviewSteps>
): InterviewProjection {
  return runSteps(projectInterviewSteps(...args));
}

/** Plan days simulated between two yields: a few milliseconds at most. */
const PLAN_DAYS_CHUNK = 30;

/** projectInterview in pieces of PLAN_DAYS_CHUNK plan days (see steps.ts). */
export function* projectInterviewSteps(
  bank: StudyBank,
  memory: ReadonlyMap<string, ItemMemory>,
  now: number,
  date: DayKey,
  desiredRetention = DEFAULT_RETENTION,
  newPerDay = Number.POSITIVE_INFINITY,
  suspended: ReadonlySet<string> = new Set(),
): Steps<InterviewProjection> {
  const today = studyDay(now);
  const daysLeft = Math.max(0, daysBetween(today, date));
  const at = Math.max(now, interviewMoment(date));
  const fsrs = scheduler(desiredRetention);
  const cards = new Map<string, Card>();
  // A suspended card is out of study until the learner takes it back: the plan leaves it out.
  const items = schedulableItems(bank).filter((i) => !suspended.has(i.id));
  for (const item of items) {
    const m = memory.get(item.id);
    if (m) cards.set(item.id, m.card);
  }
  const studyDays = Math.max(1, daysLeft);
  const counts = todayCounts(bank, memory, now, newPerDay, suspended);
  const unseenInOrder = newItemOrder(
    bank,
    items.filter((i) => !memory.has(i.id)),
  );
  // What the daily limit lets in by the date, per mode (today: what is left of today's).
  const todayRoom = (mode: TodayMode) =>
    newBudget(bank, memory, {
      now,
      newPerDay,
      kinds: kindsOf(mode),
    });
  const capacity = (mode: TodayMode) => todayRoom(mode) + newPerDay * (studyDays - 1);
  const fits =
    unseenInOrder.filter((i) => modeOf(i.kind) === 'flashcards').length <= capacity('flashcards') &&
    unseenInOrder.filter((i) => modeOf(i.kind) === 'quiz').length <= capacity('quiz');
  // Out of time: the topics that weigh most in the rubric go first (stable within a weight).
  const unseen = fits
    ? unseenInOrder
    : [...unseenInOrder].sort((a, b) => rubricValue(b.topic) - rubricValue(a.topic));
  const plan: PlanDay[] = [];
  // Cards wait in the bucket of the plan day they come due on, so a day touches only its due
  // cards: the cost grows with the reviews planned, not with days × items.
  const buckets = new Map<number, Set<string>>();
  const file = (id: string, card: Card, earliest = 0) => {
    const day = Math.max(earliest, daysBetween(today, studyDay(card.due.getTime())));
    if (day >= studyDays) return;
    const bucket = buckets.get(day) ?? new Set<string>();
    bucket.add(id);
    buckets.set(day, bucket);
  };
  for (const [id, card] of cards) file(id, card);
  let left = unseen;
  for (let i = 0; i < studyDays; i++) {
    if (i > 0 && i % PLAN_DAYS_CHUNK === 0) yield;
    const date = addDays(today, i);
    const t = i === 0 ? now : localTime(date, STUDY_HOUR);
    const day: PlanDay = { date, newItems: 0, newFlashcards: 0, newQuizItems: 0, reviews: 0 };
    const end = endOfStudyDay(t);
    const reviewed = new Set<string>();
    for (const id of buckets.get(i) ?? []) {
      let c = cards.get(id) as Card;
      // A card in a learning step comes back within the day: review it until it is not due today.
      for (let step = 0; step < 4 && c.due.getTime() < end; step++) {
        c = fsrs.next(c, new Date(Math.max(t, c.due.getTime())), Rating.Good).card;
        day.reviews++;
        reviewed.add(id);
      }
      cards.set(id, c);
      file(id, c, i + 1);
    }
    buckets.delete(i);
    // Spread what is left evenly over the days left, within each mode's limit for the day.
    const want = Math.ceil(left.length / (studyDays - i));
    const room = {
      flashcards: i === 0 ? todayRoom('flashcards') : newPerDay,
      quiz: i === 0 ? todayRoom('quiz') : newPerDay,
      mock: Number.POSITIVE_INFINITY,
    };
    const taken: Schedulable[] = [];
    for (const item of left) {
      if (taken.length >= want) break;
      const mode = modeOf(item.kind);
      if (room[mode] <= 0) continue;
      room[mode]--;
      taken.push(item);
    }
    for (const item of taken) {
      const first = fsrs.next(newCard(t), new Date(t), Rating.Good).card;
      const second = fsrs.next(first, first.due, Rating.Good).card;
      cards.set(item.id, second);
      file(item.id, second, i + 1);
      day.newItems++;
      if (item.kind === 'flashcard') day.newFlashcards++;
      if (modeOf(item.kind) === 'quiz') day.newQuizItems++;
      day.reviews++;
      reviewed.add(item.id);
    }
    const gone = new Set(taken);
    left = left.filter((item) => !gone.has(item));
    if (i === studyDays - 1) {
      for (const [id, card] of cards) {
        if (reviewed.has(id) || retrievability(card, at) >= desiredRetention) continue;
        const ahead = fsrs.next(card, new Date(t), Rating.Good).card;
        cards.set(id, keepDueIfAhead(card, ahead, Rating.Good, true));
        day.reviews++;
      }
    }
    plan.push(day);
  }
  yield;
  const nowMastery = topicMastery(bank, memory, now);
  const idle = topicMastery(bank, memory, at);
  const planned = plannedMastery(bank, cards, at);
  const topics = [...nowMastery.keys()].map((topic) => ({
    topic,
    now: nowMastery.get(topic) ?? 0,
    ifNoStudy: idle.get(topic) ?? 0,
    withPlan: planned.get(topic) ?? 0,
  }));
  const unseenFlashcards = unseen.filter((i) => i.kind === 'flashcard').length;
  return {
    date,
    daysLeft,
    at,
    desiredRetention,
    topics,
    plan,
    unseen: { flashcards: unseenFlashcards, other: unseen.length - unseenFlashcards },
    ready: left.length === 0 && topics.every((t) => t.withPlan >= desiredRetention - 1e-9),
    today: counts,
    unreachable: left.length
      ? {
          newItems: unseen.length,
          days: studyDays,
          perDay: newPerDay,
          deferredItems: left.length,
          deferredTopics: [...new Set(left.map((i) => i.topic))].sort(
            (a, b) => rubricValue(a) - rubricValue(b) || a.localeCompare(b),
          ),
        }
      : null,
  };
}

function plannedMastery(bank: StudyBank, cards: ReadonlyMap<string, Card>, at: number) {
  const memory = new Map<string, ItemMemory>();
  for (const [itemId, card] of cards) {
    const last = card.last_review?.getTime() ?? at;
    memory.set(itemId, {
      itemId,
      card,
      reps: card.reps,
      lapses: card.lapses,
      firstReview: last,
      lastReview: last,
      lastRating: 3,
      leech: false,
    });
  }
  return topicMastery(bank, memory, at);
}

type DateInput = { ok: true; date: DayKey | '' } | { ok: false; error: string };

/** Reads an interview date as typed: YYYY-MM-DD, today or later; `none` (or nothing) clears it. */
export function parseInterviewDate(value: string, now: number): DateInput {
  const v = value.trim();
  if (v === 'none' || v === '') return { ok: true, date: '' };
  if (!isDayKey(v)) {
    return {
      ok: false,
      error: `must be a date as YYYY-MM-DD (or 'none' to clear it), not '${value}'`,
    };
  }
  const today = studyDay(now);
  if (v < today) return { ok: false, error: `${v} is in the past (today is ${today})` };
  const latest = latestInterviewDate(today);
  if (v > latest) {
    return {
      ok: false,
      error: `${v} is more than ${MAX_INTERVIEW_YEARS} years ahead (the latest is ${latest})`,
    };
  }
  return { ok: true, date: v };
}
