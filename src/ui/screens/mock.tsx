import { Box, Text } from 'ink';
import { useCallback, useMemo, useState } from 'react';
import { loadPrices } from '../../core/content/prices.js';
import type { Bank } from '../../core/content/schema.js';
import { loadStudyBank } from '../../core/memory/study-bank.js';
import { planRound } from '../../core/mock/plan.js';
import { type RoundState, startRound } from '../../core/mock/round.js';
import { chooseQuestions } from '../../core/mock/setup.js';
import { mockChoice } from '../../core/store/settings.js';
import { loadTemplates } from '../../core/templates/load.js';
import { useScreen } from '../navigation.js';
import type { RouteTo } from '../routes.js';
import { useServices } from '../services.js';
import { colors } from '../theme.js';
import { IntroView } from './mock/intro-view.js';
import { ReportView } from './mock/report-view.js';
import { RoundView } from './mock/round-view.js';
import type { RoundOutcome } from './mock/use-round.js';

type Stage =
  | { name: 'intro'; error?: string }
  | { name: 'round'; state: RoundState; bank: Bank }
  | { name: 'report'; outcome: RoundOutcome; bank: Bank };

/** `faas-prep mock`: the intro, the timed round, the report. */
export function MockScreen({ route }: { route: RouteTo<'mock'> }) {
  const services = useServices();
  const setup = useMemo(() => {
    const { args } = route;
    try {
      const { format, minutes } = mockChoice(
        services.store().settings(),
        args.format,
        args.minutes,
      );
      return { plan: planRound(format, minutes), seed: args.seed ?? services.seed };
    } catch (error) {
      return { error: (error as Error).message };
    }
  }, [route, services]);
  const events = useMemo(() => services.store().events(), [services]);
  const [stage, setStage] = useState<Stage>({ name: 'intro' });
  const onDone = useCallback(
    (outcome: RoundOutcome) =>
      setStage((s) => (s.name === 'round' ? { name: 'report', outcome, bank: s.bank } : s)),
    [],
  );

  if ('error' in setup) return <Failed message={setup.error ?? 'bad flags'} />;
  const { plan, seed } = setup;

  const start = () => {
    try {
      // With the templates: they are scheduled items (mastery) and generated estimation questions.
      const { dir, compiled } = services.content;
      const bank = loadStudyBank(dir, compiled);
      const now = services.now();
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
      setStage({ name: 'round', state: startRound(plan, questions, seed, services.now()), bank });
    } catch (error) {
      setStage({ name: 'intro', error: `Cannot start: ${(error as Error).message}` });
    }
  };

  switch (stage.name) {
    case 'intro':
      return (
        <IntroView plan={plan} seed={seed} events={events} error={stage.error} onStart={start} />
      );
    case 'round':
      return <RoundView initial={stage.state} bank={stage.bank} onDone={onDone} />;
    case 'report':
      return <ReportView outcome={stage.outcome} bank={stage.bank} />;
  }
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
