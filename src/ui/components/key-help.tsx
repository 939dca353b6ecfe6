import { Box, Text } from 'ink';
import type { KeyHelp as Key } from '../navigation.js';
import { colors } from '../theme.js';

/** The `?` overlay: the current screen's keys, then the keys that work everywhere, each once. */
export function KeyHelp({ title, keys }: { title: string; keys: Key[] }) {
  const width = Math.max(...keys.map((k) => k.keys.length));
  return (
    <Box flexDirection="column">
      <Text bold>Keys{title ? ` on ${title}` : ''}</Text>
      <Box flexDirection="column" marginTop={1}>
        {keys.map((k) => (
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
