// What the settings screen shows: each setting and its value, the entry while one is open, and
// what the chosen setting takes. Render only.
import { Box, Text } from 'ink';
import { colors } from '../../theme.js';
import { fieldAt, fields, type SettingsState, settingFields } from './state.js';

const LABEL_WIDTH = Math.max(...settingFields.map((f) => fields[f].label.length));

export function SettingsView({ state }: { state: SettingsState }) {
  const chosen = fieldAt(state);
  const entry = state.entry;
  return (
    <Box flexDirection="column">
      {settingFields.map((f) => {
        const here = f === chosen;
        return (
          <Text key={f} color={here ? colors.accent : undefined} wrap="truncate-end">
            {here ? '❯ ' : '  '}
            {fields[f].label.padEnd(LABEL_WIDTH)}{' '}
            {here && entry ? (
              <>
                <Text color={colors.accent}>{entry.text}</Text>█
              </>
            ) : (
              fields[f].show(state.values)
            )}
          </Text>
        );
      })}
      <Box marginTop={1} flexDirection="column">
        <Text color={colors.dim} wrap="wrap">
          {fields[chosen].help}
        </Text>
        {entry?.error ? (
          <Text color={colors.bad} wrap="wrap">
            {entry.error}
          </Text>
        ) : state.saved ? (
          <Text color={colors.good} wrap="truncate-end">
            Saved {fields[state.saved].label.toLowerCase()}: the next screen you open uses it.
          </Text>
        ) : (
          <Text> </Text>
        )}
      </Box>
    </Box>
  );
}
