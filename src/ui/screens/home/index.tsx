// The home screen: the menu of modes. It is in the startup bundle and draws at once; the store's
// notices and today's counts arrive after the first frame.
import { useEffect, useState } from 'react';
import { useTerminalSize } from '../../hooks/use-terminal-size.js';
import { useLatestReducer } from '../../keys/use-latest-reducer.js';
import { type ScreenChrome, useScreen } from '../../navigation.js';
import { type Services, useServices } from '../../services.js';
import { reduceHome, startHome } from './state.js';
import { homeKeys, useHomeInput } from './use-home-input.js';
import { HomeView } from './view.js';

/** Static, so the shell can draw the home screen's footer in the very first frame. */
export const homeChrome: ScreenChrome = { title: '', keys: homeKeys };

/**
 * The row last highlighted, per running app: Home is unmounted while a mode covers it, and Esc
 * should come back to the mode you left, not to the top.
 */
const remembered = new WeakMap<Services, number>();

export function Home() {
  const nav = useScreen(homeChrome);
  const services = useServices();
  const size = useTerminalSize();
  const [initialIndex] = useState(() => remembered.get(services) ?? 0);
  const { state, dispatch } = useLatestReducer(reduceHome, () => startHome(initialIndex));

  // Open the store once its code has loaded (after the first frame, so the menu shows at
  // once); it may have news, such as a corrupt file moved aside, that the user must see.
  useEffect(() => {
    let live = true;
    services.storeReady().then(() => {
      if (!live) return;
      try {
        dispatch({ type: 'opened', notices: services.store().notices });
      } catch (error) {
        dispatch({ type: 'opened', notices: [(error as Error).message] });
        return;
      }
      // Today's counts need the bank: loaded after the menu is usable, and left out (the
      // Study and Quiz screens report the problem) if the content cannot be read.
      import('./today-counts.js')
        .then((m) => m.homeCounts(services))
        .then(
          (counts) => live && dispatch({ type: 'counted', counts }),
          () => live && dispatch({ type: 'uncounted' }),
        );
    });
    return () => {
      live = false;
    };
  }, [services, dispatch]);

  const menu = useHomeInput({
    dispatch,
    nav,
    remember: (index) => remembered.set(services, index),
  });
  return (
    <HomeView
      state={state}
      initialIndex={initialIndex}
      isFocused={nav.active}
      rows={size.rows}
      {...menu}
    />
  );
}
