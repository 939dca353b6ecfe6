import { Box, Text } from 'ink';
import { useMemo } from 'react';
import { useScreen } from '../navigation.js';
import { useServices } from '../services.js';
import { colors } from '../theme.js';

/** What is saved and where; how to back it up. */
export function ProgressScreen() {
  useScreen({ title: 'Progress', keys: [{ keys: 'Esc', action: 'back' }] });
  const services = useServices();
  const { store, counts, total } = useMemo(() => {
    const s = services.store();
    const events = s.events();
    const byType = new Map<string, number>();
    for (const e of events) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
    return { store: s, counts: [...byType.entries()].sort(), total: events.length };
  }, [services]);
  const settings = store.settings();
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-middle">
        Saved in <Text color={colors.accent}>{store.dir}</Text>
      </Text>
      <Text>
        {total} event{total === 1 ? '' : 's'} recorded
        {counts.length ? `: ${counts.map(([type, n]) => `${n} ${type}`).join(', ')}` : ''}
      </Text>
      <Text>
        Desired retention {Math.round(settings.desiredRetention * 100)}% · {settings.newPerDay} new
        cards a day
        {settings.interviewDate ? ` · interview on ${settings.interviewDate}` : ''}
      </Text>
      {store.notices.map((n) => (
        <Text key={n} color={colors.warn} wrap="wrap">
          ! {n}
        </Text>
      ))}
      <Box marginTop={1} flexDirection="column">
        <Text color={colors.dim}>Back up: faas-prep progress export FILE</Text>
        <Text color={colors.dim}>Restore: faas-prep progress import FILE</Text>
        <Text color={colors.dim}>Start over (keeps a backup): faas-prep progress reset</Text>
      </Box>
    </Box>
  );
}
