import { Text } from 'ink';
import { afterEach, describe, expect, it } from 'vitest';
import type { ParsedCommand } from '../../src/cli/commands.js';
import { useScreen } from '../../src/ui/navigation.js';
import { screens } from '../../src/ui/screens/registry.js';
import { fixtureCopy } from '../content/fixtures.js';
import { keys, renderApp } from '../helpers/render.js';

const content = fixtureCopy('quiz');
type App = ReturnType<typeof renderApp>;

function quiz(values: Record<string, string>, size: { rows?: number; columns?: number } = {}) {
  return renderApp({
    screen: 'quiz',
    cmd: { values },
    env: { FAAS_PREP_CONTENT: content },
    rows: size.rows ?? 30,
    columns: size.columns ?? 100,
  });
}

function reviews(app: App) {
  return app.services
    .store()
    .events()
    .filter((e) => e.type === 'review');
}

/** The number shown before a choice or step (`❯ 2. Lambda` → 2). */
function rowOf(frame: string, text: string): number {
  const line = frame.split('\n').find((l) => l.includes(`. ${text}`));
  const m = line && /(\d+)\. /.exec(line);
  if (!m) throw new Error(`"${text}" is not on screen:\n${frame}`);
  return Number(m[1]);
}

const steps = ['Download the code', 'Start the runtime', 'Run the init code', 'Run the handler'];

/** The ordering input's current arrangement, as content indices, read off the screen. */
function arrangement(frame: string): number[] {
  const rows: Array<[number, number]> = [];
  for (const line of frame.split('\n')) {
    const m = /^(?:❯| ) (?:⇅| ) (\d+)\. (.+?)\s*$/.exec(line);
    if (m) rows.push([Number(m[1]), steps.indexOf(m[2] ?? '')]);
  }
  return rows.sort((a, b) => a[0] - b[0]).map(([, i]) => i);
}

/** Puts the steps in the right order with the keys a person would use: Space, ↑, Space. */
async function sortSteps(app: App) {
  let cursor = 0;
  for (let target = 0; target < steps.length; target++) {
    const order = arrangement(app.frame());
    const at = order.indexOf(target);
    if (at === target) continue;
    for (; cursor < at; cursor++) await app.press(keys.down);
    for (; cursor > at; cursor--) await app.press(keys.up);
    await app.press(keys.space);
    await app.waitFor('Space drop it');
    for (; cursor > target; cursor--) await app.press(keys.up);
    await app.press(keys.space);
    await app.waitFor((f) => arrangement(f)[target] === target && !f.includes('Space drop it'));
  }
}

// Tests replace or remove the simulator screen; each starts from the real registry.
const realSim = screens.sim;
afterEach(() => {
  if (realSim) screens.sim = realSim;
  else delete screens.sim;
});

