// The keyboard side of a simulator screen: the parameter panel (↑↓ pick, ←→ step, Enter or a
// digit to type a value), the preset list (p), the explain panel (e) and predict-first mode (P).
// The logic is the reducers in panel-state.ts and predict-state.ts; this hook wires them to Ink
// and draws the panel or the preset list.
import { Box, Text, useInput } from 'ink';
import { type ReactNode, useMemo, useReducer } from 'react';
import type { SimulatorName } from '../../../sim/help.js';
import type { ParamValues } from '../../../sim/params.js';
import type { PredictQuantity } from '../../../sim/predict.js';
import { simPresets } from '../../../sim/presets.js';
import {
  initialValues,
  panelParams,
  paramLabel,
  type SimResources,
  showValue,
} from '../../../sim/screen-params.js';
import { ParamPanel, windowStart } from '../../components/param-panel.js';
import { type KeyHelp, useScreen } from '../../navigation.js';
import type { Flags } from '../../routes.js';
import { colors } from '../../theme.js';
import type { SimLayout } from './layout.js';
import { initialPanel, type Message, type PanelContext, splitInput } from './panel-state.js';
import {
  currentQuantity,
  initialPredict,
  type Outcome,
  type PredictState,
  type SimAction,
  type SimKeysState,
  simReducer,
  TOGGLE_KEY,
} from './predict-state.js';

export interface ExtraKey extends KeyHelp {
  /** The character that triggers it. */
  input: string;
  run: () => void;
}

export interface SimControls {
  values: ParamValues;
  explain: boolean;
  message?: Message;
  /** The panel, or the preset list while it is open. */
  panel: (layout: SimLayout) => ReactNode;
  predict: PredictState;
  /** What to predict with the current values, and the choices (Tab). */
  quantity: PredictQuantity;
  quantities: PredictQuantity[];
  /** Shows a submitted prediction's grade (ignored unless `round` is the one waiting). */
  reveal: (round: number, outcome: Outcome) => void;
}

const titles: Record<SimulatorName, string> = {
  cost: 'Simulators › Cost',
  'cold-start': 'Simulators › Cold starts',
  connections: 'Simulators › DB connections',
};

function PresetList({
  labels,
  cursor,
  height,
  width,
}: {
  labels: string[];
  cursor: number;
  height: number;
  width: number;
}) {
  const start = windowStart(cursor, labels.length, height);
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      {labels.slice(start, start + height).map((label, i) => {
        const selected = start + i === cursor;
        return (
          <Text key={label} wrap="truncate-end" color={selected ? colors.accent : undefined}>
            {selected ? '❯ ' : '  '}
            {label}
          </Text>
        );
      })}
    </Box>
  );
}

export function useSimControls(
  name: SimulatorName,
  cmd: Flags,
  res: SimResources,
  extraKeys: ExtraKey[] = [],
): SimControls {
  const presets = useMemo(() => simPresets(name, res.runtimes), [name, res.runtimes]);
  const ctx = useMemo<PanelContext>(() => ({ name, res, presets }), [name, res, presets]);
  const [both, dispatch] = useReducer(
    (s: SimKeysState, a: SimAction) => simReducer(ctx, s, a),
    undefined,
    () => {
      const init = initialValues(name, cmd.values, res);
      return {
        panel: initialPanel(init.values, init.error),
        predict: initialPredict(cmd.values.predict === true),
      };
    },
  );
  const { panel: state, predict } = both;
  const typing = state.editing !== undefined;
  const listing = state.presetCursor !== undefined;
  const predicting = predict.on && !typing && !listing;
  const { quantity, choices } = currentQuantity(name, state.values, predict);
  const nav = useScreen({
    title: titles[name],
    keys: predicting
      ? [
          { keys: '↑↓←→', action: 'params' },
          ...(predict.phase === 'revealed'
            ? [{ keys: 'Enter', action: 'predict again' }]
            : [{ keys: 'Enter', action: 'run and grade' }]),
          ...(choices.length > 1 ? [{ keys: 'Tab', action: 'quantity' }] : []),
          { keys: TOGGLE_KEY, action: 'predict off' },
        ]
      : [
          { keys: '↑↓', action: 'param' },
          { keys: '←→', action: 'change' },
          { keys: 'Enter', action: 'type' },
          { keys: 'p', action: 'presets' },
          { keys: 'e', action: 'explain' },
          { keys: TOGGLE_KEY, action: 'predict first' },
          ...extraKeys.map(({ keys, action }) => ({ keys, action })),
        ],
    textEntry: typing || (predicting && predict.phase === 'entering'),
    onEscape:
      typing || listing || state.explain || predict.on
        ? () => dispatch({ type: 'escape' })
        : undefined,
  });

  useInput(
    (input, key) => {
      if (key.escape) return; // the App calls onEscape
      // Extra keys (x) act outside typing, the preset list and predict mode only.
      const extra =
        !typing && !listing && !predict.on ? extraKeys.find((k) => k.input === input) : undefined;
      if (extra) {
        extra.run();
        return;
      }
      for (const event of splitInput(input, key)) dispatch({ type: 'key', ...event });
    },
    { isActive: nav.active },
  );

  const params = panelParams(name, state.values, res);
  const cursor = Math.min(state.cursor, params.length - 1);
  const current = params[cursor];
  const rows = params.map((p) => ({
    key: p.spec.name,
    label: paramLabel(p.spec),
    value: showValue(p, state.values, res),
  }));

  const panel = (layout: SimLayout) =>
    listing ? (
      <PresetList
        labels={presets.map((p) => p.label)}
        cursor={state.presetCursor ?? 0}
        height={layout.panelRows}
        width={layout.panelWidth}
      />
    ) : (
      <ParamPanel
        rows={rows}
        cursor={cursor}
        {...(typing ? { editing: state.editing } : {})}
        height={layout.panelRows}
        width={layout.panelWidth}
      />
    );

  const highlighted = listing ? presets[state.presetCursor ?? 0] : undefined;
  const message: Message | undefined = highlighted
    ? { kind: 'hint', text: highlighted.note }
    : predicting && predict.error
      ? { kind: 'error', text: predict.error }
      : (state.message ??
        (typing
          ? { kind: 'hint', text: 'Enter applies, Esc cancels' }
          : current
            ? { kind: 'hint', text: current.spec.description }
            : undefined));

  return {
    values: state.values,
    explain: state.explain,
    ...(message ? { message } : {}),
    panel,
    predict,
    quantity,
    quantities: choices,
    reveal: (round, outcome) => dispatch({ type: 'reveal', round, outcome }),
  };
}
