import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOG_FILE } from '../../src/core/store/store.js';
import { saveProblemText } from '../../src/ui/components/save-status.js';
import { flushBeforeExit } from '../../src/ui/run.js';
import { failingFs } from '../core/store-fixtures.js';
import { keys, renderApp } from '../helpers/render.js';

const logLines = (dir: string) =>
  readFileSync(join(dir, LOG_FILE), 'utf8')
    .split('\n')
    .filter((l) => l !== '');

describe('save status banner', () => {
  it('a full disk shows the banner, keeps the session going, and r writes the answer', {
    timeout: 30_000,
  }, async () => {
    const fs = failingFs();
    const app = renderApp({ screen: 'study', storeFs: fs });
    // The first render loads the whole bank: slow on a busy machine.
    await app.waitFor('Space: show the answer', 20_000);
    expect(app.frame()).not.toContain('Could not save');
    Object.assign(fs, { failing: 'ENOSPC', spareLock: true, partialBytes: 7 });
    await app.press(keys.space);
    await app.waitFor('3 Good');
    await app.press('3');
    await app.waitFor(
      'Could not save: disk full — your answer is kept in memory; free space and press r to retry',
    );
    // The next card is shown: the answer counts for the session.
    expect(app.frame()).toContain('Card 2');
    expect(app.services.store().events()).toHaveLength(1);
    await app.press('r');
    await app.waitFor('Could not save: disk full');
    fs.failing = undefined;
    await app.press('r');
    await app.waitFor((f) => !f.includes('Could not save'));
    expect(logLines(app.dir).map((l) => JSON.parse(l).rating)).toEqual([3]);
  });

  it('counts several waiting answers and names the remedy of a read-only folder', async () => {
    const fs = failingFs();
    const app = renderApp({ screen: 'study', storeFs: fs });
    await app.waitFor('Space: show the answer');
    fs.failing = 'EROFS';
    for (const card of ['Card 2', 'Card 3']) {
      await app.press(keys.space);
      await app.waitFor('3 Good');
      await app.press('3');
      await app.waitFor(card);
    }
    await app.waitFor((f) =>
      f
        .replace(/\s+/g, ' ')
        .includes(
          'your 2 answers are kept in memory; make the progress folder writable and press r to retry',
        ),
    );
  });

  it('at exit, what still cannot be written is printed as JSON lines', () => {
    const fs = failingFs();
    const app = renderApp({ screen: 'home', storeFs: fs });
    const store = app.services.store();
    fs.failing = 'ENOSPC';
    const event = store.append({ type: 'review', itemId: 'x', rating: 2 });
    const err: string[] = [];
    expect(flushBeforeExit(store, { stderr: { write: (s: string) => err.push(s) } })).toBe(1);
    const [head, line] = err.join('').split('\n');
    expect(head).toMatch(
      /could not save 1 answer \(disk full\)\. Here it is as lines for .*progress\.jsonl/,
    );
    expect(JSON.parse(line ?? '')).toEqual(event);
    // A settings change that could not be written is printed too.
    store.updateSettings({ newPerDay: 3 });
    const both: string[] = [];
    expect(flushBeforeExit(store, { stderr: { write: (s: string) => both.push(s) } })).toBe(2);
    expect(both.join('')).toMatch(
      /could not save 1 answer and a settings change \(disk full\)[\s\S]*\nfaas-prep: the settings to keep: \{"desiredRetention":0\.9,"newPerDay":3,/,
    );
    // Written instead when the disk has room again by then.
    fs.failing = undefined;
    store.append({ type: 'review', itemId: 'y', rating: 2 });
    expect(flushBeforeExit(store, { stderr: { write: () => 0 } })).toBe(0);
    expect(logLines(app.dir)).toHaveLength(2);
  });

  it('a screen opened directly shows the settings reset that opening the store found', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'faas-prep-ui-'));
    writeFileSync(join(dir, 'settings.json'), 'null');
    const app = renderApp({ screen: 'study', dir });
    await app.waitFor('Your settings file could not be read');
    expect(app.frame()).toMatch(/settings\.json\.corrupt-/);
  });

  it('a screen opened directly shows the unreadable log lines its start counted', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'faas-prep-ui-'));
    writeFileSync(join(dir, LOG_FILE), 'not json\n{"id":"torn","t":');
    const app = renderApp({ screen: 'study', dir });
    await app.waitFor((f) => f.replace(/\s+/g, ' ').includes('2 unreadable lines'));
  });

  it('says what to do for each failure, and R where the screen uses r itself', () => {
    expect(saveProblemText({ unsaved: 0 })).toBeUndefined();
    expect(
      saveProblemText({ unsaved: 1, problem: 'another faas-prep (pid 7) is writing to it' }),
    ).toMatch(/close the other faas-prep and press r to retry$/);
    expect(saveProblemText({ unsaved: 3, problem: 'disk full' }, 'R')).toBe(
      'Could not save: disk full — your 3 answers are kept in memory; free space and press R to retry',
    );
  });
});
