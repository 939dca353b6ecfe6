import { Box, Text } from 'ink';
import { useEffect, useState } from 'react';
import { Menu, menuKeys } from '../../components/menu.js';
import { useTerminalSize } from '../../hooks/use-terminal-size.js';
import { type ScreenChrome, useScreen } from '../../navigation.js';
import { useServices } from '../../services.js';
import { colors } from '../../theme.js';
import { type Mode, modes } from './modes.js';
import type { HomeCounts } from './today-counts.js';

/** "Study  (5 new · 0 learning · 3 due)" once today's counts are known. */
function labelOf(mode: Mode, counts: HomeCounts | undefined): string {
  const today =
    mode.route.screen === 'study'
      ? counts?.study
      : mode.route.screen === 'quiz'
        ? counts?.quiz
        : undefined;
  return today ? `${mode.label.padEnd(6)}  (${today})` : mode.label;
}

/** Below this many rows the total gives way to the menu (Study and Quiz keep their counts). */
const TOTAL_MIN_ROWS = 20;

/** Static, so the shell can draw the home screen's footer in the very first frame. */
export const homeChrome: ScreenChrome = {
  title: '',
  keys: menuKeys(modes.length),
};

export function Home() {
  const nav = useScreen(homeChrome);
  const services = useServices();
  const [highlighted, setHighlighted] = useState<Mode | undefined>(modes[0]);
  const [notices, setNotices] = useState<string[]>([]);
  const [counts, setCounts] = useState<HomeCounts>();
  const size = useTerminalSize();

  // Open the store once its code has loaded (after the first frame, so the menu shows at
  // once); it may have news, such as a corrupt file moved aside, that the user must see.
  useEffect(() => {
    let live = true;
    services.storeReady().then(() => {
      if (!live) return;
      try {
        setNotices(services.store().notices);
      } catch (error) {
        setNotices([(error as Error).message]);
        return;
      }
      // Today's counts need the bank: loaded after the menu is usable, and left out (the
      // Study and Quiz screens report the problem) if the content cannot be read.
      import('./today-counts.js')
        .then((m) => m.homeCounts(services))
        .then((counts) => {
          if (live) setCounts(counts);
        })
        .catch(() => {});
    });
    return () => {
      live = false;
    };
  }, [services]);

  return (
    <Box flexDirection="column">
      <Text>Practice for serverless system-design interviews.</Text>
      <Box marginTop={1}>
        <Menu
          items={modes.map((m) => ({ key: m.label, label: labelOf(m, counts), value: m }))}
          isFocused={nav.active}
          onHighlight={(item) => setHighlighted(item.value)}
          onSelect={(item) => nav.push(item.value.route)}
        />
      </Box>
      {counts && size.rows >= TOTAL_MIN_ROWS ? (
        <Box marginTop={1}>
          <Text wrap="truncate-end">Today in all: {counts.total}</Text>
        </Box>
      ) : null}
      {highlighted ? (
        <Box marginTop={1}>
          <Text color={colors.dim} wrap="truncate-end">
            {highlighted.description}
          </Text>
        </Box>
      ) : null}
      {notices.map((n) => (
        <Box key={n} marginTop={1}>
          <Text color={colors.warn} wrap="wrap">
            ! {n}
          </Text>
        </Box>
      ))}
    </Box>
  );
}
