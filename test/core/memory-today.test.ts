// One "today": stats, the study queue, the quiz selection and the interview plan read the same
// counts from one fixture (the real bank and its templates).
import { describe, expect, it } from 'vitest';
import { loadPrices } from '../../src/core/content/prices.js';
import { loadStudyBank, studyDay } from '../../src/core/memory/index.js';
import { buildReport } from '../../src/core/memory/report.js';
import { studyQueueFromLog, todayCounts, todayCountsFromLog } from '../../src/core/memory/today.js';
import { planQuiz } from '../../src/core/quiz/prepare.js';
import type { LogEvent } from '../../src/core/store/log.js';
import { defaultSettings } from '../../src/core/store/settings.js';
import { loadTemplates } from '../../src/core/templates/index.js';
import { realContent } from '../content/fixtures.js';
import { DAY, local, review } from './memory-fixtures.js';

const now = local(2026, 11, 26, 9);
const MIN = 60_000;
const bank = loadStudyBank(realContent);
const templates = loadTemplates(realContent);
const prices = loadPrices(realContent);
const ids = (kind: string) => bank.items.filter((i) => i.kind === kind).map((i) => i.id);
const [f1, f2, f3, f4, f5, , f7] = ids('flashcard') as string[];
const [m1, m2, m3, m4] = ids('mcq') as string[];
const tpl = templates[0]!.id;

/** Learned ten days ago (due now), known well (not due), in a relearning step that is over. */
const learned = (id: string, source = 'study') => [
  review(id, 3, now - 10 * DAY, { source }),
  review(id, 3, now - 10 * DAY + 10 * MIN, { source }),
];
const events: LogEvent[] = [
  ...[f1, f2, f3].flatMap((id) => learned(id!)),
  review(f4!, 4, now - 2 * 60 * MIN),
  review(f5!, 1, now - 30 * MIN),
  ...[m1, m2].flatMap((id) => learned(id!, 'quiz')),
  review(m3!, 1, now - 30 * MIN, { source: 'quiz' }),
  // Known well two days ago: neither due nor new, the quiz's last tier.
  review(m4!, 4, now - 2 * DAY, { source: 'quiz' }),
  ...learned(tpl, 'quiz'),
  // A mock round queued a new flashcard for study first.
  {
    id: 'bf1',
    t: now - 20 * MIN,
    type: 'bring-forward',
    itemId: f7!,
    source: 'mock',
    reason: 'rubric',
  },
];
const settings = { ...defaultSettings(now), newPerDay: 5, interviewDate: '2026-12-20' };

describe('one today for every screen', () => {
  const counts = todayCountsFromLog(bank, events, now, settings);

  it('counts New · Learning · Due per mode and in total', () => {
    // f4 and f5 were first seen today: 3 of the 5 new flashcards are left.
    expect(counts.flashcards).toEqual({ new: 3, learning: 1, due: 3 });
    // m3 was first seen today: 4 new quiz items left; the template is due with m1 and m2.
    expect(counts.quiz).toEqual({ new: 4, learning: 1, due: 3 });
    expect(counts.total).toEqual({ new: 7, learning: 2, due: 6 });
  });

  it('stats --json, the study queue, the quiz and the interview plan agree', () => {
    const report = buildReport(bank, events, settings, now);
    expect(report.today).toEqual(counts);
    expect(report.dueToday).toBe(counts.total.learning + counts.total.due);
    expect(report.forecast[0]).toEqual({ date: studyDay(now), due: report.dueToday });

    const { queue } = studyQueueFromLog(bank, events, { now, newPerDay: settings.newPerDay });
    const reasons = (r: string) => queue.filter((e) => e.reason === r).length;
    expect(reasons('due')).toBe(counts.flashcards.learning + counts.flashcards.due);
    expect(reasons('new')).toBe(counts.flashcards.new);
    // The queued card opens the new cards.
    expect(queue.find((e) => e.reason === 'new')?.itemId).toBe(f7);

    const quiz = planQuiz(bank, prices, events, { count: 500, now, seed: 3, templates });
    const due = quiz.questions.filter((q) => q.reason === 'due').length;
    expect(due).toBe(counts.quiz.learning + counts.quiz.due);

    // The quiz introduces no more new items than today's limit leaves (the bank's items here).
    const seenDue = 2 + 1; // m1, m2 due; m3 in a relearning step that is over
    const small = planQuiz(bank, prices, events, {
      count: seenDue + counts.quiz.new + 1,
      now,
      seed: 3,
      newPerDay: settings.newPerDay,
    });
    const order = small.questions.map((q) => q.reason);
    // The next question is the known one, not a fifth new item.
    expect(order).toEqual([
      ...Array(seenDue).fill('due'),
      ...Array(counts.quiz.new).fill('new'),
      'review',
    ]);

    expect(report.interview?.today).toEqual(counts);
    const first = report.interview?.plan[0];
    expect(first?.newFlashcards).toBeLessThanOrEqual(counts.flashcards.new);
    expect(first?.newQuizItems).toBeLessThanOrEqual(counts.quiz.new);
  });

  it('a review after the mock round asked for it answers the request', () => {
    const later = [...events, review(f7!, 3, now - 10 * MIN)];
    const after = todayCounts(
      bank,
      studyQueueFromLog(bank, later, { now, newPerDay: 5 }).memory,
      now,
      5,
    );
    expect(after.flashcards.new).toBe(2);
    expect(after.flashcards.learning).toBe(2);
  });
});
