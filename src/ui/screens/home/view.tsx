// What Home shows: the modes (with today's counts beside Study and Quiz once known), the total
// when the terminal has room, what the highlighted mode does, and the store's notices.
// Render only.
import { Box, Text } from 'ink';
import { Menu } from '../../components/menu.js';
import { colors } from '../../theme.js';
import { type Mode, modes } from './modes.js';
import { type HomeState, highlightedMode, todayOf } from './state.js';
import type { HomeMenuInput } from './use-home-input.js';

/** Below this many rows the total gives way to the menu (Study and Quiz keep their counts). */
const TOTAL_MIN_ROWS = 20;

/** "Study  (5 new · 0 learning · 3 due)" once today's counts are known. */
function labelOf(state: HomeState, mode: Mode): string {
  const today = todayOf(state, mode);
  return today ? `${mode.label.padEnd(6)}  (${today})` : mode.label;
}

interface HomeViewProps extends HomeMenuInput {
  state: HomeState;
  /** The row the menu starts on (it keeps its own cursor after that). */
  initialIndex: number;
  isFocused: boolean;
  rows: number;
}

export function HomeView({ state, initialIndex, isFocused, rows, ...menu }: HomeViewProps) {
  const counts = state.counts.status === 'ready' ? state.counts.counts : undefined;
  return (
    <Box flexDirection="column">
      <Text>Practice for serverless system-design interviews.</Text>
      <Box marginTop={1}>
        <Menu
          items={modes.map((m, i) => ({ key: m.label, label: labelOf(state, m), value: i }))}
          initialIndex={initialIndex}
          isFocused={isFocused}
          onHighlight={menu.onHighlight}
          onSelect={menu.onSelect}
        />
      </Box>
      {counts && rows >= TOTAL_MIN_ROWS ? (
        <Box marginTop={1}>
          <Text wrap="truncate-end">Today in all: {counts.total}</Text>
        </Box>
      ) : null}
      <Box marginTop={1}>
        <Text color={colors.dim} wrap="truncate-end">
          {highlightedMode(state).description}
        </Text>
      </Box>
      {state.notices.map((n) => (
        <Box key={n} marginTop={1}>
          <Text color={colors.warn} wrap="wrap">
            ! {n}
          </Text>
        </Box>
      ))}
    </Box>
  );
}
