// The simulator screens' panel as a reducer: keys in, state out. A reducer always sees the
// latest state, so keys pressed faster than the screen re-renders (while a simulation keeps the
// event loop busy) are not lost or applied to stale values.
import type { SimulatorName } from '../../../sim/help.js';
import { ModelParamError } from '../../../sim/models/errors.js';
import type { ParamValues } from '../../../sim/params.js';
import { applyPreset, type SimPreset } from '../../../sim/presets.js';
import {
  type PanelParam,
  panelParams,
  parseTyped,
  type SimResources,
  stepValue,
  valuesError,
  withValue,
} from '../../../sim/screen-params.js';

export interface Message {
  text: string;
  kind: 'error' | 'note' | 'hint';
}

export interface PanelState {
  values: ParamValues;
  cursor: number;
  /** Text being typed into the cursor's row; undefined when not typing. */
  editing?: string;
  message?: Message;
  /** The preset list's cursor while it is open. */
  presetCursor?: number;
  explain: boolean;
}

/** The key flags the panel reads (a subset of Ink's). */
export interface KeyFlags {
  upArrow?: boolean;
  downArrow?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  return?: boolean;
  backspace?: boolean;
  delete?: boolean;
  ctrl?: boolean;
  meta?: boolean;
  escape?: boolean;
  tab?: boolean;
}

/**
 * Text that arrived as one input (a paste, or keys typed faster than they are read while a
 * simulation runs: "150000\r") as one key per character, so Enter and Backspace still act.
 */
export function splitInput(input: string, key: KeyFlags): { input: string; key: KeyFlags }[] {
  const special = key.ctrl || key.meta || key.upArrow || key.downArrow || key.leftArrow;
  if (input.length <= 1 || special || key.rightArrow || input.includes('\x1b')) {
    return [{ input, key }];
  }
  return [...input].flatMap((ch) => {
    if (ch === '\r' || ch === '\n') return [{ input: '', key: { return: true } }];
    if (ch === '\x7f' || ch === '\b') return [{ input: '', key: { backspace: true } }];
    if (ch === '\t') return [{ input: '', key: { tab: true } }];
    if (/[\x00-\x1f]/.test(ch)) return [];
    return [{ input: ch, key: {} }];
  });
}

export type PanelAction = { type: 'key'; input: string; key: KeyFlags } | { type: 'escape' };

export interface PanelContext {
  name: SimulatorName;
  res: SimResources;
  presets: SimPreset[];
}

export function initialPanel(values: ParamValues, error?: string): PanelState {
  return {
    values,
    cursor: 0,
    explain: false,
    ...(error ? { message: { kind: 'error', text: error } as Message } : {}),
  };
}

function errorText(error: unknown): string {
  if (!(error instanceof ModelParamError)) throw error;
  return error.message.replace(/\.$/, '');
}

/** The state with new values if they can run, else unchanged with the reason. */
function change(ctx: PanelContext, s: PanelState, next: ParamValues): PanelState {
  const error = valuesError(ctx.name, next, ctx.res);
  if (error) return { ...s, message: { kind: 'error', text: error } };
  const { message: _, ...rest } = s;
  return { ...rest, values: next };
}

function current(ctx: PanelContext, s: PanelState): PanelParam | undefined {
  const params = panelParams(ctx.name, s.values, ctx.res);
  return params[Math.min(s.cursor, params.length - 1)];
}

function clearError(s: PanelState): PanelState {
  if (s.message?.kind !== 'error') return s;
  const { message: _, ...rest } = s;
  return rest;
}

function typing(s: PanelState, input: string, key: KeyFlags): PanelState {
  if (key.backspace || key.delete) return { ...s, editing: (s.editing ?? '').slice(0, -1) };
  if (input && !key.ctrl && !key.meta && !key.escape && !/[\x00-\x1f]/.test(input)) {
    return { ...s, editing: (s.editing ?? '') + input };
  }
  return s;
}

function applyTyped(ctx: PanelContext, s: PanelState): PanelState {
  const text = s.editing ?? '';
  const { editing: _, ...rest } = s;
  const p = current(ctx, rest);
  if (!p) return rest;
  try {
    const value = parseTyped(p, text);
    return change(ctx, rest, withValue(ctx.name, rest.values, p.spec.name, value));
  } catch (error) {
    return { ...rest, message: { kind: 'error', text: errorText(error) } };
  }
}

function presetKey(ctx: PanelContext, s: PanelState, key: KeyFlags): PanelState {
  const at = s.presetCursor ?? 0;
  const last = ctx.presets.length - 1;
  if (key.upArrow) return { ...s, presetCursor: Math.max(0, at - 1) };
  if (key.downArrow) return { ...s, presetCursor: Math.min(last, at + 1) };
  if (key.return) {
    const preset = ctx.presets[at];
    const { presetCursor: _, ...closed } = s;
    if (!preset) return closed;
    const next = change(ctx, closed, applyPreset(ctx.name, closed.values, preset));
    return next.message ? next : { ...next, message: { kind: 'note', text: preset.note } };
  }
  return s;
}

export function panelReducer(ctx: PanelContext, s: PanelState, action: PanelAction): PanelState {
  if (action.type === 'escape') {
    // Esc closes what is open, innermost first (the App goes back when nothing is).
    if (s.editing !== undefined) {
      const { editing: _, ...rest } = s;
      return rest;
    }
    if (s.presetCursor !== undefined) {
      const { presetCursor: _, ...rest } = s;
      return rest;
    }
    return { ...s, explain: false };
  }
  const { input, key } = action;
  if (s.editing !== undefined) return key.return ? applyTyped(ctx, s) : typing(s, input, key);
  if (s.presetCursor !== undefined) return presetKey(ctx, s, key);
  const count = panelParams(ctx.name, s.values, ctx.res).length;
  if (key.upArrow)
    return clearError({ ...s, cursor: Math.max(0, Math.min(s.cursor, count - 1) - 1) });
  if (key.downArrow) return clearError({ ...s, cursor: Math.min(count - 1, s.cursor + 1) });
  if (key.leftArrow || key.rightArrow) {
    const p = current(ctx, s);
    if (!p) return s;
    const value = stepValue(p, s.values, key.rightArrow ? 1 : -1, ctx.res);
    if (value === s.values[p.spec.name]) return s;
    return change(ctx, s, withValue(ctx.name, s.values, p.spec.name, value));
  }
  if (key.return) return { ...s, editing: '' };
  if (/^[0-9.]$/.test(input)) return { ...s, editing: input };
  if (input === 'p') return { ...s, presetCursor: 0 };
  if (input === 'e') return { ...s, explain: !s.explain };
  return s;
}
