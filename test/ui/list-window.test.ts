import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitHints } from '../../src/ui/components/frame.js';
import { listWindow } from '../../src/ui/components/question/list-window.js';
import { questionLayout } from '../../src/ui/components/question/question-view.js';

const entries = (sizes: number[]) =>
  sizes.map((n, i) => Array.from({ length: n }, (_, k) => `e${i}l${k}`));

describe('listWindow', () => {
  it('shows every entry whole when they fit', () => {
    const w = listWindow(entries([1, 2, 1]), 1, 4, 20);
    expect(w.rows.map((r) => r.text)).toEqual(['e0l0', 'e1l0', 'e1l1', 'e2l0']);
    expect(w.visible).toEqual([0, 1, 2]);
  });

  it('scrolls a long list around the cursor with "↑ N more / ↓ N more"', () => {
    const w = listWindow(entries([1, 1, 1, 1, 1, 1, 1, 1]), 4, 5, 20);
    const texts = w.rows.map((r) => r.text);
    expect(texts[0]).toMatch(/^↑ \d+ more$/);
    expect(texts[texts.length - 1]).toMatch(/^↓ \d+ more$/);
    expect(texts).toContain('e4l0');
    // What the markers count and what is shown add up to the whole list.
    const counted = texts
      .filter((t) => /more$/.test(t))
      .reduce((sum, t) => sum + Number(t.split(' ')[1]), 0);
    expect(counted + w.visible.length).toBe(8);
  });

  it('never uses more rows than it has, and always shows the cursor', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.integer({ min: 1, max: 15 }),
        (sizes, c, room) => {
          const cursor = c % sizes.length;
          const w = listWindow(entries(sizes), cursor, room, 30);
          expect(w.rows.length).toBeLessThanOrEqual(room);
          expect(w.rows.some((r) => r.entry === cursor && r.part === 0)).toBe(true);
          expect(w.visible).toContain(cursor);
          // Every entry counted visible has its first line on screen.
          for (const v of w.visible) expect(w.rows.some((r) => r.entry === v)).toBe(true);
        },
      ),
    );
  });
});

describe('questionLayout', () => {
  it('gives the question its lines first, the input what it needs, a gap when there is room', () => {
    expect(questionLayout(3, { natural: 5, least: 4 }, 12)).toEqual({
      prompt: 3,
      gap: 1,
      input: 8,
    });
    // Tight: no gap, the question keeps as much as leaves the input its least.
    expect(questionLayout(6, { natural: 7, least: 4 }, 8)).toEqual({ prompt: 4, gap: 0, input: 4 });
  });

  it('never lays out more rows than the height (from the 50x14 quiz room up)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: 8, max: 40 }),
        (prompt, least, height) => {
          const l = questionLayout(prompt, { natural: least + 3, least }, height);
          expect(l.prompt + l.gap + l.input).toBeLessThanOrEqual(height);
          expect(l.input).toBeGreaterThanOrEqual(Math.min(least, height - 2));
        },
      ),
    );
  });
});

describe('fitHints', () => {
  const keys = [
    { keys: '↑↓', action: 'point' },
    { keys: 'Space', action: 'tick' },
    { keys: 'Enter', action: 'next' },
    { keys: 'q', action: 'quit' },
    { keys: '?', action: 'keys' },
  ];
  it('narrows, then drops the screen hints from the end, keeping q and ?', () => {
    expect(fitHints(keys, 200)).toBe(
      '↑↓ point  ·  Space tick  ·  Enter next  ·  q quit  ·  ? keys',
    );
    expect(fitHints(keys, 52)).toBe('↑↓ point · Space tick · Enter next · q quit · ? keys');
    expect(fitHints(keys, 45)).toBe('↑↓ point · Space tick · q quit · ? keys');
    expect(fitHints(keys, 16)).toBe('q quit · ? keys');
    expect(fitHints(keys, 5)).toBe('? keys');
  });
});
