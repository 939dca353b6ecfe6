// `faas-prep settings`: desired retention, new cards a day, interview date, the mock interview's
// default format and length. Saved at once; the next screen opened reads them.
import { Text } from 'ink';
import { useCallback } from 'react';
import type { ProgressStore } from '../../../core/store/store.js';
import { entryToggled } from '../../components/line-entry.js';
import { useLoaded } from '../../hooks/use-loaded.js';
import { hintsOf } from '../../keys/binding.js';
import { useHoldInput } from '../../keys/input-control.js';
import { useLatestReducer } from '../../keys/use-latest-reducer.js';
import { useScreen } from '../../navigation.js';
import { useServices } from '../../services.js';
import { colors } from '../../theme.js';
import { initialSettingsState, reduceSettings } from './state.js';
import { settingsKeys, useSettingsInput } from './use-settings-input.js';
import { SettingsView } from './view.js';

export function SettingsScreen() {
  const services = useServices();
  const load = useCallback(() => ({ store: services.store() }), [services]);
  const [data] = useLoaded(load);
  if (!data) return <Loading />;
  if ('error' in data) return <Failed message={data.error} />;
  return <Editor store={data.store} />;
}

function Loading() {
  useScreen({ title: 'Settings', keys: [] });
  useHoldInput();
  return <Text>Loading your settings…</Text>;
}

function Failed({ message }: { message: string }) {
  useScreen({ title: 'Settings', keys: [] });
  return <Text color={colors.bad}>Cannot open the settings: {message}</Text>;
}

function Editor({ store }: { store: ProgressStore }) {
  const services = useServices();
  const { state, latest, dispatch } = useLatestReducer(
    reduceSettings,
    () => initialSettingsState(store.settings()),
    entryToggled,
  );
  const typing = state.entry !== undefined;
  const nav = useScreen({
    title: 'Settings',
    keys: hintsOf(settingsKeys(state)),
    onEscape: typing ? () => dispatch({ type: 'close' }) : undefined,
    textEntry: typing,
  });
  useSettingsInput({
    latest,
    dispatch,
    nav,
    now: services.now,
    save: (patch) => store.updateSettings(patch),
  });
  return <SettingsView state={state} />;
}