describe('quiz screen: each kind at the keyboard', () => {
  it('mcq: the number and Enter answer; a wrong choice says why, and the review is saved at once', async () => {
    const app = quiz({ topic: 'choices', kind: 'mcq', count: '1' });
    await app.waitFor('1/1 · score 0');
    const single = app.frame().includes('Which service runs functions?');
    if (!single) {
      // The seed picked the multi-answer one: one right pick and one wrong.
      expect(app.frame()).toContain('(choose all that apply)');
      // A digit moves to the choice; Space picks it.
      await app.press(String(rowOf(app.frame(), 'More init code')), keys.space);
      await app.press(String(rowOf(app.frame(), 'A warm instance')), keys.space);
    } else {
      await app.press(String(rowOf(app.frame(), 'S3')));
    }
    await app.press(keys.enter);
    await app.waitFor('✗');
    expect(app.frame()).toContain(
      single
        ? 'You chose “S3”: S3 stores objects'
        : 'You chose “A warm instance”: A warm instance skips',
    );
    expect(app.frame()).toContain('Answer: ');
    const [event] = reviews(app);
    expect(event).toMatchObject({ source: 'quiz', rating: 1, correct: false, score: 0 });
    expect(event?.ms).toBeGreaterThanOrEqual(0);
  });

  it('mcq single answer: right is Good (3)', async () => {
    const app = quiz({ topic: 'choices', kind: 'mcq', count: '2', seed: '1' });
    for (let n = 1; n <= 2; n++) {
      await app.waitFor(`${n}/2 ·`);
      if (app.frame().includes('Which service runs functions?')) {
        for (let i = 1; i < rowOf(app.frame(), 'Lambda'); i++) await app.press(keys.down);
        await app.press(keys.enter);
        await app.waitFor('✓ Right');
        expect(app.frame()).toContain('Answer: Lambda');
        expect(reviews(app).at(-1)).toMatchObject({
          itemId: 'q-mcq-single',
          rating: 3,
          correct: true,
          score: 1,
          answer: { kind: 'mcq', selected: [0] },
        });
      } else {
        // Multi-answer: Enter with nothing picked only warns; Space toggles; a partial set.
        expect(app.frame()).toContain('(choose all that apply)');
        await app.press(keys.enter);
        await app.waitFor('Pick the right choices with Space first');
        expect(reviews(app).filter((e) => e.itemId === 'q-mcq-multi')).toEqual([]);
        for (let i = 1; i < rowOf(app.frame(), 'More init code'); i++) await app.press(keys.down);
        await app.press(keys.space);
        await app.waitFor('[x]');
        await app.press(keys.enter);
        await app.waitFor('1 of 2 right choices');
        expect(app.frame()).toContain('Missed: “A larger deployment package”');
        expect(reviews(app).at(-1)).toMatchObject({
          itemId: 'q-mcq-multi',
          rating: 2,
          correct: false,
          score: 0.5,
          answer: { kind: 'mcq', selected: [1] },
        });
      }
      await app.press(keys.enter);
    }
    await app.waitFor('Score');
  });

  it('numeric: typed (? and q are characters), bad input hints, graded by tolerance, solution shown', async () => {
    // Without a simulator screen registered, `s` is not offered.
    delete screens.sim;
    const app = quiz({ topic: 'numbers', count: '2' });
    await app.waitFor('1/2');
    for (let n = 1; n <= 2; n++) {
      await app.waitFor(`${n}/2 · score`);
      // The footer shows the screen's keys once the shell knows it takes typed text.
      await app.waitFor('Esc end quiz');
      const literal = app.frame().includes('GB-seconds');
      await app.press('?', 'q');
      await app.waitFor('› ?q');
      expect(app.frame()).not.toContain('Any key closes this');
      await app.press(keys.enter);
      await app.waitFor('Not a number');
      await app.press(keys.backspace, keys.backspace);
      await app.waitFor((f) => !f.includes('?q'));
      if (literal) {
        expect(app.frame()).toContain('GB-s');
        await app.press(...'0.055');
        await app.press(keys.enter);
        await app.waitFor('Right (off by 10%)');
        expect(app.frame()).toContain('Solution: 0.5 GB × 0.1 s = 0.05 GB-s.');
        expect(reviews(app).at(-1)).toMatchObject({
          itemId: 'q-num-literal',
          rating: 3,
          correct: true,
        });
      } else {
        // Model-linked: the prompt's placeholders are rendered and the answer comes from the model.
        expect(app.frame()).toContain('At 100M invocations a month of a 512 MB function');
        await app.press(...'$150');
        await app.waitFor('= 150');
        await app.press(keys.enter);
        await app.waitFor('Off by');
        expect(app.frame()).toContain('Answer: $103.33/month');
        expect(app.frame()).toContain('Solution: Requests $20.00 + duration $83.33 = $103.33.');
        expect(app.frame()).not.toContain('open in the simulator');
        const event = reviews(app).at(-1);
        expect(event).toMatchObject({ itemId: 'q-num-model', rating: 1, correct: false });
        expect(event?.answer).toEqual({ kind: 'numeric', value: 150 });
      }
      await app.press(keys.enter);
    }
    await app.waitFor('Score');
  });

  it('numeric estimates are rated by how far off they are', async () => {
    const ratings: number[] = [];
    for (const typed of ['0.05', '0.0525', '0.054', '0.058', '0.08']) {
      const app = quiz({ topic: 'numbers', count: '2', seed: '3' });
      await app.waitFor('1/2');
      if (!app.frame().includes('GB-seconds')) {
        await app.press(...'103.33', keys.enter);
        await app.waitFor('✓');
        await app.press(keys.enter);
        await app.waitFor('2/2');
      }
      await app.press(...typed, keys.enter);
      await app.waitFor(/[✓✗]/);
      ratings.push(reviews(app).at(-1)?.rating as number);
    }
    expect(ratings).toEqual([4, 4, 3, 2, 1]);
  });

  it('ordering: steps moved with Space and arrows; right order is Good', async () => {
    const app = quiz({ topic: 'orders' });
    await app.waitFor('Put the cold start phases in order.');
    expect(arrangement(app.frame())).not.toEqual([0, 1, 2, 3]);
    await sortSteps(app);
    expect(arrangement(app.frame())).toEqual([0, 1, 2, 3]);
    await app.press(keys.enter);
    await app.waitFor('✓ Right');
    expect(reviews(app).at(-1)).toMatchObject({
      itemId: 'q-order',
      rating: 3,
      correct: true,
      answer: { kind: 'ordering', order: [0, 1, 2, 3] },
    });
  });

  it('ordering: a wrong order gets partial credit and the right order is shown', async () => {
    const app = quiz({ topic: 'orders' });
    await app.waitFor('Put the cold start phases in order.');
    const shown = arrangement(app.frame());
    // Shift+↓ moves the chosen step directly.
    await app.press('\x1b[1;2B');
    await app.waitFor((f) => arrangement(f)[1] === shown[0]);
    const submitted = arrangement(app.frame());
    await app.press(keys.enter);
    await app.waitFor('Right order:');
    expect(app.frame()).toContain('(you had it');
    const event = reviews(app).at(-1);
    expect(event?.answer).toEqual({ kind: 'ordering', order: submitted });
    expect(event?.correct).toBe(submitted.every((v, i) => v === i));
  });

  it('spot-the-error: f answers at once; ←/→ then Enter also works; the correction is shown', async () => {
    const app = quiz({ topic: 'claims' });
    await app.waitFor('True or false?');
    await app.press('f');
    await app.waitFor('✓ Right');
    expect(app.frame()).toContain('Correction: Python and .NET can use them too.');
    // Answered at once on the test clock: right, but a possible lucky guess, so Hard.
    expect(reviews(app).at(-1)).toMatchObject({ itemId: 'q-spot', rating: 2, correct: true });

    const again = quiz({ topic: 'claims' });
    await again.waitFor('True or false?');
    await again.press(keys.enter);
    await again.waitFor('Choose with ←/→ first');
    await again.press(keys.left, keys.enter);
    await again.waitFor('Wrong: the statement is false');
    expect(reviews(again).at(-1)).toMatchObject({
      rating: 1,
      correct: false,
      answer: { kind: 'spot-the-error', saysTrue: true },
    });
  });
});

