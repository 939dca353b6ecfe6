import { describe, expect, it } from 'vitest';
import { runInSlices, type SliceScheduler, sequenceRuns } from '../../src/sim/chunked.js';
import type { SimRun } from '../../src/sim/models/run.js';

/** A run of `total` requests whose step() costs `msPerRequest` of the fake clock. */
function fakeRun(total: number, clock: { t: number }, msPerRequest = 0.01) {
  let done = 0;
  const steps: number[] = [];
  const run: SimRun<number> = {
    step(n) {
      const k = Math.min(n, total - done);
      done += k;
      clock.t += k * msPerRequest;
      steps.push(n);
      return done >= total;
    },
    snapshot: () => done,
    progress: () => done / total,
  };
  return { run, steps };
}

/** Deferred calls wait in a queue until the test lets them run, as key presses would. */
function fakeScheduler(clock: { t: number }) {
  const queue: (() => void)[] = [];
  const scheduler: SliceScheduler = {
    defer(fn) {
      queue.push(fn);
      return () => {
        const i = queue.indexOf(fn);
        if (i >= 0) queue.splice(i, 1);
      };
    },
    now: () => clock.t,
  };
  return { scheduler, queue, turn: () => queue.shift()?.() };
}

const options = { sliceMs: 10, updateMs: 50, firstStep: 100 };

describe('runInSlices', () => {
  it('steps for about one slice, then yields; updates come between slices, done once', () => {
    const clock = { t: 0 };
    const { run } = fakeRun(100_000, clock);
    const { scheduler, queue, turn } = fakeScheduler(clock);
    const updates: number[] = [];
    const done: number[] = [];
    runInSlices(
      run,
      {
        update: (_s, p) => updates.push(p),
        done: (s) => done.push(s),
        error: (e) => {
          throw e;
        },
      },
      scheduler,
      options,
    );
    expect(queue).toHaveLength(1); // nothing runs until the scheduler's turn
    let slices = 0;
    while (queue.length > 0) {
      const before = clock.t;
      turn();
      slices++;
      // One slice overruns its budget by at most one step (a step aims at a fraction of it).
      expect(clock.t - before).toBeLessThan(options.sliceMs * 2);
    }
    expect(slices).toBeGreaterThan(50); // 1,000 ms of work in 10 ms slices
    expect(done).toEqual([100_000]);
    expect(updates.length).toBeGreaterThan(3);
    expect(updates.length).toBeLessThan(slices); // throttled to one per updateMs
    expect([...updates].sort((a, b) => a - b)).toEqual(updates);
  });

  it('adapts the step size to the run speed, within bounds', () => {
    const clock = { t: 0 };
    const { run, steps } = fakeRun(2_000_000, clock, 0.0001);
    const { scheduler, queue, turn } = fakeScheduler(clock);
    runInSlices(run, { update: () => {}, done: () => {}, error: () => {} }, scheduler, options);
    while (queue.length > 0) turn();
    expect(Math.max(...steps)).toBeGreaterThan(options.firstStep);
    expect(Math.max(...steps)).toBeLessThanOrEqual(1_000_000);
  });

  it('cancel stops the run before its next slice', () => {
    const clock = { t: 0 };
    const { run, steps } = fakeRun(1_000_000, clock);
    const { scheduler, queue, turn } = fakeScheduler(clock);
    const done: number[] = [];
    const cancel = runInSlices(
      run,
      { update: () => {}, done: (s) => done.push(s), error: () => {} },
      scheduler,
      options,
    );
    turn();
    const stepped = steps.length;
    cancel();
    expect(queue).toHaveLength(0);
    expect(steps.length).toBe(stepped);
    expect(done).toEqual([]);
  });

  it('reports an error thrown by the run and stops', () => {
    const clock = { t: 0 };
    const run: SimRun<number> = {
      step: () => {
        throw new Error('boom');
      },
      snapshot: () => 0,
      progress: () => 0,
    };
    const { scheduler, queue, turn } = fakeScheduler(clock);
    const errors: unknown[] = [];
    runInSlices(
      run,
      { update: () => {}, done: () => {}, error: (e) => errors.push(e) },
      scheduler,
      options,
    );
    turn();
    expect((errors[0] as Error).message).toBe('boom');
    expect(queue).toHaveLength(0);
  });
});

describe('sequenceRuns', () => {
  it('runs each in turn, making it only when its turn comes, and collects the results', () => {
    const clock = { t: 0 };
    const made: number[] = [];
    const seq = sequenceRuns(
      [10, 20, 30].map((n, i) => () => {
        made.push(i);
        return fakeRun(n, clock).run;
      }),
    );
    expect(made).toEqual([]);
    expect(seq.step(15)).toBe(false);
    expect(made).toEqual([0, 1]);
    expect(seq.snapshot()).toEqual([10, undefined, undefined]);
    // The first run took 10 of the 15; the next got half the budget (7).
    expect(seq.progress()).toBeCloseTo((1 + 7 / 20) / 3, 9);
    while (!seq.step(15)) {
      // keep stepping
    }
    expect(seq.snapshot()).toEqual([10, 20, 30]);
    expect(seq.progress()).toBe(1);
  });
});
