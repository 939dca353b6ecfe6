import { Box, Text } from 'ink';
import { useEffect, useState } from 'react';
import { Menu, menuKeys } from '../../components/menu.js';
import { type ScreenChrome, useScreen } from '../../navigation.js';
import { useServices } from '../../services.js';
import { colors } from '../../theme.js';
import { type Mode, modes } from './modes.js';

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
      }
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
          items={modes.map((m) => ({ key: m.label, label: m.label, value: m }))}
          isFocused={nav.active}
          onHighlight={(item) => setHighlighted(item.value)}
          onSelect={(item) => nav.push(item.value.route)}
        />
      </Box>
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
