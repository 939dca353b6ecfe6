// `faas-prep mock`: the intro, the timed round, the report. Loads what a round needs and wires
// the reducer (state.ts), the keys and writes (use-mock-input.ts) and the view (view.tsx).
import { Box, Text } from 'ink';
import { useState } from 'react';
import { loadPrices } from '../../../core/content/prices.js';
import { isGradable } from '../../../core/grading/types.js';
import { loadStudyBank } from '../../../core/memory/study-bank.js';
import { mockHistory } from '../../../core/mock/history.js';
import { planRound, type RoundPlan } from '../../../core/mock/plan.js';
import { currentQuestion } from '../../../core/mock/round.js';
import { chooseQuestions } from '../../../core/mock/setup.js';
import { mockChoice } from '../../../core/store/settings.js';
import { loadTemplates } from '../../../core/templates/load.js';
import { takesText } from '../../components/question/question-view.js';
import { useTerminalSize } from '../../hooks/use-terminal-size.js';
import { hintsOf } from '../../keys/binding.js';
import { useInputControl } from '../../keys/input-control.js';
import { useLatestReducer } from '../../keys/use-latest-reducer.js';
import { type KeyHelp, useScreen } from '../../navigation.js';
import type { MockArgs, RouteTo } from '../../routes.js';
import { type Services, useServices } from '../../services.js';
import { colors } from '../../theme.js';
import { roundLayout } from './layout.js';
import { type MockAction, type MockState, reduceMock, startMock } from './state.js';
import { mockKeys, useMockInput } from './use-mock-input.js';
import { MockView } from './view.js';

type Setup = { plan: RoundPlan; seed: number } | { error: string };

/** The round's shape from the flags, else from Settings. */
function setupOf(args: MockArgs, services: Services): Setup {
  try {
    const { format, minutes } = mockChoice(services.store().settings(), args.format, args.minutes);
    return { plan: planRound(format, minutes), seed: args.seed ?? services.seed };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

export function MockScreen({ route }: { route: RouteTo<'mock'> }) {
  const services = useServices();
  const [setup] = useState(() => setupOf(route.args, services));
  if ('error' in setup) return <Failed message={setup.error} />;
  return <Mock plan={setup.plan} seed={setup.seed} />;
}

function Failed({ message }: { message: string }) {
  useScreen({ title: 'Mock interview', keys: [{ keys: 'Esc', action: 'back' }] });
  return (
    <Box>
      <Text color={colors.bad} wrap="wrap">
        {message}
      </Text>
    </Box>
  );
}

function titleOf(state: MockState, plan: RoundPlan): string {
  if (state.stage === 'report') return 'Mock interview › Report';
  if (state.stage === 'round') return `Mock interview (${plan.format}, ${plan.minutes} min)`;
  return 'Mock interview';
}

/** Whether the step on screen takes typed text (`q` and `?` are characters then). */
function takesTyping(state: MockState): boolean {
  if (state.stage !== 'round' || state.asking) return false;
  const q = currentQuestion(state.round);
  if (state.step.kind === 'open') return true;
  return (
    state.step.kind === 'question' && q !== undefined && isGradable(q.item) && takesText(q.item)
  );
}

function Mock({ plan, seed }: { plan: RoundPlan; seed: number }) {
  const services = useServices();
  const control = useInputControl();
  const size = useTerminalSize();
  const [rounds] = useState(() => mockHistory(services.store().events()));
  const { state, latest, dispatch, changedByThisKey } = useLatestReducer(reduceMock, startMock);
  const layout = roundLayout(size);

  const running = state.stage === 'round' && state.round.phase !== 'done';
  const asking = state.stage === 'round' ? state.asking : undefined;
  const writing = running && state.stage === 'round' && state.step.kind === 'open';
  const askEnd = () => dispatch({ type: 'ask', what: 'end' });
  const extra: KeyHelp[] = running
    ? asking
      ? []
      : [{ keys: 'Esc', action: 'end' }]
    : [{ keys: 'Esc', action: 'back' }];
  const nav = useScreen({
    title: titleOf(state, plan),
    keys: [...hintsOf(mockKeys(state, layout)), ...extra],
    textEntry: takesTyping(state),
    // A running round asks before it ends (Esc, q); Esc again keeps going.
    ...(running
      ? {
          onEscape: () => {
            const s = latest.current;
            dispatch(
              s.stage === 'round' && s.asking
                ? { type: 'keep-going' }
                : { type: 'ask', what: 'end' },
            );
          },
          quit: { help: 'end', run: askEnd },
        }
      : {}),
    // Ctrl+C while an answer is being written asks first; a second Ctrl+C (or y) quits.
    ...(writing
      ? {
          interrupt: () => {
            const s = latest.current;
            if (s.stage === 'round' && s.asking === 'quit') nav.interrupt();
            else dispatch({ type: 'ask', what: 'quit' });
          },
        }
      : {}),
  });

  const inputs = useMockInput({
    latest,
    dispatch,
    changedByThisKey,
    nav,
    control,
    store: services.store,
    now: services.now,
    layout: () => roundLayout(size),
    begin: (now, read): MockAction => {
      try {
        // With the templates: they are scheduled items (mastery) and generated estimation questions.
        const { dir, compiled } = services.content;
        const bank = loadStudyBank(dir, compiled);
        const questions = chooseQuestions({
          bank,
          events: services.store().events(),
          plan,
          seed,
          now,
          prices: loadPrices(dir),
          templates: loadTemplates(dir, compiled),
        });
        if (!questions.length) throw new Error('the question bank has nothing to ask');
        return { type: 'start', bank, plan, questions, seed, now, read };
      } catch (error) {
        return { type: 'start-failed', message: `Cannot start: ${(error as Error).message}` };
      }
    },
  });

  return (
    <MockView
      state={state}
      plan={plan}
      seed={seed}
      rounds={rounds}
      layout={layout}
      rows={size.rows}
      isActive={nav.active}
      inputs={inputs}
    />
  );
}
