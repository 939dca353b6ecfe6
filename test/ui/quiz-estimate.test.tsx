// The quiz screen with generated estimation questions (real content: content/templates.yaml).
import { Text } from 'ink';
import { afterEach, describe, expect, it } from 'vitest';
import type { ParsedCommand } from '../../src/cli/commands.js';
import { loadBank } from '../../src/core/content/load.js';
import { loadPrices } from '../../src/core/content/prices.js';
import { planQuiz } from '../../src/core/quiz/prepare.js';
import { type GeneratedQuestion, loadTemplates } from '../../src/core/templates/index.js';
import { useScreen } from '../../src/ui/navigation.js';
import { screens } from '../../src/ui/screens/registry.js';
import { realContent } from '../content/fixtures.js';
import { fakeClock, keys, renderApp } from '../helpers/render.js';

const realSim = screens.sim;
afterEach(() => {
  if (realSim) screens.sim = realSim;
  else delete screens.sim;
});

/** The questions the screen will ask: the same plan, from the same seed, clock and (empty) log. */
function expectedQuestions(seed: number, now: number, topic: string, count: number) {
  return planQuiz(loadBank(realContent), loadPrices(realContent), [], {
    kind: 'estimate',
    topic,
    count,
    now,
    seed,
    templates: loadTemplates(realContent),
  }).questions.map((q) => q.item as GeneratedQuestion);
}

describe('quiz --kind estimate on screen', () => {
  it('asks drawn questions, logs each under its template id, and s opens the simulator with the draw', async () => {
    let seen: ParsedCommand | undefined;
    screens.sim = ({ route }) => {
      useScreen({ title: 'Simulator', keys: [] });
      seen = route.flags;
      return <Text>Simulator {route.flags.positionals.join(' ')}</Text>;
    };
    const clock = fakeClock();
    const [first, second] = expectedQuestions(42, clock.now(), 'cost', 2);
    if (!first || !second) throw new Error('no questions');
    const app = renderApp({
      screen: 'quiz',
      cmd: { values: { kind: 'estimate', topic: 'cost', count: '2' } },
      env: { FAAS_PREP_CONTENT: realContent },
      clock,
      seed: 42,
      rows: 40,
      columns: 120,
    });
    await app.waitFor('1/2 · score 0 · estimate');
    expect(app.frame()).toContain('Quiz · Cost and break-even · generated estimates');
    expect(app.frame().replace(/\s+/g, ' ')).toContain(first.prompt.slice(0, 30));

    // The exact answer: Easy, logged under the template, not the drawn instance.
    clock.advance(7000);
    await app.press(...String(first.answer), keys.enter);
    await app.waitFor('Solution:');
    const log = () =>
      app.services
        .store()
        .events()
        .filter((e) => e.type === 'review');
    expect(log()).toHaveLength(1);
    expect(log()[0]).toMatchObject({
      itemId: first.templateId,
      rating: 4,
      source: 'quiz',
      correct: true,
      score: 1,
      ms: 7000,
    });
    // The worked solution has the drawn numbers in it.
    expect(app.frame().replace(/\s+/g, ' ')).toContain(first.solution.slice(0, 30));
    await app.waitFor('open in the simulator');
    await app.press('s');
    await app.waitFor('Simulator cost');
    expect(seen?.positionals).toEqual(['cost']);
    for (const [param, flag] of [
      ['invocations', 'invocations'],
      ['memoryMb', 'memory-mb'],
      ['durationMs', 'duration-ms'],
    ] as const) {
      if (first.params[param] !== undefined) {
        expect(seen?.values[flag]).toBe(String(first.params[param]));
      }
    }
    await app.press(keys.esc);
    await app.waitFor('Solution:');
    await app.press(keys.enter);

    // Ten times too much: Again.
    await app.waitFor('2/2 · score 1');
    await app.press(...String(second.answer * 10), keys.enter);
    await app.waitFor('✗');
    expect(log()[1]).toMatchObject({ itemId: second.templateId, rating: 1, correct: false });
    await app.press(keys.enter);
    await app.waitFor(/Score 1 \/ 2/);
  });

  it('a topic without templates has nothing to ask', async () => {
    const app = renderApp({
      screen: 'quiz',
      cmd: { values: { kind: 'estimate', topic: 'fundamentals' } },
      env: { FAAS_PREP_CONTENT: realContent },
    });
    await app.waitFor('No questions match (Serverless fundamentals, generated estimates).');
  });
});
