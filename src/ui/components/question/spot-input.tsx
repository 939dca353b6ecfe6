import { Box, Text, useInput } from 'ink';
import { useState } from 'react';
import { colors } from '../../theme.js';
import { useLatest } from './use-latest.js';

export interface SpotInputProps {
  isActive: boolean;
  onSubmit: (saysTrue: boolean) => void;
}

export const SPOT_HEIGHT = 2;

/** True or false: `t` / `f` answer at once; ←/→ choose and Enter answers. */
export function SpotInput({ isActive, onSubmit }: SpotInputProps) {
  const [choice, setChoice, choiceNow] = useLatest<boolean | undefined>(undefined);
  const [warning, setWarning] = useState(false);

  useInput(
    (input, key) => {
      const lower = input.toLowerCase();
      if (lower === 't') onSubmit(true);
      else if (lower === 'f') onSubmit(false);
      else if (key.leftArrow) setChoice(true);
      else if (key.rightArrow) setChoice(false);
      else if (key.return) {
        const chosen = choiceNow.current;
        if (chosen === undefined) setWarning(true);
        else onSubmit(chosen);
      }
    },
    { isActive },
  );

  const button = (label: string, value: boolean) => {
    const on = choice === value;
    return (
      <Text color={on ? colors.accent : undefined} bold={on} inverse={on}>
        {` ${label} `}
      </Text>
    );
  };
  return (
    <Box flexDirection="column">
      <Text>
        {button('True (t)', true)}
        {'   '}
        {button('False (f)', false)}
      </Text>
      <Text color={warning ? colors.warn : colors.dim} wrap="truncate-end">
        {warning
          ? 'Choose with ←/→ first, or press t or f'
          : 't / f answer · ←/→ choose, Enter answer'}
      </Text>
    </Box>
  );
}
