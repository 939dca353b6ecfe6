import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import type { McqItem, NumericItem, OrderingItem } from '../../src/core/content/schema.js';
import type { Answer, Grade } from '../../src/core/grading/types.js';
import { Feedback } from '../../src/ui/components/question/feedback.js';
import { shareLines } from '../../src/ui/components/question/fit.js';
import { QuestionView } from '../../src/ui/components/question/question-view.js';
import { clipLines, wrapText } from '../../src/ui/components/question/wrap.js';
import { keys } from '../helpers/render.js';

const base = {
  topic: 't',
  difficulty: 2 as const,
  source: { section: 'S' },
  correctsMaterial: false,
};
const long = 'word '.repeat(60).trim();

const mcq: McqItem = {
  ...base,
  id: 'm',
  kind: 'mcq',
  prompt: long,
  choices: [
    { text: `Right ${long}`, correct: true },
    { text: 'Wrong', correct: false, why: 'because' },
    { text: 'Also right', correct: true },
  ],
  explanation: long,
};

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('wrapping and fitting', () => {
  it('wraps at spaces, breaks words longer than the width, keeps paragraphs', () => {
    expect(wrapText('aaa bbb ccc', 7)).toEqual(['aaa bbb', 'ccc']);
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('a\nb', 10)).toEqual(['a', 'b']);
    expect(clipLines(['one', 'two', 'three'], 2, 10)).toEqual(['one', 'two…']);
    expect(shareLines([5, 1, 3], 6)).toEqual([2, 1, 3]);
    expect(shareLines([5, 5], 1)).toEqual([1, 1]);
  });
});

describe('QuestionView', () => {
  it('keeps the input in view under a long prompt, and grades what is submitted', async () => {
    const answers: Array<[Answer, Grade]> = [];
    const app = render(
      <QuestionView
        item={mcq}
        shuffleSeed="s"
        isActive
        width={40}
        height={10}
        onAnswer={(a, g) => answers.push([a, g])}
      />,
    );
    await settle();
    const lines = (app.lastFrame() ?? '').split('\n');
    expect(lines.length).toBeLessThanOrEqual(10);
    expect(lines.some((l) => l.includes('…'))).toBe(true);
    expect(app.lastFrame()).toContain('(choose all that apply)');
    expect(app.lastFrame()).toContain('Space pick');
    // Space then Enter written together: the set is read at once, not from a stale render.
    app.stdin.write(keys.space);
    app.stdin.write(keys.enter);
    await settle();
    expect(answers).toHaveLength(1);
    expect(answers[0]?.[0].kind).toBe('mcq');
    app.unmount();
  });

  it('ignores keys when not active', async () => {
    const answers: unknown[] = [];
    const item: NumericItem = {
      ...base,
      id: 'n',
      kind: 'numeric',
      prompt: 'How many?',
      unit: 'req/s',
      tolerance: { absolute: 1 },
      answer: 10,
      solution: 's',
      explanation: 'e',
    };
    const app = render(
      <QuestionView
        item={item}
        shuffleSeed="s"
        isActive={false}
        width={60}
        height={10}
        onAnswer={(a) => answers.push(a)}
      />,
    );
    await settle();
    app.stdin.write('10');
    app.stdin.write(keys.enter);
    await settle();
    expect(answers).toEqual([]);
    expect(app.lastFrame()).toContain('req/s');
    app.unmount();
  });

  it('a pasted estimate with its line ending is typed and submitted', async () => {
    const answers: Array<[Answer, Grade]> = [];
    const item: NumericItem = {
      ...base,
      id: 'n',
      kind: 'numeric',
      prompt: 'How many?',
      unit: 'invocations/month',
      tolerance: { relative: 0.1 },
      answer: 1_500_000,
      solution: 's',
      explanation: 'e',
    };
    const app = render(
      <QuestionView
        item={item}
        shuffleSeed="s"
        isActive
        width={60}
        height={10}
        onAnswer={(a, g) => answers.push([a, g])}
      />,
    );
    await settle();
    app.stdin.write('1.5M\r');
    await settle();
    expect(answers[0]?.[0]).toEqual({ kind: 'numeric', value: 1_500_000 });
    expect(answers[0]?.[1].rating).toBe(4);
    app.unmount();
  });
});

describe('Feedback', () => {
  const ordering: OrderingItem = {
    ...base,
    id: 'o',
    kind: 'ordering',
    prompt: 'p',
    steps: ['a', 'b', 'c'],
    explanation: long,
  };

  it('scrolls with ↑↓ when taller than its space', async () => {
    const grade: Grade = {
      correct: false,
      score: 0.5,
      rating: 2,
      summary: '2 of 3 steps in order, 1 to move',
    };
    const app = render(
      <Feedback
        item={ordering}
        answer={{ kind: 'ordering', order: [1, 0, 2] }}
        grade={grade}
        width={30}
        height={6}
        isActive
      />,
    );
    await settle();
    const first = app.lastFrame() ?? '';
    expect(first.split('\n')).toHaveLength(6);
    expect(first).toContain('✗ 2 of 3 steps in order');
    expect(first).toContain('1. a (you had it 2nd)');
    expect(first).toMatch(/↓ \d+ more lines/);
    app.stdin.write(keys.down);
    await settle();
    expect(app.lastFrame()).not.toContain('✗ 2 of 3 steps in order');
    app.unmount();
  });
});
