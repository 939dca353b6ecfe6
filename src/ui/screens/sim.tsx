// `faas-prep sim [cold-start|connections|cost]` in a terminal, and Simulators on the home
// screen: a chooser of the three simulators, or one of them with the command line's flags.
import { Box, Text } from 'ink';
import { useMemo, useState } from 'react';
import { loadPrices, loadRuntimes } from '../../core/content/prices.js';
import { isSimulator } from '../../sim/flags.js';
import { type SimulatorName, simulatorNames } from '../../sim/help.js';
import type { SimResources } from '../../sim/screen-params.js';
import { Menu, menuKeys } from '../components/menu.js';
import { useScreen } from '../navigation.js';
import { type RouteTo, simRoute } from '../routes.js';
import { useServices } from '../services.js';
import { colors } from '../theme.js';
import { ColdStartScreen } from './sim/cold-start.js';
import { ConnectionsScreen } from './sim/connections.js';
import { CostScreen } from './sim/cost.js';

const choices: Record<SimulatorName, { label: string; description: string }> = {
  'cold-start': {
    label: 'Cold starts',
    description: 'How often requests start cold, how many environments exist, latency',
  },
  connections: {
    label: 'DB connections',
    description: 'Held per environment, per invocation (Erlang B), or via RDS Proxy (Erlang C)',
  },
  cost: {
    label: 'Cost',
    description: 'Lambda against Fargate and EC2 a month, and the break-even volume',
  },
};

function Chooser() {
  const nav = useScreen({
    title: 'Simulators',
    keys: [...menuKeys(simulatorNames.length), { keys: 'Esc', action: 'back' }],
  });
  const [highlighted, setHighlighted] = useState<SimulatorName>(simulatorNames[0]);
  return (
    <Box flexDirection="column">
      <Text>What-if simulators: change a number, watch the results move.</Text>
      <Box marginTop={1}>
        <Menu
          items={simulatorNames.map((name) => ({
            key: name,
            label: choices[name].label,
            value: name,
          }))}
          isFocused={nav.active}
          onHighlight={(item) => setHighlighted(item.value)}
          onSelect={(item) => nav.push(simRoute(item.value))}
        />
      </Box>
      <Box marginTop={1}>
        <Text color={colors.dim} wrap="truncate-end">
          {choices[highlighted].description}
        </Text>
      </Box>
    </Box>
  );
}

function Failed({ message }: { message: string }) {
  useScreen({ title: 'Simulators', keys: [{ keys: 'Esc', action: 'back' }] });
  return (
    <Text color={colors.bad} wrap="wrap">
      {message}
    </Text>
  );
}

function loadResources(dir: string): SimResources | { error: string } {
  try {
    return { prices: loadPrices(dir), runtimes: loadRuntimes(dir) };
  } catch (error) {
    return { error: (error as Error).message.split('\n')[0] ?? 'cannot read the price tables' };
  }
}

export function SimScreen({ route }: { route: RouteTo<'sim'> }) {
  const cmd = route.flags;
  const { dir } = useServices().content;
  const res = useMemo(() => loadResources(dir), [dir]);
  const [name, extra] = cmd.positionals;
  if (name === undefined) return <Chooser />;
  if (!isSimulator(name)) {
    return (
      <Failed message={`Unknown simulator '${name}' (expected ${simulatorNames.join(', ')}).`} />
    );
  }
  if (extra !== undefined) return <Failed message={`sim ${name}: unexpected '${extra}'.`} />;
  if ('error' in res) return <Failed message={res.error} />;
  switch (name) {
    case 'cost':
      return <CostScreen cmd={cmd} res={res} />;
    case 'cold-start':
      return <ColdStartScreen cmd={cmd} res={res} />;
    case 'connections':
      return <ConnectionsScreen cmd={cmd} res={res} />;
  }
}
