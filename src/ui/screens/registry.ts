import { type ComponentType, lazy } from 'react';
import type { ParsedCommand } from '../../cli/commands.js';
import { Home } from './home.js';

export type ScreenComponent = ComponentType<{ cmd: ParsedCommand }>;

/** Screens by route name. Home is in the startup bundle; the others load when first opened. */
export const screens: Record<string, ScreenComponent> = {
  home: Home,
  progress: lazy(() => import('./progress.js').then((m) => ({ default: m.ProgressScreen }))),
};
