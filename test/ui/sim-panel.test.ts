import { describe, expect, it } from 'vitest';
import { loadPrices, loadRuntimes } from '../../src/core/content/prices.js';
import { simPresets } from '../../src/sim/presets.js';
import { defaultValues } from '../../src/sim/screen-params.js';
import { simLayout } from '../../src/ui/screens/sim/layout.js';
import {
  initialPanel,
  type KeyFlags,
  type PanelContext,
  type PanelState,
  panelReducer,
  splitInput,
} from '../../src/ui/screens/sim/panel-state.js';

const res = { prices: loadPrices(), runtimes: loadRuntimes() };
const ctx: PanelContext = { name: 'cost', res, presets: simPresets('cost', res.runtimes) };

function keys(state: PanelState, ...presses: (string | KeyFlags)[]): PanelState {
  return presses.reduce<PanelState>(
    (s, p) =>
      panelReducer(
        ctx,
        s,
        typeof p === 'string'
          ? { type: 'key', input: p, key: {} }
          : { type: 'key', input: '', key: p },
      ),
    state,
  );
}
const down = { downArrow: true };
const up = { upArrow: true };
const right = { rightArrow: true };
const enter = { return: true };

describe('the simulator panel reducer', () => {
  const start = initialPanel(defaultValues('cost'));

  it('keys pressed in a row all count (each sees the state the last one left)', () => {
    const s = keys(start, down, right, right);
    expect(s.values.memoryMb).toBe(1536);
    expect(keys(start, down, down, down, up).cursor).toBe(2);
    expect(keys(start, up).cursor).toBe(0);
  });

  it('typing builds the text, backspace removes, Enter applies, Escape cancels', () => {
    const typed = keys(start, '2', '5', { backspace: true }, '0', '0', 'M');
    expect(typed.editing).toBe('200M');
    expect(keys(typed, enter).values.invocations).toBe(200_000_000);
    expect(keys(typed, enter).editing).toBeUndefined();
    const cancelled = panelReducer(ctx, typed, { type: 'escape' });
    expect(cancelled.editing).toBeUndefined();
    expect(cancelled.values.invocations).toBe(100_000_000);
  });

  it('text that arrives as one input acts key by key, Enter and Backspace included', () => {
    const events = splitInput('2x0\x7f0M\r', {});
    expect(events.map((e) => e.input || Object.keys(e.key)[0])).toEqual([
      '2',
      'x',
      '0',
      'backspace',
      '0',
      'M',
      'return',
    ]);
    const s = events.reduce((st, e) => panelReducer(ctx, st, { type: 'key', ...e }), start);
    expect(s.editing).toBeUndefined();
    expect(s.message?.text).toMatch(/--invocations must be/);
    const ok = splitInput('200M\r', {}).reduce(
      (st, e) => panelReducer(ctx, st, { type: 'key', ...e }),
      start,
    );
    expect(ok.values.invocations).toBe(200_000_000);
    expect(splitInput('\x1b[A', { upArrow: true })).toHaveLength(1);
  });

  it('while typing, p and e are characters, not commands', () => {
    const s = keys(start, enter, 'p', 'e');
    expect(s.editing).toBe('pe');
    expect(s.presetCursor).toBeUndefined();
    expect(s.explain).toBe(false);
  });

  it('a refused value keeps the old one and says why; moving on clears the error', () => {
    const s = keys(start, down, enter, '9', '9', enter);
    expect(s.values.memoryMb).toBe(512);
    expect(s.message).toEqual({
      kind: 'error',
      text: '--memory-mb must be a whole number from 128 to 10240 (got "99")',
    });
    expect(keys(s, down).message).toBeUndefined();
  });

  it('presets: p opens the list, arrows move, Enter applies with the note', () => {
    const changed = keys(start, down, right, right);
    const open = keys(changed, 'p');
    expect(open.presetCursor).toBe(0);
    const applied = keys(open, down, up, enter);
    expect(applied.presetCursor).toBeUndefined();
    expect(applied.values.memoryMb).toBe(512);
    expect(applied.message?.kind).toBe('note');
    expect(applied.message?.text).toContain('~$185');
    const closed = panelReducer(ctx, open, { type: 'escape' });
    expect(closed.presetCursor).toBeUndefined();
    expect(closed.values.memoryMb).toBe(1536);
  });

  it('e toggles the explain panel; Escape closes it', () => {
    const on = keys(start, 'e');
    expect(on.explain).toBe(true);
    expect(keys(on, 'e').explain).toBe(false);
    expect(panelReducer(ctx, on, { type: 'escape' }).explain).toBe(false);
  });
});

describe('the simulator layout', () => {
  it('at 80x24: panel beside results, a chart below, all inside the body', () => {
    const l = simLayout(80, 24);
    expect(l.side).toBe(true);
    expect(l.chartRows).toBeGreaterThanOrEqual(6);
    expect(l.panelWidth + 2 + l.resultsWidth).toBe(80);
    // status + panel + message + chart within the 20 body rows
    expect(1 + l.panelRows + 1 + l.chartRows).toBeLessThanOrEqual(24 - 4);
  });

  it('at 50x14: stacked, no chart, still inside the body', () => {
    const l = simLayout(50, 14);
    expect(l.side).toBe(false);
    expect(l.chartRows).toBe(0);
    expect(l.panelRows).toBeGreaterThanOrEqual(3);
    expect(l.resultRows).toBeGreaterThanOrEqual(3);
    expect(1 + l.panelRows + l.resultRows + 1).toBeLessThanOrEqual(14 - 4);
  });

  it('wide but short: the chart gives way first', () => {
    const l = simLayout(120, 16);
    expect(l.chartRows).toBe(0);
    expect(l.panelRows).toBe(16 - 6);
  });
});