describe('quiz screen: a whole quiz', () => {
  it('ends with the score and the missed items with their right answers; r retries them', async () => {
    const app = quiz({ topic: 'claims' });
    await app.waitFor('True or false?');
    await app.press('t');
    await app.waitFor('✗');
    expect(app.frame()).toMatch(/Enter\s+see the score/);
    await app.press(keys.enter);
    await app.waitFor('Score 0 / 1 · 0 right');
    expect(app.frame()).toContain('Missed (1):');
    expect(app.frame()).toContain('Answer: False. Python and .NET can use them too.');
    await app.press('r');
    await app.waitFor('retry 1');
    await app.press('f');
    await app.waitFor('✓ Right');
    await app.press(keys.enter);
    await app.waitFor('Nothing missed.');
    expect(reviews(app).map((e) => e.correct)).toEqual([false, true]);
    await app.press(keys.enter);
    await app.waitFor('Practice for serverless');
  });

  it('never repeats an item, and asks due and missed items before new ones', async () => {
    const first = quiz({ count: '6', seed: '9' });
    const asked: string[] = [];
    for (let n = 1; n <= 6; n++) {
      await first.waitFor(`${n}/6 ·`);
      // Give an answer that is never right: q ends nothing here, each kind has its own key.
      const f = first.frame();
      if (f.includes('· true or false')) await first.press('t');
      else if (f.includes('· estimate')) await first.press('9', '9', '9', keys.enter);
      else if (f.includes('(choose all that apply)')) await first.press(keys.space, keys.enter);
      else await first.press(keys.enter);
      await first.waitFor(/[✓✗]/);
      asked.push(String(reviews(first).at(-1)?.itemId));
      await first.press(keys.enter);
    }
    await first.waitFor('Score');
    expect(new Set(asked).size).toBe(6);

    // The next quiz (same store) starts with what was missed.
    const missed = reviews(first)
      .filter((e) => e.correct === false)
      .map((e) => e.itemId);
    expect(missed.length).toBeGreaterThan(0);
    const next = renderApp({
      screen: 'quiz',
      cmd: { values: { count: '1', seed: '4' } },
      env: { FAAS_PREP_CONTENT: content },
      dir: first.dir,
      clock: first.clock,
    });
    next.clock.advance(60_000);
    await next.waitFor('1/1 ·');
    const f = next.frame();
    if (f.includes('· true or false')) await next.press('t');
    else if (f.includes('· estimate')) await next.press('1', keys.enter);
    else if (f.includes('(choose all that apply)')) await next.press(keys.space, keys.enter);
    else await next.press(keys.enter);
    await next.waitFor(/[✓✗]/);
    expect(missed).toContain(reviews(next).at(-1)?.itemId);
  });

  it('q mid-quiz ends early with the summary of what was answered', async () => {
    const app = quiz({ count: '4', kind: 'mcq', topic: 'choices' });
    await app.waitFor('1/2');
    expect(app.frame()).toContain('Only 2 questions match.');
    await app.press(keys.enter);
    if (app.frame().includes('Pick the right choices')) {
      await app.press(keys.space, keys.enter);
    }
    await app.waitFor(/[✓✗]/);
    await app.press('q');
    await app.waitFor('Ended early: 1 of 2 answered (all saved).');
    expect(reviews(app)).toHaveLength(1);
  });

  it('Esc while typing an estimate ends the quiz early', async () => {
    const app = quiz({ topic: 'numbers', count: '2' });
    await app.waitFor('1/2');
    await app.press('4', '2');
    await app.press(keys.esc);
    await app.waitFor('Ended early: 0 of 2 answered');
    expect(reviews(app)).toEqual([]);
  });

  it('s on a model-linked estimate opens the simulator with its parameters, and Esc comes back', async () => {
    let seen: ParsedCommand | undefined;
    screens.sim = ({ route }) => {
      useScreen({ title: 'Simulator', keys: [] });
      seen = route.flags;
      return <Text>Simulator {route.flags.positionals.join(' ')}</Text>;
    };
    const app = quiz({ topic: 'numbers', count: '2' });
    for (let n = 1; n <= 2; n++) {
      await app.waitFor(`${n}/2 · score`);
      if (app.frame().includes('GB-seconds')) {
        await app.press(...'0.05', keys.enter);
        await app.waitFor('✓');
        expect(app.frame()).not.toContain('open in the simulator');
        await app.press('s');
        await app.press(keys.enter);
        continue;
      }
      await app.press(...'100', keys.enter);
      await app.waitFor('open in the simulator');
      const before = app.frame();
      await app.press('s');
      await app.waitFor('Simulator cost');
      expect(seen).toEqual({
        positionals: ['cost'],
        values: { invocations: '100000000', 'memory-mb': '512', 'duration-ms': '100' },
      });
      await app.press(keys.esc);
      await app.waitFor('Solution:');
      expect(app.frame()).toBe(before);
      await app.press(keys.enter);
    }
    await app.waitFor('Score');
    expect(reviews(app)).toHaveLength(2);
  });
});

