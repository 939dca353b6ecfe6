import { Box, Text, useInput, useStdin } from 'ink';
import {
  type ComponentType,
  type ReactNode,
  Suspense,
  useCallback,
  useMemo,
  useRef,
  useState,
} from 'react';
import { ErrorBoundary } from './components/error-boundary.js';
import { Frame } from './components/frame.js';
import { KeyHelp, scrollHelp } from './components/key-help.js';
import { bannerLines, SaveStatusBanner } from './components/save-status.js';
import { TooSmall } from './components/too-small.js';
import { useSaveStatus } from './hooks/use-save-status.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { actionFor, hintsOf } from './keys/binding.js';
import { footerGlobals, globalKeys } from './keys/global.js';
import {
  type InputControl,
  InputControlContext,
  useHoldInput,
  useHoldUntilListening,
  useHoldUntilShown,
} from './keys/input-control.js';
import {
  chromeSignature,
  type KeyHelp as KeyHelpLine,
  type Navigation,
  NavigationContext,
  type Route,
  type ScreenChrome,
} from './navigation.js';
import { homeRoute, simRoute } from './routes.js';
import { initialChrome, preloadScreen, screens } from './screens/registry.js';
import { type Services, ServicesProvider, useServices } from './services.js';
import { MIN_COLUMNS, MIN_ROWS } from './theme.js';

interface AppProps {
  initial: Route;
  services: Services;
  onExit: (code: number) => void;
  /** The stdin's hold and key counts (see key-by-key-stdin.ts). */
  input?: InputControl;
}

const home = homeRoute;

/** The stack a screen opened from the command line starts with: Esc goes where the menus would. */
function initialStack(initial: Route): Route[] {
  if (initial.screen === 'home') return [home];
  // `sim cost` sits above the Simulators list, as when opened from it.
  if (initial.screen === 'sim' && initial.flags.positionals.length > 0) {
    return [home, simRoute(), initial];
  }
  return [home, initial];
}

export function App({ initial, services, onExit, input }: AppProps) {
  return (
    <ServicesProvider services={services}>
      <InputControlContext.Provider value={input}>
        <Shell initial={initial} onExit={onExit} />
      </InputControlContext.Provider>
    </ServicesProvider>
  );
}

