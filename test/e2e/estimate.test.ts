import { afterEach, describe, expect, it } from 'vitest';
import { loadBank } from '../../src/core/content/load.js';
import { loadPrices } from '../../src/core/content/prices.js';
import { planQuiz } from '../../src/core/quiz/prepare.js';
import { type GeneratedQuestion, loadTemplates } from '../../src/core/templates/index.js';
import { realContent } from '../content/fixtures.js';
import { keys, logReviews, type Session, start, statsJson } from '../helpers/pty.js';

const sessions: Session[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.kill();
});

/** What `quiz --kind estimate --count 2 --seed 7` asks a new learner (the log is empty). */
function plannedQuestions(): GeneratedQuestion[] {
  return planQuiz(loadBank(realContent), loadPrices(realContent), [], {
    kind: 'estimate',
    count: 2,
    now: Date.now(),
    seed: 7,
    templates: loadTemplates(realContent),
  }).questions.map((q) => q.item as GeneratedQuestion);
}

describe('generated estimates in a real terminal', () => {
  it('quiz --kind estimate --count 2 --seed 7: answered, scored, logged by template, in stats', async () => {
    const planned = plannedQuestions();
    expect(planned).toHaveLength(2);
    const app = start({ args: ['quiz', '--kind', 'estimate', '--count', '2', '--seed', '7'] });
    sessions.push(app);
    const before = statsJson(app.home);
    // The first exactly right, the second ten times too much.
    const answers = [planned[0]!.answer, planned[1]!.answer * 10];
    for (let n = 1; n <= 2; n++) {
      await app.waitFor(`${n}/2 · score`);
      await app.waitFor(/Enter answer/);
      app.press(`${answers[n - 1]}${keys.enter}`);
      await app.waitFor(/[✓✗] /);
      app.press(keys.enter);
    }
    await app.waitFor(/Score 1 \/ 2 · 1 right/);

    const logged = logReviews(app.home);
    expect(logged.map((e) => e.itemId)).toEqual(planned.map((q) => q.templateId));
    expect(logged.map((e) => e.rating)).toEqual([4, 1]);
    expect(logged.every((e) => e.source === 'quiz')).toBe(true);

    const after = statsJson(app.home);
    expect(after.quizAnswers).toBe(2);
    const topic = planned[0]!.topic;
    expect(after.topics[topic]).toBeGreaterThan(before.topics[topic] ?? 0);
    expect(after.items).toMatchObject({ seen: 2 });

    app.press(keys.enter);
    await app.waitFor('Practice for serverless');
    app.press('q');
    expect(await app.waitForExit()).toBe(0);
  });
});
