import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../../src/core/store/log.js';
import { keys, renderApp } from '../helpers/render.js';

const MIN = 60_000;

function shortRound(seed = 1) {
  const app = renderApp({
    screen: 'mock',
    cmd: { values: { format: 'short' } },
    seed,
    columns: 80,
    rows: 24,
  });
  const events = () => app.services.store().events();
  const ofType = (type: string) => events().filter((e: LogEvent) => e.type === type);
  return { app, events, ofType };
}

async function begin(app: ReturnType<typeof renderApp>) {
  await app.waitFor('Enter to start');
  await app.press(keys.enter);
  await app.waitFor('round 15:00');
}

describe('mock interview screen (fake clock)', () => {
  it('counts down, warns at 5 and 1 minute, moves on when a section runs out, reports at the end', async () => {
    const { app, ofType } = shortRound();
    await begin(app);
    expect(app.frame()).toContain('Rapid-fire 02:00 left in section');
    app.clock.advance(61_000);
    await app.waitFor('round 13:59');
    expect(app.frame()).toContain('Rapid-fire 00:59 left in section');
    app.clock.advance(59_000);
    await app.waitFor('Time is up for Rapid-fire');
    expect(app.frame()).toContain('Estimation 03:00 left in section');
    app.clock.advance(8 * MIN);
    await app.waitFor('5 minutes left in the interview');
    expect(app.frame()).toContain('round 05:00');
    app.clock.advance(4 * MIN);
    await app.waitFor('1 minute left in the interview');
    app.clock.advance(MIN);
    await app.waitFor('Score 0%');
    expect(app.frame()).toContain('time ran out');
    expect(app.frame().split('\n').length).toBeLessThan(24);
    const [mock] = ofType('mock');
    expect(mock).toMatchObject({
      format: 'short',
      minutes: 15,
      status: 'completed',
      ending: 'time',
    });
    // A question shown and cut off is not a review (nothing was recalled): it is brought
    // forward for study instead, once.
    expect(ofType('review')).toEqual([]);
    const moved = ofType('bring-forward');
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.every((r) => r.source === 'mock')).toBe(true);
    expect(new Set(moved.map((r) => r.itemId)).size).toBe(moved.length);
  });

  it('records an answer at once; Esc asks, n resumes, y ends it and shows the report', async () => {
    const { app, ofType } = shortRound(5);
    await begin(app);
    app.clock.advance(7_000);
    if (app.frame().includes('Space to reveal')) {
      await app.press(keys.space);
      await app.waitFor('1 Again');
      await app.press('3');
    } else {
      await app.press(keys.enter);
    }
    await app.waitFor('question 2 of 3');
    const [first] = ofType('review');
    expect(first).toMatchObject({ source: 'mock', ms: 7_000 });
    await app.press(keys.esc);
    await app.waitFor('End the interview now? (y/n)');
    await app.press('n');
    await app.waitFor((f) => !f.includes('End the interview now'));
    expect(app.frame()).toContain('question 2 of 3');
    await app.press(keys.esc);
    await app.waitFor('End the interview now? (y/n)');
    await app.press('y');
    await app.waitFor('ended early');
    expect(app.frame()).toMatch(/Score \d+% · 1 of \d+ answered/);
    expect(app.frame()).toContain('By section');
    expect(app.frame()).toMatch(/now due in study: faas-prep study/);
    expect(ofType('mock')).toHaveLength(1);
    expect(ofType('mock')[0]).toMatchObject({ ending: 'ended-early', answered: 1 });
    await app.press(keys.esc);
    await app.waitFor('Practice for serverless');
  });

  it('Ctrl+C saves the partial round as abandoned', async () => {
    const { app, ofType } = shortRound(2);
    await begin(app);
    app.clock.advance(3_000);
    await app.press(keys.ctrlC);
    expect(app.exits).toEqual([130]);
    expect(ofType('mock')[0]).toMatchObject({ status: 'abandoned', ending: 'interrupted' });
  });

  it('design: write, answer the probe, self-grade with the clock paused; wrap-up; the report lists rubric misses', async () => {
    const { app, ofType } = shortRound(3);
    await begin(app);
    // Let rapid-fire and estimation run out.
    app.clock.advance(2 * MIN);
    await app.waitFor('Estimation 03:00');
    app.clock.advance(3 * MIN);
    await app.waitFor('Write your answer');
    expect(app.frame()).toContain('Design 08:00 left in section');
    expect(app.frame()).toContain('Constraints:');
    await app.press('Queue in front; ');
    await app.press('cap concurrency?');
    await app.press(keys.enter, 'q');
    await app.waitFor('cap concurrency?');
    expect(app.frame()).toMatch(/^q$/m);
    app.clock.advance(3 * MIN);
    await app.press(keys.tab);
    await app.waitFor('Follow-up 1 of 1');
    await app.press(keys.tab);
    await app.waitFor('Grade yourself · Requirements (1 of 6)');
    expect(app.frame()).toContain('clock paused while you grade');
    expect(app.frame()).toContain('round 07:00');
    app.clock.advance(10 * MIN);
    await app.waitFor('Model answer');
    expect(app.frame()).toContain('round 07:00');
    await app.press(keys.space);
    await app.waitFor('[x]');
    await app.press(keys.down, keys.space);
    await app.waitFor((f) => (f.match(/\[x\]/g) ?? []).length === 2);
    for (let i = 1; i <= 6; i++) {
      await app.press(keys.enter);
      if (i < 6) await app.waitFor(`(${i + 1} of 6)`);
    }
    await app.waitFor('Wrap-up 02:00 left in section');
    const scenario = ofType('review').at(-1);
    expect(scenario).toMatchObject({ source: 'mock', ms: 3 * MIN });
    expect(scenario?.answer).toEqual({ text: 'Queue in front; cap concurrency?\nq', probes: [''] });
    await app.press('cold start: init then invoke');
    await app.press(keys.tab);
    await app.waitFor('Grade yourself · Key points');
    expect(app.frame()).toContain('Red flags');
    await app.press(keys.enter);
    await app.waitFor('Score');
    expect(app.frame()).toContain('completed');
    for (let i = 0; i < 6 && !app.frame().includes('Rubric dimensions missed'); i++) {
      await app.press('\x1b[6~'); // PgDn
    }
    await app.waitFor('Rubric dimensions missed');
    const [mock] = ofType('mock');
    expect(mock?.rubricMissed).toEqual(
      expect.arrayContaining([expect.objectContaining({ dimension: 'architecture' })]),
    );
  });
});

