import { Box, Text } from 'ink';
import type { KeyHelp as Key } from '../navigation.js';
import { colors } from '../theme.js';

const GLOBAL: Key[] = [
  { keys: 'Esc', action: 'go back' },
  { keys: '?', action: 'show or hide these keys' },
  { keys: 'Ctrl+C', action: 'quit (everything answered is already saved)' },
];

/** The `?` overlay: the current screen's keys, then the keys that work everywhere. */
export function KeyHelp({ title, keys }: { title: string; keys: Key[] }) {
  const all = [...keys, ...GLOBAL];
  const width = Math.max(...all.map((k) => k.keys.length));
  return (
    <Box flexDirection="column">
      <Text bold>Keys{title ? ` on ${title}` : ''}</Text>
      <Box flexDirection="column" marginTop={1}>
        {all.map((k) => (
          <Text key={`${k.keys}-${k.action}`} wrap="truncate-end">
            <Text color={colors.accent}>{k.keys.padEnd(width)}</Text> {k.action}
          </Text>
        ))}
      </Box>
      <Box marginTop={1}>
        <Text color={colors.dim}>Any key closes this.</Text>
      </Box>
    </Box>
  );
}
