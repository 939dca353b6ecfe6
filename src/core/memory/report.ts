// What `faas-prep stats --json` prints and the Progress screen shows: one object built from the
// log, the settings and the bank.
import { mockHistory, trendOf } from '../mock/history.js';
import type { LogEvent } from '../store/log.js';
import type { Settings } from '../store/settings.js';
import { suspendedIds } from './card-marks.js';
import { studyDay } from './day.js';
import {
  type InterviewProjection,
  latestInterviewDate,
  projectInterviewSteps,
} from './interview.js';
import { replayDetailedSteps } from './replay.js';
import type { StudyBank } from './schedulable.js';
import { computeStatsSteps, type Leech, type RetentionCount } from './stats.js';
import { runSteps, type Steps } from './steps.js';
import type { TodayCounts } from './today.js';

export interface StatsReport {
  generatedAt: string;
  /** Flashcard ratings, all time. */
  reviews: number;
  quizAnswers: number;
  mockInterviews: number;
  /** Graded predictions on the simulator screens, and how many were within tolerance. */
  predictions: number;
  predictionsWithinTolerance: number;
  /** Flashcards and quiz items seen before and due by the end of today: today.total learning + due. */
  dueToday: number;
  /** Today's New · Learning · Due per mode (flashcards, quiz) and in total: see today.ts. */
  today: TodayCounts;
  streakDays: number;
  /** Topic id → mastery 0..1 (mean recall of the topic's items, unseen counting 0). */
  topics: Record<string, number>;
  answeredToday: number;
  forecast: Array<{ date: string; due: number }>;
  trueRetention: { desired: number; last30Days: RetentionCount; allTime: RetentionCount };
  leeches: Leech[];
  items: { total: number; seen: number; flashcardsNewToday: number };
  mock: { completed: number; abandoned: number; lastScores: number[]; trend: string };
  settings: { desiredRetention: number; newPerDay: number; interviewDate: string | null };
  /** Null when no interview date is set, or when it has passed. */
  interview: InterviewProjection | null;
  /** The interview date is set but already behind us. */
  interviewPassed: boolean;
  /**
   * The stored date is further ahead than the flag and the settings accept (an old or imported
   * settings file): it is not projected, and the learner is asked to set a nearer one.
   */
  interviewTooFar: boolean;
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;

export function buildReport(...args: Parameters<typeof buildReportSteps>): StatsReport {
  return runSteps(buildReportSteps(...args));
}

/** buildReport in pieces (see steps.ts): the replay, the stats, then the interview plan. */
export function* buildReportSteps(
  bank: StudyBank,
  events: readonly LogEvent[],
  settings: Settings,
  now: number,
): Steps<StatsReport> {
  const desiredRetention = settings.desiredRetention;
  const replayed = yield* replayDetailedSteps(events, now, { desiredRetention });
  yield;
  const s = yield* computeStatsSteps(bank, events, now, {
    desiredRetention,
    replayed,
    newPerDay: settings.newPerDay,
  });
  const rounds = mockHistory(events);
  const trend = trendOf(rounds);
  const date = settings.interviewDate;
  const passed = date !== '' && date < studyDay(now);
  const tooFar = date !== '' && date > latestInterviewDate(studyDay(now));
  yield;
  const interview =
    date && !passed && !tooFar
      ? yield* projectInterviewSteps(
          bank,
          replayed.memory,
          now,
          date,
          desiredRetention,
          settings.newPerDay,
          suspendedIds(replayed.marks),
        )
      : null;
  return {
    generatedAt: new Date(now).toISOString(),
    reviews: s.reviews,
    quizAnswers: s.quizAnswers,
    mockInterviews: s.mockInterviews,
    predictions: s.predictions,
    predictionsWithinTolerance: s.predictionsWithinTolerance,
    dueToday: s.dueToday,
    today: s.today,
    streakDays: s.streakDays,
    topics: Object.fromEntries([...s.topics].map(([t, m]) => [t, round3(m)])),
    answeredToday: s.answeredToday,
    forecast: s.forecast,
    trueRetention: { desired: desiredRetention, ...s.trueRetention },
    leeches: s.leeches,
    items: s.items,
    mock: {
      completed: rounds.filter((r) => r.status === 'completed').length,
      abandoned: rounds.filter((r) => r.status === 'abandoned').length,
      lastScores: trend.scores.slice(-5).map(round3),
      trend: trend.direction,
    },
    settings: {
      desiredRetention,
      newPerDay: settings.newPerDay,
      interviewDate: date || null,
    },
    interview: interview && {
      ...interview,
      topics: interview.topics.map((t) => ({
        topic: t.topic,
        now: round3(t.now),
        ifNoStudy: round3(t.ifNoStudy),
        withPlan: round3(t.withPlan),
      })),
    },
    interviewPassed: passed,
    interviewTooFar: tooFar,
  };
}
