// Checks the size sweep makes on every screen it opens, reading the PTY byte stream and the
// screen as the terminal shows it.
import { execFileSync } from 'node:child_process';
import xterm from '@xterm/headless';
import { expect } from 'vitest';
import { cliPath, type Session } from '../helpers/pty.js';

const BSU = '\x1b[?2026h';
const ESU = '\x1b[?2026l';

/** The frames Ink wrote (each between the synchronized-update marks), from `from` on. */
export function framesOf(raw: string, from = 0): string[] {
  const out: string[] = [];
  for (const part of raw.slice(from).split(BSU).slice(1)) {
    const end = part.indexOf(ESU);
    if (end >= 0) out.push(part.slice(0, end));
  }
  return out;
}

/**
 * What is wrong with one frame when a terminal of this size draws it on its own: a line wider
 * than the terminal (the emulator wraps it, so the next line lands on a row already written) or
 * more lines than the terminal has (it scrolls, and the next frame's erase misses a row).
 */
export async function frameProblems(frame: string, columns: number, rows: number) {
  const term = new xterm.Terminal({ cols: columns, rows, allowProposedApi: true });
  // Start where Ink starts a frame: erase what it erases, at the top of a clean screen.
  await new Promise<void>((done) => term.write(frame, done));
  const problems: string[] = [];
  const buffer = term.buffer.active;
  if (buffer.baseY > 0) problems.push(`the frame is taller than ${rows} rows and scrolled`);
  for (let i = 0; i < buffer.length; i++) {
    const line = buffer.getLine(i);
    if (line?.isWrapped) {
      const before = buffer.getLine(i - 1)?.translateToString(true) ?? '';
      problems.push(`row ${i - 1} is wider than ${columns} columns: "${before.slice(0, 40)}…"`);
    }
  }
  term.dispose();
  return problems;
}

/** The items of the bank the app asks from, to find a question's full text on screen. */
export function bankTexts(): string[] {
  const out = execFileSync(process.execPath, [cliPath, 'export', '--format', 'json'], {
    encoding: 'utf8',
  });
  const items = (JSON.parse(out) as { items: Array<Record<string, unknown>> }).items;
  return items
    .map((i) => (i.kind === 'spot-the-error' ? i.statement : (i.prompt ?? i.front)))
    .filter((t): t is string => typeof t === 'string');
}

const flat = (text: string) => text.replace(/[…]/g, ' ').replace(/\s+/g, ' ').trim();

/** Every row and the frames written since `mark`: widths, overflow and the footer. */
export async function checkScreen(app: Session, columns: number, rows: number, mark: number) {
  const where = `at ${columns}x${rows}:\n${app.screen().join('\n')}`;
  const problems: string[] = [];
  for (const frame of framesOf(app.raw(), mark)) {
    for (const p of await frameProblems(frame, columns, rows)) problems.push(p);
  }
  expect([...new Set(problems)], where).toEqual([]);
  const screen = app.screen();
  // The footer is the frame's last row, whole: it drops hints rather than being cut.
  const footer = screen[rows - 2] ?? '';
  expect(footer, `footer ${where}`).toMatch(/\S/);
  expect(footer, `footer ${where}`).not.toMatch(/…$/);
  expect(screen[0], `title ${where}`).toMatch(/^faas-prep/);
  for (const line of screen) expect(line.length, where).toBeLessThanOrEqual(columns);
}

/**
 * The question's own sentence is on screen in full, or its start is and a "↓ N more" line says
 * the rest is below; PgDn then brings its end into view.
 */
export async function checkQuestion(app: Session, texts: readonly string[], columns: number) {
  const screen = flat(app.text());
  const candidates = texts.filter((t) =>
    screen.includes(flat(t).slice(0, Math.min(30, columns - 10))),
  );
  if (candidates.some((t) => screen.includes(flat(t)))) return;
  if (!candidates.length) {
    // A question generated from a template (drawn numbers) is not in the bank: nothing between
    // the progress line and the typed answer is cut off, unless a "↓ N more" row says so.
    const rows = app.screen();
    const input = rows.findIndex((r) => r.startsWith('›'));
    expect(input, `a question and its input are on screen:\n${app.text()}`).toBeGreaterThan(0);
    const region = rows.slice(2, input);
    if (!region.some((r) => /↓ \d+ more/.test(r))) {
      expect(
        region.filter((r) => r.endsWith('…')),
        app.text(),
      ).toEqual([]);
    }
    return;
  }
  // Cut: the candidate whose start is longest on screen is the one asked.
  const words = (t: string) => flat(t).split(' ');
  const shownWords = (t: string) => {
    const w = words(t);
    let n = 0;
    while (n < w.length && screen.includes(w.slice(0, n + 1).join(' '))) n++;
    return n;
  };
  const asked = candidates.reduce((a, b) => (shownWords(b) > shownWords(a) ? b : a));
  expect(app.text(), 'a cut question says more is below').toMatch(/↓ \d+ more/);
  // Its last words: a cut line may start mid-sentence, never mid-word.
  const tail = words(asked).slice(-3).join(' ');
  for (let i = 0; i < 12 && !flat(app.text()).includes(tail); i++) {
    const before = app.text();
    app.press('\x1b[6~');
    await waitForChange(app, before);
  }
  expect(flat(app.text()), 'PgDn reaches the end of the question').toContain(tail);
}

/** Waits until the screen differs from `before` (or a short time passes: some keys change nothing). */
export async function waitForChange(app: Session, before: string, timeoutMs = 1_500) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await app.waitFor({ test: (t: string) => t !== before } as unknown as RegExp, 50);
      return;
    } catch {
      // not yet
    }
  }
}
