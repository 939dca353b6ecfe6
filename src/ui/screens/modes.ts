import type { Route } from '../navigation.js';

export interface Mode {
  label: string;
  description: string;
  route: Route;
}

const none = { positionals: [], values: {} };

/** The home menu: only modes that work are listed. */
export const modes: Mode[] = [
  {
    label: 'Progress',
    description: 'Where your progress is kept, what it holds, backups',
    route: { screen: 'progress', cmd: none },
  },
];
