import { afterEach, describe, expect, it } from 'vitest';
import { loadPrices, loadRuntimes } from '../../src/core/content/prices.js';
import { simulateColdStart } from '../../src/sim/models/cold-start.js';
import { buildColdStart, defaultValues } from '../../src/sim/screen-params.js';
import { keys, renderApp } from '../helpers/render.js';

type App = ReturnType<typeof renderApp>;
const apps: App[] = [];
afterEach(() => {
  for (const app of apps.splice(0)) app.unmount();
});

function open(positionals: string[], values: Record<string, string | boolean> = {}) {
  const app = renderApp({ screen: 'sim', cmd: { positionals, values } });
  apps.push(app);
  return app;
}

const cost = {
  invocations: '20000000',
  'memory-mb': '512',
  'duration-ms': '100',
  fleet: 'fixed',
  'no-public-ipv4': true,
};

/** The review events the screen appended. */
const reviews = (app: App) =>
  app.services
    .store()
    .events()
    .filter((e) => e.type === 'review');

describe('predict first on the cost screen', () => {
  it('P hides the results; a typed break-even is graded on Enter and logged as a review', async () => {
    const app = open(['cost'], cost);
    await app.waitFor(/Lambda total\s+\$20\.67/);
    await app.press('P');
    await app.waitFor('Prediction pending');
    expect(app.frame()).toContain('Break-even vs Fargate');
    expect(app.frame()).not.toContain('Lambda total');
    expect(app.frame()).not.toContain('8.72M');
    expect(app.frame()).not.toContain('┃'); // no chart either
    await app.press('8', '.', '7', 'M');
    await app.waitFor('Yours: 8.7M');
    // Typing alone reveals nothing and logs nothing.
    expect(app.frame()).not.toContain('Lambda total');
    expect(reviews(app)).toHaveLength(0);

    await app.press(keys.enter);
    await app.waitFor('Your prediction');
    const f = app.frame();
    expect(f).toMatch(/yours 8\.7M · model 8\.72M · off by 0\.22% · Easy/);
    expect(f).toContain('why: Break-even N = F / c');
    expect(f).toMatch(/Lambda total\s+\$20\.67/); // the results are back
    const events = reviews(app);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      itemId: 'tpl-breakeven-fargate',
      rating: 4,
      source: 'predict',
      correct: true,
      score: 1,
      answer: { quantity: 'break-even-fargate', predicted: 8_700_000 },
    });
    const answer = events[0]?.answer as { actual: number; params: { invocations: number } };
    expect(answer.actual).toBeCloseTo(8_719_365, -1);
    expect(answer.params.invocations).toBe(20_000_000);
  });

  it('--predict opens hidden; Tab picks the Lambda total; a far-off guess is Again', async () => {
    const app = open(['cost'], { ...cost, predict: true });
    await app.waitFor('Prediction pending');
    expect(app.frame()).not.toContain('Lambda total');
    await app.press(keys.tab);
    await app.waitFor('Predict: Lambda monthly total (2 of 2)');
    await app.press('$', '3', '0', keys.enter);
    await app.waitFor('Your prediction');
    expect(app.frame()).toMatch(/yours \$30\.00 · model \$20\.67 · off by 45% · Again/);
    expect(app.frame()).toContain('outside ×/÷1.1 (10%)');
    expect(reviews(app)).toMatchObject([
      { itemId: 'tpl-lambda-bill', rating: 1, correct: false, score: 0, source: 'predict' },
    ]);
  });

  it('refuses text that is not a number, and logs nothing', async () => {
    const app = open(['cost'], { ...cost, predict: true });
    await app.waitFor('Prediction pending');
    await app.press('1', '2', 'x', keys.enter);
    await app.waitFor('Unknown suffix "x"');
    expect(app.frame()).toContain('Prediction pending');
    expect(reviews(app)).toHaveLength(0);
    await app.press(keys.backspace, keys.backspace, keys.backspace, '9', 'M', keys.enter);
    await app.waitFor('Your prediction');
    expect(reviews(app)).toHaveLength(1);
  });

  it('Enter after the verdict hides the results for the next prediction; P leaves the mode', async () => {
    const app = open(['cost'], { ...cost, predict: true });
    await app.waitFor('Prediction pending');
    await app.press('9', 'M', keys.enter);
    await app.waitFor('Your prediction');
    await app.press(keys.enter);
    await app.waitFor('Prediction pending');
    expect(app.frame()).not.toContain('Lambda total');
    // Changing a parameter while predicting keeps the results hidden.
    await app.press(keys.down, keys.right);
    await app.waitFor('1,024 MB');
    expect(app.frame()).not.toContain('Lambda total');
    await app.press('P');
    await app.waitFor(/Lambda total\s+\$37\.33/);
    expect(app.frame()).not.toContain('Prediction pending');
    expect(app.frame()).toContain('┃');
    expect(reviews(app)).toHaveLength(1);
  });

  it('without a break-even there is nothing to grade, and nothing is logged', async () => {
    // Tasks sized for 1% utilisation each cost more than the 10 GB × 900 s invocations they serve.
    const app = open(['cost'], {
      invocations: '100000000',
      'memory-mb': '10240',
      'duration-ms': '900000',
      'target-utilization': '0.01',
      predict: true,
    });
    await app.waitFor('Prediction pending');
    await app.press('1', 'T', keys.enter);
    await app.waitFor('No break-even');
    expect(app.frame()).toMatch(/Break-even Fargate\s+never/);
    expect(reviews(app)).toHaveLength(0);
  });

  it('Esc leaves predict mode before it leaves the screen', async () => {
    const app = open(['cost'], { ...cost, predict: true });
    await app.waitFor('Prediction pending');
    await app.press(keys.esc);
    await app.waitFor('Lambda total');
    expect(app.frame()).toContain('Simulators › Cost');
  });
});

