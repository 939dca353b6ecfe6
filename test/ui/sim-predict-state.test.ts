import { describe, expect, it } from 'vitest';
import { loadPrices, loadRuntimes } from '../../src/core/content/prices.js';
import { simPresets } from '../../src/sim/presets.js';
import { defaultValues } from '../../src/sim/screen-params.js';
import { initialPanel, type KeyFlags, splitInput } from '../../src/ui/screens/sim/panel-state.js';
import {
  currentQuantity,
  hidesResults,
  initialPredict,
  type Outcome,
  type SimAction,
  type SimKeysState,
  simReducer,
} from '../../src/ui/screens/sim/predict-state.js';

const res = { prices: loadPrices(), runtimes: loadRuntimes() };
const ctx = { name: 'cost' as const, res, presets: simPresets('cost', res.runtimes) };
const start: SimKeysState = {
  panel: initialPanel(defaultValues('cost')),
  predict: initialPredict(false),
};

/** Sends text and keys as the screen does: a string is split into one key per character. */
function send(state: SimKeysState, ...presses: (string | KeyFlags | SimAction)[]): SimKeysState {
  let s = state;
  for (const p of presses) {
    if (typeof p === 'string') {
      for (const k of splitInput(p, {})) s = simReducer(ctx, s, { type: 'key', ...k });
    } else if ('type' in p) s = simReducer(ctx, s, p);
    else s = simReducer(ctx, s, { type: 'key', input: '', key: p });
  }
  return s;
}

const outcome: Outcome = {
  graded: true,
  actual: 8.72e6,
  why: '',
  relativeError: 0.002,
  rating: 4,
  correct: true,
  score: 1,
};

describe('predict-first keys', () => {
  it('P turns it on (closing explain); typed keys then go to the prediction, not the panel', () => {
    const s = send({ ...start, panel: { ...start.panel, explain: true } }, 'P', '8.7M');
    expect(s.predict).toMatchObject({ on: true, phase: 'entering', text: '8.7M' });
    expect(s.panel.explain).toBe(false);
    expect(s.panel.editing).toBeUndefined();
    expect(hidesResults(s.predict)).toBe(true);
  });

  it('a whole line in one read submits, once the text parses', () => {
    const bad = send(start, 'P', 'abc\r');
    expect(bad.predict.phase).toBe('entering');
    expect(bad.predict.error).toMatch(/Not a number/);
    const s = send(start, 'P', '8.7M\r');
    expect(s.predict.phase).toBe('waiting');
    expect(s.predict.submitted).toEqual({
      quantity: 'break-even-fargate',
      value: 8.7e6,
      round: 1,
    });
    // Waiting: keys do nothing until the grade is in.
    expect(send(s, '5', { rightArrow: true })).toEqual(s);
  });

  it('a grade applies only to the round it was computed for', () => {
    const s = send(start, 'P', '1M\r');
    expect(send(s, { type: 'reveal', round: 2, outcome }).predict.phase).toBe('waiting');
    const shown = send(s, { type: 'reveal', round: 1, outcome });
    expect(shown.predict).toMatchObject({ phase: 'revealed', outcome });
    expect(hidesResults(shown.predict)).toBe(false);
    // Typing starts the next prediction with that character; Tab moves to the next quantity.
    expect(send(shown, '2').predict).toMatchObject({ phase: 'entering', text: '2' });
    const next = send(shown, { tab: true });
    expect(currentQuantity('cost', next.panel.values, next.predict).quantity).toBe('lambda-total');
  });

  it('arrows change parameters while predicting; a change after a verdict hides the results', () => {
    const s = send(start, 'P', { downArrow: true }, { rightArrow: true });
    expect(s.panel.values.memoryMb).toBe(1024);
    expect(s.predict.text).toBe('');
    const shown = send(s, '1M\r', { type: 'reveal', round: 1, outcome });
    expect(send(shown, { downArrow: true }).predict.phase).toBe('revealed');
    expect(send(shown, { rightArrow: true }).predict.phase).toBe('entering');
  });

  it('Esc closes the parameter being typed first, then leaves predict mode', () => {
    const typingParam = { ...start, panel: { ...start.panel, editing: '5' } };
    const s = send(typingParam, 'P');
    expect(s.panel.editing).toBe('5P'); // P is text while a value is typed
    const on = send(start, 'P', '12');
    const off = send(on, { type: 'escape' });
    expect(off.predict.on).toBe(false);
    expect(send(off, '7').panel.editing).toBe('7'); // digits type a value again
  });
});
