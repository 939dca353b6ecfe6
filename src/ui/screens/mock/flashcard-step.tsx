import { Box, Text, useInput } from 'ink';
import { useRef, useState } from 'react';
import type { FlashcardItem } from '../../../core/content/schema.js';
import type { Rating } from '../../../core/grading/types.js';
import { CardView, cardLines } from '../../components/card-view.js';
import { colors } from '../../theme.js';

interface FlashcardStepProps {
  item: FlashcardItem;
  width: number;
  height: number;
  isActive: boolean;
  onRate: (rating: Rating) => void;
}

const labels = ['Again', 'Hard', 'Good', 'Easy'] as const;
const tones = [colors.bad, colors.warn, colors.good, colors.accent] as const;

/** Rapid-fire flashcard: say the answer, Space reveals it, then rate yourself 1–4. */
export function FlashcardStep({ item, width, height, isActive, onRate }: FlashcardStepProps) {
  const [revealed, setRevealed] = useState(false);
  // The ref sees a reveal at once, so a rating typed right after Space is not lost.
  const shown = useRef(false);
  const [scroll, setScroll] = useState(0);
  useInput(
    (input, key) => {
      if (!shown.current) {
        if (input === ' ' || key.return) {
          shown.current = true;
          setRevealed(true);
        }
        return;
      }
      if (/^[1-4]$/.test(input)) onRate(Number(input) as Rating);
      else if (key.upArrow) setScroll((s) => Math.max(0, s - 1));
      else if (key.downArrow) setScroll((s) => s + 1);
    },
    { isActive },
  );
  const lines = cardLines(item, revealed, width);
  // A blank line above the keys when the card has room to spare.
  const gap = height >= 10 ? 1 : 0;
  return (
    <Box flexDirection="column">
      <CardView lines={lines} height={Math.max(1, height - 1 - gap)} scroll={scroll} />
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