describe('predict first on the simulations', () => {
  const res = { prices: loadPrices(), runtimes: loadRuntimes() };

  it('cold start: the run starts on Enter; its seed makes the graded value reproducible', async () => {
    const values = { rate: '2', 'duration-ms': '200', 'horizon-s': '2000' };
    const app = open(['cold-start'], { ...values, predict: true });
    await app.waitFor('Prediction pending');
    expect(app.frame()).toContain('Predict: Cold-start probability (1 of 2)');
    expect(app.frame()).toContain('To simulate:');
    expect(app.frame()).not.toMatch(/cold starts\s+\d/);
    await app.press('2', '0', '%', keys.enter);
    await app.waitFor('Your prediction', 10_000);
    expect(app.frame()).toMatch(/cold starts\s+\d/);
    const [event] = reviews(app);
    expect(event).toMatchObject({ itemId: 'tpl-keep-alive-cold', source: 'predict' });
    const answer = event?.answer as { predicted: number; actual: number };
    expect(answer.predicted).toBeCloseTo(0.2, 10);
    const p = buildColdStart(
      { ...defaultValues('cold-start'), rate: 2, durationMs: 200, horizonS: 2000 },
      res,
    ).params;
    expect(answer.actual).toBe(simulateColdStart(p).coldStartProbability);
  });

  it('connections per invocation: the refused share is graded against Erlang B', async () => {
    const app = open(['connections'], {
      mode: 'per-invocation',
      rate: '100',
      'duration-ms': '100',
      'max-connections': '20',
      'horizon-s': '200',
      predict: true,
    });
    await app.waitFor('Predict: Refused (Erlang B)');
    expect(app.frame()).not.toContain('(1 of'); // one quantity: no choice
    await app.press('1', '.', '3', '%', keys.enter);
    await app.waitFor('Your prediction', 10_000);
    expect(app.frame()).toMatch(/yours 1\.3% · model 1\.29% · off by 0\.\d+% · Easy/);
    expect(app.frame()).toMatch(/Erlang B \(analytic\)\s+1\.29%/);
    expect(reviews(app)).toMatchObject([{ itemId: 'tpl-erlang-b-connections', rating: 4 }]);
  });
});
