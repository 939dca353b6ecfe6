import { type ComponentType, lazy } from 'react';
import type { ScreenChrome } from '../navigation.js';
import type { Route, RouteTo, ScreenName } from '../routes.js';
import { Home, homeChrome } from './home/index.js';

type ScreenOf<S extends ScreenName> = ComponentType<{ route: RouteTo<S> }>;

/** A screen is rendered with its route: what the command line or a menu opened it with. */
export type Screens = { [S in ScreenName]?: ScreenOf<S> };

/** A lazily loaded screen, with the chrome it opens with when that is known from its route. */
interface Loaded<S extends ScreenName> {
  Screen: ScreenOf<S>;
  chrome?: (route: RouteTo<S>) => ScreenChrome | undefined;
}

/** Screens whose code loads when first opened (Home is in the startup bundle). */
const loaders: { [S in ScreenName]?: () => Promise<Loaded<S>> } = {
  progress: () => import('./progress/index.js').then((m) => ({ Screen: m.ProgressScreen })),
  study: () =>
    import('./study/index.js').then((m) => ({ Screen: m.StudyScreen, chrome: m.firstCardChrome })),
  quiz: () => import('./quiz/index.js').then((m) => ({ Screen: m.QuizScreen })),
  mock: () => import('./mock/index.js').then((m) => ({ Screen: m.MockScreen })),
  browse: () => import('./browse/index.js').then((m) => ({ Screen: m.BrowseScreen })),
  sim: () => import('./sim.js').then((m) => ({ Screen: m.SimScreen })),
  settings: () => import('./settings/index.js').then((m) => ({ Screen: m.SettingsScreen })),
};

const chromes: { [S in ScreenName]?: (route: RouteTo<S>) => ScreenChrome | undefined } = {};

const pending: { [S in ScreenName]?: Promise<void> } = {};

/**
 * Loads a screen's code, so that it renders at once when shown. A screen that suspends instead
 * makes React hold the revealed screen back for its fallback throttle (300 ms).
 */
export function preloadScreen(name: ScreenName): Promise<void> {
  const load = loaders[name] as (() => Promise<Loaded<typeof name>>) | undefined;
  if (!load || screens[name] !== suspending[name]) return Promise.resolve();
  pending[name] ??= load().then(({ Screen, chrome }) => {
    if (screens[name] === suspending[name]) (screens as Record<string, unknown>)[name] = Screen;
    if (chrome) (chromes as Record<string, unknown>)[name] = chrome;
  });
  return pending[name];
}

/** Until its code is loaded, each lazy screen suspends while it loads. */
const suspending: Screens = Object.fromEntries(
  Object.keys(loaders).map((name) => [
    name,
    lazy(() =>
      preloadScreen(name as ScreenName).then(() => ({
        default: screens[name as ScreenName] as ComponentType<{ route: never }>,
      })),
    ),
  ]),
);

/**
 * Screens by route name: Home is in the startup bundle, the others are replaced by their loaded
 * component on first use (see preloadScreen). Tests may put in a stand-in or take one out.
 */
export const screens: Screens = { home: Home, ...suspending };

const homeChromes: Partial<Record<ScreenName, ScreenChrome>> = { home: homeChrome };

/**
 * Title and keys known before a screen renders. A screen declares its chrome in a layout
 * effect; when that differs from what the shell had, the shell renders again, and Ink draws
 * that second commit up to a frame (34 ms) later: the first frame would lack the screen's
 * title and keys, and the start would do its layout twice.
 */
export function initialChrome(route: Route): ScreenChrome | undefined {
  const of = chromes[route.screen] as ((r: Route) => ScreenChrome | undefined) | undefined;
  return of ? of(route) : homeChromes[route.screen];
}
