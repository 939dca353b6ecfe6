import { Box, Text } from 'ink';

/** One pre-wrapped line of text and how it is drawn. */
export interface Line {
  text: string;
  color?: string;
  bold?: boolean;
}

/** Pre-wrapped lines, one Text each (never re-wrapped by Ink, so the height is exact). */
export function Lines({ lines }: { lines: readonly Line[] }) {
  return (
    <Box flexDirection="column">
      {lines.map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity but their place
        <Text key={i} color={l.color} bold={l.bold} wrap="truncate-end">
          {l.text || ' '}
        </Text>
      ))}
    </Box>
  );
}

/** Plain lines, all in one style. */
export function styled(texts: readonly string[], style: Omit<Line, 'text'> = {}): Line[] {
  return texts.map((text) => ({ text, ...style }));
}
