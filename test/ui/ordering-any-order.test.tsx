import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import type { OrderingItem } from '../../src/core/content/schema.js';
import { gradeOrdering } from '../../src/core/grading/grade.js';
import { Feedback } from '../../src/ui/components/question/feedback.js';
import { OrderingInput, orderingHeight } from '../../src/ui/components/question/ordering-input.js';

const item: OrderingItem = {
  id: 'o',
  topic: 't',
  difficulty: 2,
  source: { section: 'S' },
  correctsMaterial: false,
  kind: 'ordering',
  prompt: 'Order the steps',
  steps: ['first', 'second', 'third', 'fourth'],
  anyOrder: [[1, 2]],
  explanation: 'why',
};

const settle = () => new Promise((r) => setTimeout(r, 20));

/** The feedback after arranging `item`'s steps as `order`. */
function feedbackFor(order: number[]) {
  return render(
    <Feedback
      item={item}
      answer={{ kind: 'ordering', order }}
      grade={gradeOrdering(item, order)}
      width={60}
      height={20}
      isActive
    />,
  );
}

describe('ordering items with an anyOrder group', () => {
  it('the input marks the grouped steps with ~ wherever they are, and says what ~ means', async () => {
    const submitted: number[][] = [];
    const app = render(
      <OrderingInput
        item={item}
        initial={[2, 0, 3, 1]}
        isActive
        width={60}
        height={orderingHeight(item, 60)}
        onSubmit={(o) => submitted.push(o)}
      />,
    );
    await settle();
    const lines = (app.lastFrame() ?? '').split('\n');
    expect(lines.find((l) => l.includes('third'))).toMatch(/~ 1\. third/);
    expect(lines.find((l) => l.includes('second'))).toMatch(/~ 4\. second/);
    expect(lines.find((l) => l.includes('first'))).not.toContain('~');
    expect(lines.find((l) => l.includes('fourth'))).not.toContain('~');
    expect(lines).toContain('Steps marked ~ can go in any order.');
    expect(lines).toHaveLength(orderingHeight(item, 60));
    // The mark travels with its step when the step moves.
    app.stdin.write('J');
    await settle();
    expect((app.lastFrame() ?? '').split('\n').find((l) => l.includes('third'))).toMatch(
      /~ 2\. third/,
    );
    app.unmount();
  });

  it('an item without groups shows no mark and no legend', async () => {
    const plain = { ...item, anyOrder: undefined };
    const app = render(
      <OrderingInput
        item={plain}
        initial={[0, 1, 2, 3]}
        isActive
        width={60}
        height={orderingHeight(plain, 60)}
        onSubmit={() => {}}
      />,
    );
    await settle();
    expect(app.lastFrame()).not.toContain('~');
    expect(app.lastFrame()).toContain('❯   1. first');
    app.unmount();
  });

  it('the feedback marks the group, and a grouped step swapped within it is not "out of place"', async () => {
    const app = feedbackFor([0, 2, 1, 3]);
    await settle();
    const frame = app.lastFrame() ?? '';
    expect(frame).toContain('~ 2. second');
    expect(frame).toContain('~ 3. third');
    expect(frame).not.toContain('you had it');
    expect(frame).toContain('Steps marked ~ can go in any order.');
    app.unmount();
  });

  it('the feedback still names a grouped step placed outside its group', async () => {
    const app = feedbackFor([1, 0, 2, 3]);
    await settle();
    expect(app.lastFrame()).toContain('~ 2. second (you had it 1st)');
    expect(app.lastFrame()).toContain('1. first (you had it 2nd)');
    app.unmount();
  });

  it('several groups get numbered marks', async () => {
    const two = {
      ...item,
      steps: [...item.steps, 'fifth', 'sixth'],
      anyOrder: [
        [1, 2],
        [4, 5],
      ],
    };
    const app = render(
      <OrderingInput
        item={two}
        initial={[0, 1, 2, 3, 4, 5]}
        isActive
        width={60}
        height={orderingHeight(two, 60)}
        onSubmit={() => {}}
      />,
    );
    await settle();
    const frame = app.lastFrame() ?? '';
    expect(frame).toContain('~1 2. second');
    expect(frame).toContain('~2 6. sixth');
    expect(frame).toContain('Steps with the same ~N mark can go in any order.');
    app.unmount();
  });
});
