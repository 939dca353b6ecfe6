import { type ComponentType, lazy } from 'react';
import type { ScreenChrome } from '../navigation.js';
import type { RouteTo, ScreenName } from '../routes.js';
import { Home, homeChrome } from './home/index.js';

type ScreenOf<S extends ScreenName> = ComponentType<{ route: RouteTo<S> }>;

/** A screen is rendered with its route: what the command line or a menu opened it with. */
export type Screens = { [S in ScreenName]?: ScreenOf<S> };

/** Screens whose code loads when first opened (Home is in the startup bundle). */
const loaders: { [S in ScreenName]?: () => Promise<ScreenOf<S>> } = {
  progress: () => import('./progress/index.js').then((m) => m.ProgressScreen),
  study: () => import('./study/index.js').then((m) => m.StudyScreen),
  quiz: () => import('./quiz/index.js').then((m) => m.QuizScreen),
  mock: () => import('./mock.js').then((m) => m.MockScreen),
  browse: () => import('./browse/index.js').then((m) => m.BrowseScreen),
  sim: () => import('./sim.js').then((m) => m.SimScreen),
  settings: () => import('./settings/index.js').then((m) => m.SettingsScreen),
};

const pending: { [S in ScreenName]?: Promise<void> } = {};

/**
 * Loads a screen's code, so that it renders at once when shown. A screen that suspends instead
 * makes React hold the revealed screen back for its fallback throttle (300 ms).
 */
export function preloadScreen(name: ScreenName): Promise<void> {
  const load = loaders[name] as (() => Promise<ScreenOf<typeof name>>) | undefined;
  if (!load || screens[name] !== suspending[name]) return Promise.resolve();
  pending[name] ??= load().then((screen) => {
    if (screens[name] === suspending[name]) (screens as Record<string, unknown>)[name] = screen;
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

/**
 * Title and keys known before a screen renders. A screen declares its chrome in a layout
 * effect, which re-renders the shell; Ink draws that second commit up to a frame (34 ms)
 * later, so without this the first frame would show a footer without the screen's keys.
 */
export const initialChrome: Partial<Record<ScreenName, ScreenChrome>> = { home: homeChrome };
