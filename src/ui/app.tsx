import { Box, Text, useInput, useStdin } from 'ink';
import { Suspense, useCallback, useMemo, useRef, useState } from 'react';
import type { ScreenRequest } from '../cli/commands.js';
import { ErrorBoundary } from './components/error-boundary.js';
import { Frame } from './components/frame.js';
import { KeyHelp } from './components/key-help.js';
import { SaveStatusBanner } from './components/save-status.js';
import { TooSmall } from './components/too-small.js';
import { useSaveStatus } from './hooks/use-save-status.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import {
  chromeSignature,
  type Navigation,
  NavigationContext,
  type Route,
  type ScreenChrome,
} from './navigation.js';
import { initialChrome, screens } from './screens/registry.js';
import { type Services, ServicesProvider, useServices } from './services.js';
import { MIN_COLUMNS, MIN_ROWS } from './theme.js';

export interface AppProps {
  initial: ScreenRequest;
  services: Services;
  onExit: (code: number) => void;
}

const home: Route = { screen: 'home', cmd: { positionals: [], values: {} } };

export function App({ initial, services, onExit }: AppProps) {
  return (
    <ServicesProvider services={services}>
      <Shell initial={initial} onExit={onExit} />
    </ServicesProvider>
  );
}

function Shell({ initial, onExit }: Omit<AppProps, 'services'>) {
  const [stack, setStack] = useState<Route[]>(() =>
    initial.screen === 'home' ? [home] : [home, { screen: initial.screen, cmd: initial.cmd }],
  );
  const [chrome, setChromeState] = useState<ScreenChrome>(
    () => initialChrome[initial.screen] ?? { title: '', keys: [] },
  );
  // The key handler reads the ref: it must see a screen's textEntry the moment it is set,
  // not one render later.
  const chromeRef = useRef(chrome);
  const setChrome = useCallback((next: ScreenChrome) => {
    const changed = chromeSignature(next) !== chromeSignature(chromeRef.current);
    chromeRef.current = next;
    if (changed) setChromeState(next);
  }, []);
  const [showKeys, setShowKeys] = useState(false);
  const interrupts = useRef(new Set<() => void>());
  const { isRawModeSupported } = useStdin();
  const size = useTerminalSize();
  const route = stack[stack.length - 1] ?? home;

  const services = useServices();
  const save = useSaveStatus(services);
  const back = useCallback(() => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)), []);
  const nav = useMemo<Navigation>(
    () => ({
      // Screens may read the store as they mount: its code may still be loading for a
      // moment after the home screen first shows.
      push: (next) => {
        void services.storeReady().then(() => setStack((s) => [...s, next]));
      },
      back,
      exit: (code = 0) => onExit(code),
      onInterrupt: (save) => {
        interrupts.current.add(save);
        return () => interrupts.current.delete(save);
      },
      setChrome,
      active: !showKeys,
      depth: stack.length,
    }),
    [back, onExit, showKeys, stack.length, services, setChrome],
  );

  useInput(
    (input, key) => {
      if (key.ctrl && input === 'c') {
        for (const save of interrupts.current) {
          try {
            save();
          } catch {
            // Quitting must not be blocked by a failed save; the log already has every answer.
          }
        }
        onExit(130);
        return;
      }
      if (showKeys) {
        setShowKeys(false);
        return;
      }
      const current = chromeRef.current;
      if (key.escape) {
        if (current.onEscape) current.onEscape();
        else back();
        return;
      }
      if (input === '?' && !current.textEntry) setShowKeys(true);
    },
    { isActive: Boolean(isRawModeSupported) },
  );

  const tooSmall = size.columns < MIN_COLUMNS || size.rows < MIN_ROWS;
  const Screen = screens[route.screen];
  return (
    <NavigationContext.Provider value={nav}>
      {tooSmall ? <TooSmall columns={size.columns} rows={size.rows} /> : null}
      {/* Hidden, not unmounted, while too small: a half-done quiz keeps its state. */}
      <Box display={tooSmall ? 'none' : 'flex'}>
        <Frame title={chrome.title} keys={chrome.keys} columns={size.columns} rows={size.rows}>
          <SaveStatusBanner
            status={save.status}
            // Home and Progress list the store's notices themselves; a screen opened
            // directly has no other place for them.
            notices={openedDirectly(initial.screen, stack.length) ? save.notices : []}
            onRetry={save.retry}
            keysActive={!tooSmall && !showKeys && !chrome.textEntry}
            retryKey={chrome.keys.some((k) => k.keys === 'r') ? 'R' : 'r'}
          />
          <Box display={showKeys ? 'flex' : 'none'}>
            <KeyHelp title={chrome.title} keys={chrome.keys} />
          </Box>
          <Box display={showKeys ? 'none' : 'flex'} flexDirection="column" flexGrow={1}>
            <ErrorBoundary resetKey={`${stack.length}:${route.screen}`}>
              <Suspense fallback={<Text>Loading…</Text>}>
                {Screen ? (
                  <Screen key={`${stack.length}:${route.screen}`} cmd={route.cmd} />
                ) : (
                  <Text>Unknown screen {route.screen}</Text>
                )}
              </Suspense>
            </ErrorBoundary>
          </Box>
        </Frame>
      </Box>
    </NavigationContext.Provider>
  );
}

const listsNotices = new Set(['home', 'progress']);

function openedDirectly(initialScreen: string, depth: number): boolean {
  return !listsNotices.has(initialScreen) && depth === 2;
}