// Keys typed together (one read from the terminal), through the production input path: each
// step is answered once, and none is answered, revealed or graded before it was shown. Seed 1
// asks flashcard, mcq, flashcard; seed 3 two flashcards, then an mcq.
describe('mock interview: keys in one read', () => {
  it('Enter twice at the intro starts the round and leaves the first card hidden', async () => {
    const { app } = shortRound(1);
    await app.waitFor('Enter to start');
    await app.press(`${keys.enter}${keys.enter}`);
    await app.waitFor('round 15:00');
    expect(app.frame()).toContain('Space to reveal');
    expect(app.frame()).not.toContain('1 Again');
  });

  it('Space, 3, Space, 3 rates the first card once and does not reveal the second', async () => {
    const { app, ofType } = shortRound(3);
    await app.waitFor('Enter to start');
    await app.press(keys.enter);
    await app.waitFor('question 1 of 3');
    await app.press(' 3 3');
    await app.waitFor('question 2 of 3');
    expect(app.frame()).toContain('Space to reveal');
    expect(ofType('review')).toHaveLength(1);
    expect(ofType('review')[0]).toMatchObject({ source: 'mock', rating: 3 });
  });

  it('Enter twice on an mcq answers it once; the card after it stays hidden', async () => {
    const { app, ofType } = shortRound(1);
    await app.waitFor('Enter to start');
    await app.press(keys.enter);
    await app.waitFor('Space to reveal');
    await app.press(' ');
    await app.press('3');
    await app.waitFor('question 2 of 3');
    await app.press(`${keys.enter}${keys.enter}`);
    await app.waitFor('question 3 of 3');
    expect(app.frame()).toContain('Space to reveal');
    expect(ofType('review')).toHaveLength(2);
  });

  it('Tab twice waits on the follow-up; Enter twice while grading moves one dimension', async () => {
    const { app, ofType } = shortRound(1);
    await begin(app);
    // Rapid-fire (2 minutes) and estimation (3) run out.
    app.clock.advance(2 * MIN);
    await app.waitFor('Estimation 03:00');
    app.clock.advance(3 * MIN);
    await app.waitFor('Write your answer');
    await app.press('queue first');
    await app.waitFor('queue first');
    await app.press(`${keys.tab}${keys.tab}`);
    await app.waitFor('Follow-up 1 of 1');
    expect(app.frame()).not.toContain('Grade yourself');
    await app.press(keys.tab);
    await app.waitFor('Grade yourself · Requirements (1 of 6)');
    await app.press(`${keys.enter}${keys.enter}`);
    await app.waitFor('(2 of 6)');
    expect(app.frame()).toContain('Grade yourself · Architecture (2 of 6)');
    // The last dimension's Enter, twice: the scenario is graded once and the wrap-up waits.
    for (let i = 2; i < 6; i++) {
      await app.press(keys.enter);
      await app.waitFor(`(${i + 1} of 6)`);
    }
    await app.press(`${keys.enter}${keys.enter}`);
    await app.waitFor('Wrap-up 02:00 left in section');
    expect(app.frame()).toContain('Write your answer');
    expect(ofType('review')).toHaveLength(1);
    expect(ofType('review')[0]?.answer).toEqual({ text: 'queue first', probes: [''] });
  });
});
