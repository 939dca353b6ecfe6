import { Box, Text, useInput } from 'ink';
import { useRef, useState } from 'react';
import { colors } from '../theme.js';

export interface MenuItem<V> {
  key: string;
  label: string;
  value: V;
}

interface MenuProps<V> {
  items: readonly MenuItem<V>[];
  isFocused: boolean;
  onSelect: (item: MenuItem<V>) => void;
  onHighlight?: (item: MenuItem<V>) => void;
}

/**
 * A vertical menu: ↑/↓ (or k/j) move, wrapping at the ends; Enter selects; a digit jumps to
 * that row. Unlike ink-select-input, the cursor lives in a ref updated as each key is handled,
 * so keys that arrive together (a burst while the app was busy, a held arrow, a paste) all
 * count, and an Enter in the same burst selects the row the arrows reached.
 */
export function Menu<V>({ items, isFocused, onSelect, onHighlight }: MenuProps<V>) {
  const cursor = useRef(0);
  const [shown, setShown] = useState(0);
  const move = (to: number) => {
    if (items.length === 0) return;
    cursor.current = (to + items.length) % items.length;
    setShown(cursor.current);
    const item = items[cursor.current];
    if (item) onHighlight?.(item);
  };
  useInput(
    (input, key) => {
      if (key.upArrow || input === 'k') move(cursor.current - 1);
      else if (key.downArrow || input === 'j') move(cursor.current + 1);
      else if (key.return) {
        const item = items[cursor.current];
        if (item) onSelect(item);
      } else if (/^[1-9]$/.test(input) && Number(input) <= items.length) move(Number(input) - 1);
    },
    { isActive: isFocused },
  );
  return (
    <Box flexDirection="column">
      {items.map((item, i) => (
        <Text key={item.key} color={i === shown ? colors.accent : undefined} wrap="truncate-end">
          {i === shown ? '❯ ' : '  '}
          {item.label}
        </Text>
      ))}
    </Box>
  );
}
