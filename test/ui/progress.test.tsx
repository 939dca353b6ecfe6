import { describe, expect, it } from 'vitest';
import { ProgressStore } from '../../src/core/store/store.js';
import { fakeClock, keys, renderApp } from '../helpers/render.js';

const DAY = 86_400_000;
// Local time: the study day (04:00 local rollover) must be the 26th whatever the time zone.
const START = new Date(2026, 10, 26, 10).getTime();

/** A store where three cards were learned three days ago, plus one quiz answer today. */
function seeded() {
  const clock = fakeClock(START);
  const dir = renderApp().dir;
  const store = new ProgressStore({ dir, now: clock.now });
  const start = clock.now();
  clock.set(start - 3 * DAY);
  for (const itemId of ['fund-faas-definition', 'exec-warm-reuse', 'cs-causes']) {
    store.append({ type: 'review', itemId, rating: 3, source: 'study' });
    clock.advance(600_000);
    store.append({ type: 'review', itemId, rating: 3, source: 'study' });
  }
  clock.set(start);
  store.append({ type: 'review', itemId: 'cs-causes', rating: 1, source: 'quiz', correct: false });
  return { clock, dir };
}

describe('progress screen', () => {
  it('shows totals, streak, due today with the forecast, retention and mastery bars', async () => {
    const { clock, dir } = seeded();
    const app = renderApp({ screen: 'progress', dir, clock, columns: 100, rows: 60 });
    await app.waitFor('flashcard reviews');
    const f = app.frame();
    expect(f).toContain(`Saved in ${dir}`);
    expect(f).toContain('6 flashcard reviews · 1 quiz answers · 0 mock interviews');
    expect(f).toContain('Streak 1 day · 1 answered today · 3 of');
    // Two cards graduated three days ago with a 2-day interval are overdue; the quiz relearns cs-causes.
    expect(f).toContain('Due today 3 · the next 7 days:');
    expect(f).toMatch(/Thu Fri Sat Sun Mon Tue Wed\n\s+3\s+0\s+0\s+0\s+0\s+0\s+0/);
    // The quiz answer was the first review of a learned card today, and it failed.
    expect(f).toContain('True retention 0% (0 of 1) in 30 days · desired 90%');
    expect(f).toContain('by button: Again 1 · Hard 0 · Good 0 · Easy 0');
    expect(f).toMatch(/Cold starts +█*[▏▎▍▌▋▊▉]?░+ +\d+%/);
    expect(f).toMatch(/Cost and break-even +░+ +0%/);
    expect(f).toContain('No interview date. Press d');
    expect(f).toContain('Back up: faas-prep progress export FILE');
  });

  it('fits 80x24 and scrolls with ↓ to the backup hints', async () => {
    const { clock, dir } = seeded();
    const app = renderApp({ screen: 'progress', dir, clock, columns: 80, rows: 24 });
    await app.waitFor('flashcard reviews');
    expect(app.frame().split('\n').length).toBeLessThan(24);
    expect(app.frame()).toMatch(/↓ \d+ more \(↑↓ scroll\)/);
    expect(app.frame()).not.toContain('Back up:');
    for (let i = 0; i < 40; i++) await app.press(keys.down);
    await app.waitFor('Back up: faas-prep progress export FILE');
    expect(app.frame()).toContain('↑ more above');
    expect(app.frame().split('\n').length).toBeLessThan(24);
    for (const line of app.frame().split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('d sets the interview date: projection per topic and today’s plan', async () => {
    const { clock, dir } = seeded();
    // A reachable goal: the whole bank fits in 14 days at 40 new items a day, not at 20.
    new ProgressStore({ dir, now: clock.now }).updateSettings({ newPerDay: 40 });
    const app = renderApp({ screen: 'progress', dir, clock, columns: 100, rows: 60 });
    await app.waitFor('flashcard reviews');
    await app.press('d');
    await app.waitFor('Interview date (YYYY-MM-DD');
    await app.waitFor('Enter save the date');
    // While typing, ? is a character (no key help) and Esc would cancel.
    await app.press('?');
    expect(app.frame()).not.toContain('Any key closes this');
    await app.press(keys.backspace);
    for (const ch of '2026-12-10') await app.press(ch);
    await app.press(keys.enter);
    await app.waitFor('Interview Thu 2026-12-10');
    expect(app.frame()).toContain('(in 14 days)');
    expect(app.frame()).toContain('Following the plan gets every topic to 90% recall');
    expect(app.frame()).toMatch(
      /Today: \d+ new \(\d+ flashcards?(, \d+ quiz items?)?(, \d+ for mock rounds)?\), \d+ reviews/,
    );
    expect(app.frame()).toMatch(/Cold starts +\S+ +\d+% → +\d+%/);
    expect(new ProgressStore({ dir, now: clock.now }).settings().interviewDate).toBe('2026-12-10');
  });

  it('a past or malformed date is refused with the reason; Esc cancels the entry', async () => {
    const { clock, dir } = seeded();
    const app = renderApp({ screen: 'progress', dir, clock, columns: 100, rows: 40 });
    await app.waitFor('flashcard reviews');
    await app.press('d');
    await app.waitFor('Interview date (YYYY-MM-DD');
    for (const ch of '2026-11-01') await app.press(ch);
    await app.press(keys.enter);
    await app.waitFor('2026-11-01 is in the past (today is 2026-11-26)');
    await app.press(keys.esc);
    await app.waitFor((f) => !f.includes('Interview date (YYYY-MM-DD'));
    expect(app.frame()).toContain('flashcard reviews'); // still on the screen
    expect(new ProgressStore({ dir, now: clock.now }).settings().interviewDate).toBe('');
    // Esc again leaves the screen.
    await app.press(keys.esc);
    await app.waitFor('Practice for serverless');
  });

  it('an empty store shows zeros and the hints', async () => {
    const app = renderApp({ screen: 'progress', clock: fakeClock(START), columns: 100, rows: 60 });
    await app.waitFor('flashcard reviews');
    expect(app.frame()).toContain('0 flashcard reviews · 0 quiz answers · 0 mock interviews');
    expect(app.frame()).toContain('True retention no data yet');
    expect(app.frame()).toContain('Leeches: none');
  });
});
