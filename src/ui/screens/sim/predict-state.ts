// "Predict first" on a simulator screen as a reducer, beside the panel's (panel-state.ts): P
// toggles it; while on, the results stay hidden until a typed prediction is submitted, the
// model has run and the prediction is graded. Keys go to the panel or to the prediction here,
// so fast keys ("8.7M⏎" in one read) see the latest state.
import type { SimulatorName } from '../../../sim/help.js';
import type { ParamValues } from '../../../sim/params.js';
import {
  type PredictionGrade,
  type PredictQuantity,
  parsePrediction,
  quantitiesFor,
} from '../../../sim/predict.js';
import {
  type KeyFlags,
  type PanelAction,
  type PanelContext,
  type PanelState,
  panelReducer,
} from './panel-state.js';

export interface Submitted {
  quantity: PredictQuantity;
  value: number;
  /** Counts submissions, so a grade is applied to the one it was computed for. */
  round: number;
}

/** A graded prediction, or why there is nothing to grade (no break-even). */
export type Outcome =
  | ({ graded: true; actual: number; why: string } & PredictionGrade)
  | { graded: false; reason: string; why: string };

export interface PredictState {
  on: boolean;
  /** Index into the simulator's quantities, taken modulo their count. */
  pick: number;
  phase: 'entering' | 'waiting' | 'revealed';
  text: string;
  error?: string;
  submitted?: Submitted;
  outcome?: Outcome;
  rounds: number;
}

export interface SimKeysState {
  panel: PanelState;
  predict: PredictState;
}

export type SimAction =
  | PanelAction
  | { type: 'toggle-predict' }
  | { type: 'reveal'; round: number; outcome: Outcome };

export const TOGGLE_KEY = 'P';
const MAX_TEXT = 24;

export function initialPredict(on: boolean): PredictState {
  return { on, pick: 0, phase: 'entering', text: '', rounds: 0 };
}

/** Results are hidden: predict mode is on and the prediction is not graded yet. */
export function hidesResults(p: PredictState): boolean {
  return p.on && p.phase !== 'revealed';
}

export function currentQuantity(
  name: SimulatorName,
  values: ParamValues,
  p: PredictState,
): { quantity: PredictQuantity; choices: PredictQuantity[] } {
  const choices = quantitiesFor(name, values);
  return { quantity: choices[p.pick % choices.length] as PredictQuantity, choices };
}

function printable(input: string, key: KeyFlags): boolean {
  return input !== '' && !key.ctrl && !key.meta && !key.escape && !/[\x00-\x1f]/.test(input);
}

/** A fresh prediction (after a reveal), keeping the quantity unless `next`. */
function again(p: PredictState, text = '', next = false): PredictState {
  return { on: true, pick: p.pick + (next ? 1 : 0), phase: 'entering', text, rounds: p.rounds };
}

function submit(ctx: PanelContext, s: SimKeysState): PredictState {
  const p = s.predict;
  const { quantity } = currentQuantity(ctx.name, s.panel.values, p);
  const parsed = parsePrediction(quantity, p.text);
  if (!parsed.ok) return { ...p, error: parsed.hint };
  const round = p.rounds + 1;
  const { error: _, ...rest } = p;
  return {
    ...rest,
    phase: 'waiting',
    rounds: round,
    submitted: { quantity, value: parsed.value, round },
  };
}

const arrow = (k: KeyFlags) => k.upArrow || k.downArrow || k.leftArrow || k.rightArrow;

function predictKey(
  ctx: PanelContext,
  s: SimKeysState,
  input: string,
  key: KeyFlags,
): SimKeysState {
  const p = s.predict;
  const toPanel = () => panelReducer(ctx, s.panel, { type: 'key', input, key });
  if (p.phase === 'waiting') return s;
  if (p.phase === 'revealed') {
    // Anything that starts a new prediction hides the results again.
    if (key.return) return { ...s, predict: again(p) };
    if (key.tab) return { ...s, predict: again(p, '', true) };
    if (arrow(key)) {
      const panel = toPanel();
      return panel.values === s.panel.values ? { ...s, panel } : { panel, predict: again(p) };
    }
    if (printable(input, key)) return { ...s, predict: again(p, input) };
    return s;
  }
  if (key.return) return { ...s, predict: submit(ctx, s) };
  if (key.tab) {
    const { error: _, ...rest } = p;
    return { ...s, predict: { ...rest, pick: p.pick + 1 } };
  }
  if (key.backspace || key.delete) {
    const { error: _, ...rest } = p;
    return { ...s, predict: { ...rest, text: p.text.slice(0, -1) } };
  }
  // The arrows still change the parameters; the results stay hidden.
  if (arrow(key)) return { ...s, panel: toPanel() };
  if (printable(input, key)) {
    const { error: _, ...rest } = p;
    return { ...s, predict: { ...rest, text: (p.text + input).slice(0, MAX_TEXT) } };
  }
  return s;
}

export function simReducer(ctx: PanelContext, s: SimKeysState, action: SimAction): SimKeysState {
  const panelOpen = s.panel.editing !== undefined || s.panel.presetCursor !== undefined;
  switch (action.type) {
    case 'toggle-predict':
      // On: the explain panel would show the results, so it closes. Off: a pending run is dropped.
      return s.predict.on
        ? { ...s, predict: { ...again(s.predict), on: false } }
        : { panel: { ...s.panel, explain: false }, predict: again(s.predict) };
    case 'reveal': {
      const p = s.predict;
      if (p.phase !== 'waiting' || p.submitted?.round !== action.round) return s;
      return { ...s, predict: { ...p, phase: 'revealed', outcome: action.outcome } };
    }
    case 'escape':
      // The panel's open parts close first; then Esc leaves predict mode.
      if (!panelOpen && s.predict.on) return simReducer(ctx, s, { type: 'toggle-predict' });
      return { ...s, panel: panelReducer(ctx, s.panel, action) };
    case 'key': {
      if (panelOpen) return { ...s, panel: panelReducer(ctx, s.panel, action) };
      if (action.input === TOGGLE_KEY) return simReducer(ctx, s, { type: 'toggle-predict' });
      if (s.predict.on) return predictKey(ctx, s, action.input, action.key);
      return { ...s, panel: panelReducer(ctx, s.panel, action) };
    }
  }
}