function Shell({ initial, onExit }: Pick<AppProps, 'initial' | 'onExit'>) {
  const [stack, setStack] = useState<Route[]>(() => initialStack(initial));
  const [chrome, setChromeState] = useState<ScreenChrome>(
    () => initialChrome(initial) ?? { title: '', keys: [] },
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
  const showKeysRef = useRef(showKeys);
  // How far the key help is scrolled when it is taller than the terminal.
  const [helpScroll, setHelpScroll] = useState(0);
  const interrupts = useRef(new Set<() => void>());
  const { isRawModeSupported } = useStdin();
  const size = useTerminalSize();
  const route = stack[stack.length - 1] ?? home;
  const tooSmall = size.columns < MIN_COLUMNS || size.rows < MIN_ROWS;
  const tooSmallRef = useRef(tooSmall);
  tooSmallRef.current = tooSmall;

  const services = useServices();
  // Keys typed after one that opens a screen, goes back or closes `?` wait until it listens.
  const holdUntilShown = useHoldUntilShown(useMemo(() => [stack, showKeys], [stack, showKeys]));
  const depth = useRef(stack.length);
  depth.current = stack.length;
  const save = useSaveStatus(services);
  const back = useCallback(() => {
    if (depth.current > 1) holdUntilShown();
    setStack((s) => (s.length > 1 ? s.slice(0, -1) : s));
  }, [holdUntilShown]);
  const toggleKeys = useCallback(
    (show: boolean) => {
      if (show !== showKeysRef.current) holdUntilShown();
      showKeysRef.current = show;
      setShowKeys(show);
      setHelpScroll(0);
    },
    [holdUntilShown],
  );
  /** Leaves the app; what screens registered to save mid-way is saved first. */
  const quit = useCallback(
    (code: number) => {
      for (const save of interrupts.current) {
        try {
          save();
        } catch {
          // Quitting must not be blocked by a failed save; the log already has every answer.
        }
      }
      onExit(code);
    },
    [onExit],
  );
  const nav = useMemo<Navigation>(
    () => ({
      // Screens may read the store as they mount: its code may still be loading for a
      // moment after the home screen first shows. The screen's own code is loaded first too,
      // so it renders at once instead of suspending (see registry.ts).
      push: (next) => {
        const release = holdUntilShown();
        Promise.all([services.storeReady(), preloadScreen(next.screen)]).then(() => {
          // In the same commit as the screen, when its chrome is known up front (registry.ts).
          const chrome = initialChrome(next);
          if (chrome) setChrome(chrome);
          setStack((s) => [...s, next]);
        }, release);
      },
      back,
      exit: (code = 0) => onExit(code),
      interrupt: () => quit(130),
      onInterrupt: (save) => {
        interrupts.current.add(save);
        return () => interrupts.current.delete(save);
      },
      setChrome,
      // Keys never act on a screen the user cannot see (the key help or "too small" covers it).
      active: !showKeys && !tooSmall,
      depth: stack.length,
    }),
    [back, onExit, quit, showKeys, tooSmall, stack.length, services, setChrome, holdUntilShown],
  );

  // Home and Progress list the store's notices themselves; a screen opened directly has no
  // other place for them than the banner.
  const bannerNotices = openedDirectly(initial, route) ? save.notices : [];
  const retryKey = chrome.keys.some((k) => k.keys === 'r') ? 'R' : 'r';
  // The frame's body: the terminal less the frame's spare row, title, padding and key line,
  // and less the banner above it.
  const helpHeight =
    size.rows - 4 - bannerLines(save.status, bannerNotices, size.columns, retryKey).length;
  useInput(
    (input, key) => {
      const current = chromeRef.current;
      const action = actionFor(
        globalKeys(Boolean(current.textEntry), current.quit?.help),
        input,
        key,
      );
      if (action === 'interrupt') return current.interrupt ? current.interrupt() : quit(130);
      if (tooSmallRef.current) {
        // Only resizing, q and Ctrl+C do anything while the screen cannot be seen.
        if (input === 'q' && !key.ctrl && !key.meta) quit(0);
        return;
      }
      if (showKeysRef.current) {
        if (key.upArrow || key.downArrow) {
          const by = key.upArrow ? -1 : 1;
          setHelpScroll((s) => scrollHelp(helpKeysOf(current).length, helpHeight, s, by));
        } else toggleKeys(false);
        return;
      }
      if (action === 'quit') {
        if (current.quit) current.quit.run();
        else quit(0);
      } else if (action === 'back') {
        if (current.onEscape) current.onEscape();
        else back();
      } else if (action === 'help') toggleKeys(true);
    },
    { isActive: Boolean(isRawModeSupported) },
  );

  const textEntry = Boolean(chrome.textEntry);
  const helpKeys = helpKeysOf(chrome);
  return (
    <NavigationContext.Provider value={nav}>
      {tooSmall ? <TooSmall columns={size.columns} rows={size.rows} /> : null}
      {/* Hidden, not unmounted, while too small: a half-done quiz keeps its state. */}
      <Box display={tooSmall ? 'none' : 'flex'}>
        <Frame
          title={chrome.title}
          keys={withoutRepeats([...chrome.keys, ...footerGlobals(textEntry, chrome.quit?.help)])}
          columns={size.columns}
          rows={size.rows}
        >
          <SaveStatusBanner
            status={save.status}
            notices={bannerNotices}
            onRetry={save.retry}
            keysActive={!tooSmall && !showKeys && !textEntry}
            retryKey={retryKey}
            columns={size.columns}
          />
          <Box display={showKeys ? 'flex' : 'none'}>
            <KeyHelp title={chrome.title} keys={helpKeys} height={helpHeight} scroll={helpScroll} />
          </Box>
          <Box display={showKeys ? 'none' : 'flex'} flexDirection="column" flexGrow={1}>
            <ErrorBoundary resetKey={`${stack.length}:${route.screen}`}>
              <Listening key={`${stack.length}:${route.screen}`}>
                <Suspense fallback={<ScreenLoading />}>
                  <RouteScreen route={route} />
                </Suspense>
              </Listening>
            </ErrorBoundary>
          </Box>
        </Frame>
      </Box>
    </NavigationContext.Provider>
  );
}

/** What `?` lists: the screen's keys, then the global ones, each once. */
function helpKeysOf(chrome: ScreenChrome): KeyHelpLine[] {
  return withoutRepeats([
    ...chrome.keys,
    ...hintsOf(globalKeys(Boolean(chrome.textEntry), chrome.quit?.help)),
  ]);
}

/** The route's screen, given its route. */
function RouteScreen({ route }: { route: Route }) {
  // The registry pairs each name with the screen of that route; TypeScript cannot follow the
  // pairing through a union, hence the widening. Chosen once per mount (the shell keys this
  // per route): a loaded screen replacing the suspending one would remount it.
  const [Screen] = useState(
    () => screens[route.screen] as ComponentType<{ route: Route }> | undefined,
  );
  return Screen ? <Screen route={route} /> : <Text>Unknown screen {route.screen}</Text>;
}

/** Each key once: a screen's own word for a global key (Esc "end quiz") replaces the general one. */
function withoutRepeats(keys: KeyHelpLine[]): KeyHelpLine[] {
  const seen = new Set<string>();
  return keys.filter((k) => !seen.has(k.keys) && seen.add(k.keys));
}

/** A screen shown (opened, or back to) takes keys once its handlers listen. */
function Listening({ children }: { children: ReactNode }) {
  useHoldUntilListening();
  return children;
}

/** While a screen's code loads, keys wait for it. */
function ScreenLoading() {
  useHoldInput();
  return <Text>Loading…</Text>;
}

const listsNotices = new Set(['home', 'progress']);

/** The screen the command line opened, still showing (not one reached from the menus). */
function openedDirectly(initial: Route, route: Route): boolean {
  return !listsNotices.has(initial.screen) && route === initial;
}
