import type { Route } from '../../navigation.js';

export interface Mode {
  label: string;
  description: string;
  route: Route;
}

const none = { positionals: [], values: {} };

/** The home menu: only modes that work are listed. */
export const modes: Mode[] = [
  {
    label: 'Study',
    description: 'Flashcards with spaced repetition: due cards first, then new ones',
    route: { screen: 'study', cmd: none },
  },
  {
    label: 'Quiz',
    description:
      'Ten questions, due and weak ones first: multiple choice, estimates, ordering, true/false',
    route: { screen: 'quiz', cmd: none },
  },
  {
    label: 'Mock interview',
    description: 'A timed interview round: rapid-fire, estimation, a design scenario, wrap-up',
    route: { screen: 'mock', cmd: none },
  },
  {
    label: 'Simulators',
    description: 'What-if models: cold starts, DB connections, Lambda vs Fargate vs EC2 cost',
    route: { screen: 'sim', cmd: none },
  },
  {
    label: 'Progress',
    description: 'Where your progress is kept, what it holds, backups',
    route: { screen: 'progress', cmd: none },
  },
];
