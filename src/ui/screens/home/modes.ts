import { DEFAULT_QUIZ_COUNT, type Route, simRoute } from '../../routes.js';

export interface Mode {
  label: string;
  description: string;
  route: Route;
}

/** The home menu: only modes that work are listed. */
export const modes: Mode[] = [
  {
    label: 'Study',
    description: 'Flashcards with spaced repetition: due cards first, then new ones',
    route: { screen: 'study', args: { ahead: false } },
  },
  {
    label: 'Quiz',
    description:
      'Ten questions, due and weak ones first: multiple choice, estimates, ordering, true/false',
    route: { screen: 'quiz', args: { count: DEFAULT_QUIZ_COUNT } },
  },
  {
    label: 'Mock interview',
    description: 'A timed interview round: rapid-fire, estimation, a design scenario, wrap-up',
    // The format and length come from the settings when the screen opens.
    route: { screen: 'mock', args: { history: false, json: false } },
  },
  {
    label: 'Simulators',
    description: 'What-if models: cold starts, DB connections, Lambda vs Fargate vs EC2 cost',
    route: simRoute(),
  },
  {
    label: 'Browse',
    description: 'Every item: search, details (due, stability, lapses), suspend, bury, flag, edit',
    route: { screen: 'browse' },
  },
  {
    label: 'Settings',
    description: 'Desired retention, new cards a day, interview date, mock interview length',
    route: { screen: 'settings' },
  },
  {
    label: 'Progress',
    description: 'Where your progress is kept, what it holds, backups',
    route: { screen: 'progress' },
  },
];
