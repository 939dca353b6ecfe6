import { type ComponentType, lazy } from 'react';
import type { ScreenChrome } from '../navigation.js';
import type { RouteTo, ScreenName } from '../routes.js';
import { Home, homeChrome } from './home/index.js';

/** A screen is rendered with its route: what the command line or a menu opened it with. */
export type Screens = { [S in ScreenName]?: ComponentType<{ route: RouteTo<S> }> };

/** Screens by route name. Home is in the startup bundle; the others load when first opened. */
export const screens: Screens = {
  home: Home,
  progress: lazy(() => import('./progress/index.js').then((m) => ({ default: m.ProgressScreen }))),
  study: lazy(() => import('./study/index.js').then((m) => ({ default: m.StudyScreen }))),
  quiz: lazy(() => import('./quiz/index.js').then((m) => ({ default: m.QuizScreen }))),
  mock: lazy(() => import('./mock/index.js').then((m) => ({ default: m.MockScreen }))),
  browse: lazy(() => import('./browse/index.js').then((m) => ({ default: m.BrowseScreen }))),
  sim: lazy(() => import('./sim.js').then((m) => ({ default: m.SimScreen }))),
  settings: lazy(() => import('./settings/index.js').then((m) => ({ default: m.SettingsScreen }))),
};

/**
 * Title and keys known before a screen renders. A screen declares its chrome in a layout
 * effect, which re-renders the shell; Ink draws that second commit up to a frame (34 ms)
 * later, so without this the first frame would show a footer without the screen's keys.
 */
export const initialChrome: Partial<Record<ScreenName, ScreenChrome>> = { home: homeChrome };
