import { Text } from 'ink';
import type { RatingPreview } from '../../core/memory/preview.js';
import { colors } from '../theme.js';

const ratingColors = { 1: colors.bad, 2: colors.warn, 3: colors.good, 4: colors.accent } as const;

/** "1 Again 10m · 2 Hard 1d · 3 Good 3d · 4 Easy 8d": each key, its answer and where it sends the card. */
export function RatingRow({ previews }: { previews: RatingPreview[] }) {
  return (
    <Text wrap="truncate-end">
      {previews.map((p, i) => (
        <Text key={p.rating}>
          {i > 0 ? ' · ' : ''}
          <Text bold>{p.rating}</Text> <Text color={ratingColors[p.rating]}>{p.label}</Text>{' '}
          <Text color={colors.dim}>{p.interval}</Text>
        </Text>
      ))}
    </Text>
  );
}
