import { Text } from 'ink';
import SelectInput from 'ink-select-input';
import { useHoldUntilListening } from '../keys/input-control.js';
import type { KeyHelp } from '../navigation.js';
import { colors } from '../theme.js';

interface MenuItem<V> {
  key: string;
  label: string;
  value: V;
}

interface MenuProps<V> {
  items: readonly MenuItem<V>[];
  /** The row highlighted at first. */
  initialIndex?: number;
  isFocused: boolean;
  onSelect: (item: MenuItem<V>) => void;
  onHighlight?: (item: MenuItem<V>) => void;
}

/**
 * A vertical menu: ink-select-input, the menu the stack names. ↑/↓ (or k/j) move, wrapping at
 * the ends; Enter opens the highlighted row; a digit opens its row at once. Its burst bug (keys
 * read together moved one row) is fixed by patches/ink-select-input+6.2.0.patch.
 */
export function Menu<V>({
  items,
  initialIndex = 0,
  isFocused,
  onSelect,
  onHighlight,
}: MenuProps<V>) {
  // The menu's own useInput is a child's: its effect runs before this one's.
  useHoldUntilListening(isFocused);
  return (
    <SelectInput
      items={[...items]}
      initialIndex={initialIndex}
      isFocused={isFocused}
      onSelect={(item) => onSelect(item as MenuItem<V>)}
      onHighlight={(item) => onHighlight?.(item as MenuItem<V>)}
      indicatorComponent={Pointer}
      itemComponent={Label}
    />
  );
}

function Pointer({ isSelected = false }: { isSelected?: boolean }) {
  return <Text color={colors.accent}>{isSelected ? '❯ ' : '  '}</Text>;
}

function Label({ isSelected = false, label }: { isSelected?: boolean; label: string }) {
  return (
    <Text color={isSelected ? colors.accent : undefined} wrap="truncate-end">
      {label}
    </Text>
  );
}

/** A menu's keys for the footer and `?`: what the menu itself does with them. */
export function menuKeys(count: number, open = 'open'): KeyHelp[] {
  // One entry for Enter and the digits: the footer must fit 50 columns with q and ?.
  return [
    { keys: '↑↓', action: 'choose' },
    { keys: `Enter/1-${count}`, action: open },
  ];
}
