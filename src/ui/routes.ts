// The screens of the app and what each is opened with. The command line parses and checks its
// flags once (src/cli/*-args.ts) and hands a screen its route; screens never read raw flags,
// except the simulators, whose flags are their parameters (checked by src/sim).
import type { MockFormat } from '../core/mock/plan.js';
import type { QuizKind } from '../core/quiz/kinds.js';

/** Arguments as `node:util` parseArgs returns them. */
export interface Flags {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

export interface StudyArgs {
  topic?: string;
  /** `--new N`: new cards in this session, instead of what is left of today's limit. */
  newCards?: number;
  /** `--ahead`: when nothing is due, cards not yet due (cramming before an interview). */
  ahead: boolean;
}

export interface QuizArgs {
  topic?: string;
  /** `estimate`: generated questions only (see core/quiz/prepare.ts). */
  kind?: QuizKind;
  count: number;
  /** Fixes which questions are drawn and their numbers. */
  seed?: number;
}

export const DEFAULT_QUIZ_COUNT = 10;

export interface MockArgs {
  /** Undefined: the format and length in the settings (`mockChoice`). */
  format?: MockFormat;
  minutes?: number;
  seed?: number;
  history: boolean;
  json: boolean;
}

export type Route =
  | { screen: 'home' }
  | { screen: 'study'; args: StudyArgs }
  | { screen: 'quiz'; args: QuizArgs }
  | { screen: 'mock'; args: MockArgs }
  | { screen: 'sim'; flags: Flags }
  | { screen: 'progress' }
  | { screen: 'browse' }
  | { screen: 'settings' };

export type ScreenName = Route['screen'];
export type RouteTo<S extends ScreenName> = Extract<Route, { screen: S }>;

export const homeRoute: Route = { screen: 'home' };

/** The Simulators list, or one simulator by name. */
export function simRoute(name?: string): Route {
  return { screen: 'sim', flags: { positionals: name ? [name] : [], values: {} } };
}

/** The seed a route asks for (`--seed`), if any. */
export function seedOf(route: Route): number | undefined {
  return route.screen === 'quiz' || route.screen === 'mock' ? route.args.seed : undefined;
}
