// The size sweep: every screen at the smallest supported size, a small one, the classic 80x24
// and a wide one, checked for lines too wide, frames too tall, a footer that fits, and a
// question that can always be read.
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_TEXT_WIDTH } from '../../src/ui/theme.js';
import { keys, type Session, sessionsForEachTest } from '../helpers/pty.js';
import { bankTexts, checkQuestion, checkScreen, waitForChange } from './size-checks.js';

const open = sessionsForEachTest();
const sizes: Array<[number, number]> = [
  [50, 14],
  [60, 15],
  [80, 24],
  [160, 45],
];
const pgDn = '\x1b[6~';
const settled = (text: string) => text.replace(/\d\d:\d\d/g, '');
const changedFrom = (before: string) =>
  ({ test: (text: string) => settled(text) !== before }) as unknown as RegExp;

let texts: string[] = [];
beforeAll(() => {
  texts = bankTexts();
});

describe.each(sizes)('at %ix%i', (columns, rows) => {
  const start = (args: string[]) => open({ args, columns, rows });
  // Each check reads the frames written since the session's last check.
  const checked = new WeakMap<Session, number>();
  const check = async (app: Session) => {
    const end = app.raw().length;
    await checkScreen(app, columns, rows, checked.get(app) ?? 0);
    checked.set(app, end);
  };

  it('home, progress and its key help', async () => {
    const app = start([]);
    await app.waitFor('q quit');
    await check(app);
    for (const name of ['Quiz', 'Mock interview', 'Simulators', 'Browse', 'Settings', 'Progress']) {
      app.press(keys.down);
      await app.waitFor(`❯ ${name}`);
    }
    app.press(keys.enter);
    await app.waitFor('Saved in');
    await check(app);
    app.press('?');
    await app.waitFor('Keys on Progress');
    await check(app);
    // The way out of the help is never cut off at the bottom.
    expect(app.screen().join('\n')).toContain('closes this');
  });

  it('settings: the list, and a refused value with its message', async () => {
    const app = start(['settings']);
    await app.waitFor('Enter change');
    await check(app);
    app.press(keys.down);
    app.press(keys.enter);
    await app.waitFor('Enter save');
    app.press('x');
    app.press(keys.enter);
    await app.waitFor('must be a whole number');
    await check(app);
  });

  it('browse: the list, a search, the details', async () => {
    const app = start(['browse']);
    await app.waitFor(/of \d+ items/);
    await check(app);
    app.press('/');
    app.press('lambda');
    await app.waitFor('/lambda');
    await check(app);
    app.press(keys.enter);
    app.press(keys.enter);
    await app.waitFor('Stability:');
    await check(app);
  });

  it('study: a card and its answer', async () => {
    const app = start(['study']);
    await app.waitFor(/Space (reveal|show)/i);
    await check(app);
    const before = app.text();
    app.press(' ');
    await waitForChange(app, before);
    await check(app);
  });

  for (const kind of ['mcq', 'numeric', 'ordering', 'spot-the-error'] as const) {
    it(`quiz: ${kind}, the question and its feedback`, async () => {
      const app = start(['quiz', '--kind', kind, '--count', '3']);
      // The quiz's title: the screen has declared its chrome (its first commit may not have).
      // (A numeric question takes text: its footer has no `? keys`.)
      await app.waitFor(/faas-prep \S+ Quiz/);
      await app.waitFor(/1\/3/);
      await check(app);
      await checkQuestion(app, texts, columns);
      // On a wide terminal the question and its answers wrap at about 100 columns.
      const body = app.screen().slice(1, rows - 2);
      for (const line of body) expect(line.length, line).toBeLessThanOrEqual(MAX_TEXT_WIDTH + 2);
      const before = app.text();
      app.press(kind === 'numeric' ? `1${keys.enter}` : kind === 'spot-the-error' ? 't' : ' ');
      if (kind !== 'spot-the-error' && kind !== 'numeric') app.press(keys.enter);
      await waitForChange(app, before);
      await check(app);
    });
  }

  it('quiz: generated estimates', async () => {
    const app = start(['quiz', '--kind', 'estimate', '--count', '2']);
    await app.waitFor('Type a number');
    await check(app);
    // Generated from templates, so not in the bank: its question ends with "?" on screen.
    expect(app.text()).toMatch(/\?/);
  });

  it('mock: intro, every step, grading and the report', async () => {
    const app = start(['mock', '--format', 'short', '--seed', '1']);
    await app.waitFor('Enter start');
    await check(app);
    app.press(keys.enter);
    await app.waitFor(/round \d\d:\d\d/);
    const seen = new Set<string>();
    const steps =
      /Grade yourself|Space to reveal|\b1 Again|Type a number|Write your answer|Your answer \(optional\)|t \/ f answer|Space pick|Enter answer|Enter submit|Score \d+%/;
    for (let step = 0; step < 60 && !/Score \d+%/.test(app.text()); step++) {
      await app.waitFor(steps);
      if (/Score \d+%/.test(app.text())) break;
      await check(app);
      const text = app.text();
      let press: string;
      if (text.includes('Grade yourself')) {
        seen.add('grading');
        press = keys.enter;
      } else if (/Space to reveal/.test(text)) {
        seen.add('flashcard');
        await checkQuestion(app, texts, columns);
        press = ' ';
      } else if (/\b1 Again/.test(text)) {
        press = '3';
      } else if (text.includes('Type a number')) {
        seen.add('estimate');
        press = `5${keys.enter}`;
      } else if (/Write your answer|Your answer \(optional\)/.test(text)) {
        seen.add(text.includes('Follow-up') ? 'probe' : 'open');
        if (!text.includes('Follow-up')) await checkQuestion(app, texts, columns);
        app.press('an answer');
        await app.waitFor('an answer');
        press = keys.tab;
      } else if (/t \/ f answer/.test(text)) {
        seen.add('spot');
        await checkQuestion(app, texts, columns);
        press = 't';
      } else if (/Space pick|Enter answer|Enter submit/.test(text)) {
        seen.add('choice');
        await checkQuestion(app, texts, columns);
        press = ` ${keys.enter}`;
      } else {
        throw new Error(`an unknown mock step:\n${text}`);
      }
      // Pressed keys always change the step (the clock alone does not count).
      const before = settled(app.text());
      app.press(press);
      await app.waitFor(changedFrom(before));
    }
    await app.waitFor(/Score \d+%/);
    await check(app);
    expect([...seen].sort()).toEqual(
      expect.arrayContaining(['choice', 'estimate', 'flashcard', 'grading', 'open', 'probe']),
    );
    const before = app.text();
    app.press(pgDn);
    await waitForChange(app, before);
    await check(app);
  });

  for (const sim of ['cold-start', 'connections', 'cost']) {
    it(`simulator: ${sim}`, async () => {
      const app = start(['sim', sim]);
      await app.waitFor('? keys');
      await app.waitFor(/\d/);
      await check(app);
    });
  }
});