describe('quiz screen: fitting and errors', () => {
  it('fits the smallest terminal: the input stays visible under a long prompt', async () => {
    const app = quiz({ topic: 'choices', kind: 'mcq' }, { rows: 14, columns: 50 });
    await app.waitFor('1/2');
    expect(app.frame().split('\n').length).toBeLessThan(14);
    expect(app.frame()).toMatch(/❯ (\[ \] )?1\./);
    expect(app.frame()).toMatch(/Enter (answer|submit)/);
  });

  it('no matching items says so and Enter goes back', async () => {
    const app = quiz({ topic: 'claims', kind: 'ordering' });
    await app.waitFor('No questions match (Claims, put in order).');
    await app.press(keys.enter);
    await app.waitFor('Practice for serverless');
  });

  it('the home menu opens the quiz', async () => {
    const app = renderApp({ env: { FAAS_PREP_CONTENT: content } });
    await app.waitFor('Quiz');
    for (let i = 0; i < 10 && !app.frame().includes('❯ Quiz'); i++) await app.press(keys.down);
    await app.waitFor('❯ Quiz');
    await app.press(keys.enter);
    await app.waitFor(/1\/6 · score 0/);
  });
});

describe('quiz screen: keys that arrive together (one read)', () => {
  /** Picks a choice so that Enter answers, whichever of the two mcqs is asked. */
  async function readyToAnswer(app: App) {
    if (app.frame().includes('(choose all that apply)')) {
      await app.press(keys.space);
      await app.waitFor('[x]');
    }
  }

  it('Enter twice on a choice records one review, not two', async () => {
    const app = quiz({ topic: 'choices', kind: 'mcq', count: '2', seed: '1' });
    await app.waitFor('1/2 ·');
    await readyToAnswer(app);
    await app.press(`${keys.enter}${keys.enter}`);
    await app.waitFor('2/2 ·');
    expect(reviews(app)).toHaveLength(1);
  });

  it('Enter twice on the feedback page moves on once and never answers the next question unseen', async () => {
    const app = quiz({ topic: 'choices', kind: 'mcq', count: '2', seed: '1' });
    await app.waitFor('1/2 ·');
    await readyToAnswer(app);
    await app.press(keys.enter);
    await app.waitFor(/[✓✗]/);
    await app.press(`${keys.enter}${keys.enter}`);
    await app.waitFor('2/2 ·');
    expect(reviews(app)).toHaveLength(1);
    expect(app.frame()).not.toMatch(/[✓✗]/);
    expect(app.frame()).toMatch(/Enter answer/);
  });
});
