// Question templates are schedulable items of their topics: mastery, due counts, the forecast,
// stats and the interview projection all count them; unknown ids only count in the totals.
import { describe, expect, it } from 'vitest';
import { loadPrices } from '../../src/core/content/prices.js';
import { grade } from '../../src/core/grading/grade.js';
import {
  computeStats,
  dueTodayItems,
  loadStudyBank,
  projectInterview,
  replay,
  schedulableItems,
  schedulableOf,
  topicMastery,
  withTemplates,
} from '../../src/core/memory/index.js';
import { buildReport } from '../../src/core/memory/report.js';
import { planQuiz } from '../../src/core/quiz/prepare.js';
import { reviewEvent } from '../../src/core/quiz/record.js';
import type { LogEvent } from '../../src/core/store/log.js';
import { defaultSettings } from '../../src/core/store/settings.js';
import {
  type GeneratedQuestion,
  loadTemplates,
  reviewItemId,
} from '../../src/core/templates/index.js';
import { realContent } from '../content/fixtures.js';
import { bankOf, card, DAY, local, review } from './memory-fixtures.js';

const t0 = local(2026, 11, 26, 9);
const bank = bankOf([card('a1', 'alpha'), card('b1', 'beta')]);
const study = withTemplates(bank, [
  { id: 'tpl-alpha', topic: 'alpha', difficulty: 2 },
  { id: 'tpl-beta', topic: 'beta', difficulty: 1 },
]);

describe('templates in the memory model', () => {
  it('are schedulable items of their topics, as numeric items', () => {
    expect(schedulableItems(study).map((s) => s.id)).toEqual(['a1', 'b1', 'tpl-alpha', 'tpl-beta']);
    expect(schedulableOf(study, 'tpl-alpha')).toEqual({
      id: 'tpl-alpha',
      topic: 'alpha',
      kind: 'numeric',
      difficulty: 2,
    });
    expect(schedulableOf(study, 'tpl-alpha#12')).toBeUndefined();
    expect(schedulableOf(bank, 'tpl-alpha')).toBeUndefined();
  });

  it('a template review moves its topic’s mastery; an unknown id moves nothing', () => {
    const memory = replay([review('tpl-alpha', 3, t0 - 60_000, { source: 'quiz' })], t0);
    const mastery = topicMastery(study, memory, t0);
    expect(mastery.get('alpha')).toBeGreaterThan(0.4); // one of two alpha items well recalled
    expect(mastery.get('beta')).toBe(0);
    // Without the templates, the same review is of an unknown id.
    expect(topicMastery(bank, memory, t0).get('alpha')).toBe(0);
    const stray = replay([review('tpl-gone', 3, t0 - 60_000, { source: 'quiz' })], t0);
    expect([...topicMastery(study, stray, t0).values()]).toEqual([0, 0]);
  });

  it('a template unseen counts as 0 for its topic, like an unseen item', () => {
    const memory = replay([review('a1', 3, t0 - 60_000)], t0);
    const withT = topicMastery(study, memory, t0).get('alpha') ?? 0;
    const without = topicMastery(bank, memory, t0).get('alpha') ?? 0;
    expect(withT).toBeCloseTo(without / 2, 6);
  });

  it('count in due today, the forecast, seen and total; unknown ids only in the totals', () => {
    const events: LogEvent[] = [
      review('tpl-beta', 3, t0 - 30 * DAY, { source: 'quiz' }),
      review('tpl-gone', 3, t0 - 30 * DAY, { source: 'quiz' }),
    ];
    const memory = replay(events, t0);
    expect(dueTodayItems(study, memory, t0)).toEqual(['tpl-beta']);
    expect(dueTodayItems(bank, memory, t0)).toEqual([]);
    const s = computeStats(study, events, t0);
    expect(s.quizAnswers).toBe(2);
    expect(s.dueToday).toBe(1);
    expect(s.forecast[0]?.due).toBe(1);
    expect(s.items).toMatchObject({ total: 4, seen: 1 });
    expect(s.topics.get('beta')).toBeGreaterThan(0);
    expect(s.reviews).toBe(0); // quiz answers are not flashcard reviews
  });

  it('the interview projection plans the unseen templates and projects them', () => {
    const p = projectInterview(study, new Map(), t0, '2026-12-03');
    expect(p.unseen).toEqual({ flashcards: 2, other: 2 });
    expect(p.plan.reduce((n, d) => n + d.newItems, 0)).toBe(4);
    expect(p.topics.every((t) => t.withPlan > 0.8)).toBe(true);
  });
});

describe('stats of the real content after estimate quizzes only', () => {
  it('`stats --json` topics move when only generated questions were answered', () => {
    const studyBank = loadStudyBank(realContent);
    const templates = loadTemplates(realContent);
    expect(studyBank.templates?.size).toBe(templates.length);
    const prices = loadPrices(realContent);
    const now = Date.UTC(2026, 10, 26, 9);
    const plan = planQuiz(studyBank, prices, [], {
      kind: 'estimate',
      topic: 'databases',
      count: 3,
      now,
      seed: 7,
      templates,
    });
    let n = 0;
    const events: LogEvent[] = plan.questions.map((q) => {
      const item = q.item as GeneratedQuestion;
      const g = grade(item, { kind: 'numeric', value: item.answer }, item.answer);
      return {
        id: `e${n++}`,
        t: now - 1000,
        ...reviewEvent(reviewItemId(item), { kind: 'numeric', value: item.answer }, g, 5000),
      };
    });
    const settings = defaultSettings(now);
    const before = buildReport(studyBank, [], settings, now);
    const after = buildReport(studyBank, events, settings, now);
    expect(after.quizAnswers).toBe(3);
    expect(after.topics.databases).toBeGreaterThan(before.topics.databases ?? 0);
    for (const topic of Object.keys(before.topics)) {
      if (topic !== 'databases') expect(after.topics[topic]).toBe(before.topics[topic]);
    }
    expect(after.items.seen).toBe(3);
    expect(after.items.total).toBe(before.items.total);
  });
});
