// One "today" in a real terminal at 80x24: Home's New · Learning · Due per mode, `stats --json`
// and the Study screen's "N more" read the same numbers from one progress log.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath, sessionsForEachTest, statsJson, tempHome } from '../helpers/pty.js';

const open = sessionsForEachTest();
const DAY = 86_400_000;
const MIN = 60_000;

interface Counts {
  new: number;
  learning: number;
  due: number;
}

/** Item ids of one kind, as the bank exports them. */
function idsOf(kind: string): string[] {
  const out = execFileSync(process.execPath, [cliPath, 'export'], { encoding: 'utf8' });
  const items = (JSON.parse(out) as { items: Array<{ id: string; kind: string }> }).items;
  return items.filter((i) => i.kind === kind).map((i) => i.id);
}

/** A log where four cards and two mcqs were learned ten days ago (due now), one learned today. */
function seededHome(): string {
  const home = tempHome();
  const now = Date.now();
  let n = 0;
  const review = (itemId: string, rating: number, t: number, source: string) =>
    JSON.stringify({ id: `e${++n}`, t, type: 'review', itemId, rating, source });
  const learned = (itemId: string, source: string) => [
    review(itemId, 3, now - 10 * DAY, source),
    review(itemId, 3, now - 10 * DAY + 10 * MIN, source),
  ];
  const cards = idsOf('flashcard');
  const mcqs = idsOf('mcq');
  const lines = [
    ...cards.slice(0, 4).flatMap((id) => learned(id, 'study')),
    ...mcqs.slice(0, 2).flatMap((id) => learned(id, 'quiz')),
    // First seen a moment ago and known well: it uses one of today's new cards, and is not due.
    review(cards[4]!, 4, now - 1000, 'study'),
  ];
  writeFileSync(join(home, 'progress.jsonl'), `${lines.join('\n')}\n`, { mode: 0o600 });
  return home;
}

const countsOf = (text: string, label: string): Counts => {
  const m = text.match(new RegExp(`${label}\\s+\\((\\d+) new · (\\d+) learning · (\\d+) due\\)`));
  expect(m, `${label} counts on Home`).not.toBeNull();
  return { new: Number(m![1]), learning: Number(m![2]), due: Number(m![3]) };
};

describe('one today, the same on every screen', () => {
  it('Home, stats --json and the Study screen agree at 80x24', async () => {
    const home = seededHome();
    const stats = statsJson(home) as unknown as { today: Record<string, Counts>; dueToday: number };
    // Four cards and two mcqs are due; one of 20 new flashcards was used today.
    expect(stats.today.flashcards).toEqual({ new: 19, learning: 0, due: 4 });
    expect(stats.today.quiz?.due).toBe(2);

    const app = open({ home, columns: 80, rows: 24 });
    await app.waitFor(/Quiz\s+\(\d+ new/);
    expect(countsOf(app.text(), 'Study')).toEqual(stats.today.flashcards);
    expect(countsOf(app.text(), 'Quiz')).toEqual(stats.today.quiz);
    const t = stats.today.total!;
    await app.waitFor('Today in all');
    expect(app.text()).toContain(
      `Today in all: ${t.new} new · ${t.learning} learning · ${t.due} due`,
    );

    const study = open({ home, args: ['study'], columns: 80, rows: 24 });
    await study.waitFor('Card 1');
    // The session holds every due card and today's remaining new ones: this card plus the rest.
    const { new: fresh, learning, due } = stats.today.flashcards!;
    expect(study.text()).toContain(`Card 1 · ${fresh + learning + due - 1} more`);
  });
});
