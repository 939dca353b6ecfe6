// Rapid-fire flashcard: say the answer, Space reveals it, then rate yourself 1–4. Render only.
import { Box, Text } from 'ink';
import type { FlashcardItem } from '../../../core/content/schema.js';
import { CardView, cardLines } from '../../components/card-view.js';
import { colors } from '../../theme.js';
import { cardLayout } from './layout.js';

interface FlashcardStepProps {
  item: FlashcardItem;
  revealed: boolean;
  scroll: number;
  width: number;
  height: number;
}

const labels = ['Again', 'Hard', 'Good', 'Easy'] as const;
const tones = [colors.bad, colors.warn, colors.good, colors.accent] as const;

export function FlashcardStep({ item, revealed, scroll, width, height }: FlashcardStepProps) {
  const { rows, gap } = cardLayout(height);
  return (
    <Box flexDirection="column">
      <CardView lines={cardLines(item, revealed, width)} height={rows} scroll={scroll} />
      {gap ? <Text> </Text> : null}
      {revealed ? (
        <Text wrap="truncate-end">
          {labels.map((l, i) => (
            <Text key={l}>
              {i > 0 ? ' · ' : ''}
              <Text bold>{i + 1}</Text> <Text color={tones[i]}>{l}</Text>
            </Text>
          ))}
        </Text>
      ) : (
        <Text color={colors.dim} wrap="truncate-end">
          Answer out loud, then Space to reveal
        </Text>
      )}
    </Box>
  );
}
