import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { quizArgs } from '../../src/cli/quiz-args.js';
import { topicIds } from '../../src/cli/topics.js';
import { loadBank } from '../../src/core/content/load.js';
import { fixture, realContent } from '../content/fixtures.js';

const topics = ['cost', 'cold-starts'];
const cmd = (values: Record<string, string>, positionals: string[] = []) => ({
  positionals,
  values,
});

describe('quizArgs', () => {
  it('defaults to ten questions of any kind and topic', () => {
    expect(quizArgs(cmd({}), topics)).toEqual({ count: 10 });
    expect(quizArgs(cmd({ topic: 'cost', kind: 'numeric', count: '100' }), topics)).toEqual({
      topic: 'cost',
      kind: 'numeric',
      count: 100,
    });
  });

  it('an unknown kind or topic is a usage error listing the valid values', () => {
    expect(() => quizArgs(cmd({ kind: 'essay' }), topics)).toThrow(
      "quiz: unknown kind 'essay'; use one of mcq, numeric, ordering, spot-the-error, estimate.",
    );
    expect(() => quizArgs(cmd({ kind: 'flashcard' }), topics)).toThrow(UsageError);
    expect(() => quizArgs(cmd({ topic: 'costs' }), topics)).toThrow(
      "quiz: unknown topic 'costs'; topics: cost, cold-starts.",
    );
  });

  it('--count is a whole number from 1 to 100', () => {
    for (const bad of ['0', '101', '2.5', '-3', 'ten', '']) {
      expect(() => quizArgs(cmd({ count: bad }), topics), bad).toThrow(
        /whole number from 1 to 100/,
      );
    }
    expect(quizArgs(cmd({ count: '1' }), topics).count).toBe(1);
    expect(() => quizArgs(cmd({ seed: 'x' }), topics)).toThrow(/--seed/);
    expect(() => quizArgs(cmd({}, ['cost']), topics)).toThrow(/unexpected argument 'cost'/);
  });
});

describe('topicIds', () => {
  it('agrees with the content loader on the real and the fixture material', () => {
    expect(topicIds(realContent)).toEqual(Object.keys(loadBank(realContent).material.topics));
    expect(topicIds(fixture('content-quiz'))).toEqual(['choices', 'numbers', 'orders', 'claims']);
    expect(topicIds('/nonexistent')).toBeUndefined();
  });
});

describe('faas-prep quiz on the command line', () => {
  function run(args: string[], tty = true) {
    const out: string[] = [];
    const err: string[] = [];
    const opened: unknown[] = [];
    const io = {
      stdout: { write: (s: string) => out.push(s) },
      stderr: { write: (s: string) => err.push(s) },
      env: {},
      stdinIsTTY: tty,
      stdoutIsTTY: tty,
      now: () => 0,
      cwd: process.cwd(),
    };
    return main(args, io, async (request) => {
      opened.push(request);
      return 0;
    }).then((code) => ({ code, out: out.join(''), err: err.join(''), opened }));
  }

  it('opens the quiz screen with the flags', async () => {
    const r = await run(['quiz', '--topic', 'cost', '--count', '3', '--kind', 'mcq']);
    expect(r.code).toBe(0);
    expect(r.opened).toEqual([
      {
        screen: 'quiz',
        args: { topic: 'cost', count: 3, kind: 'mcq' },
      },
    ]);
  });

  it('bad flags exit 2 with one line, before any screen opens', async () => {
    const r = await run(['quiz', '--kind', 'essay']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      "faas-prep: quiz: unknown kind 'essay'; use one of mcq, numeric, ordering, spot-the-error, estimate.\n",
    );
    expect(r.opened).toEqual([]);
    const t = await run(['quiz', '--topic', 'nope']);
    expect(t.code).toBe(2);
    expect(t.err).toMatch(
      /^faas-prep: quiz: unknown topic 'nope'; topics: fundamentals, .*cost.*\n$/,
    );
    expect((await run(['quiz', '--count', '0'])).code).toBe(2);
  });

  it('without a terminal it says so (exit 2)', async () => {
    const r = await run(['quiz'], false);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/needs an interactive terminal/);
  });
});
