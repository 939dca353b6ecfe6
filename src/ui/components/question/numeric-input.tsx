import { Box, Text, useInput } from 'ink';
import { useRef, useState } from 'react';
import { significant } from '../../../core/format.js';
import { numberExamples, parseNumberInput } from '../../../core/grading/parse-number.js';
import { colors } from '../../theme.js';

export interface NumericInputProps {
  unit: string;
  isActive: boolean;
  /** The parsed value and the text as typed. */
  onSubmit: (value: number, typed: string) => void;
  /** Every change of the text, so a caller can keep what is typed (time may run out). */
  onChange?: (typed: string) => void;
}

/** Lines the numeric input uses. */
export const NUMERIC_HEIGHT = 3;

const MAX_CHARS = 32;

/**
 * A typed estimate: 1.5M, 2e6, $103.33, 8,720,000, 30%. Backspace deletes, Ctrl+U clears,
 * Enter submits; what does not parse shows a hint and is not submitted. The screen must set
 * `textEntry` while this is shown, so `?` and `q` are characters.
 */
export function NumericInput({ unit, isActive, onSubmit, onChange }: NumericInputProps) {
  const [text, setTextState] = useState('');
  const [hint, setHint] = useState<string | undefined>();
  // Keys can arrive faster than renders: the handler reads and writes the latest text here.
  const latest = useRef('');
  const setText = (next: string) => {
    if (next === latest.current) return;
    latest.current = next;
    setTextState(next);
    onChange?.(next);
  };

  const submit = (typed: string) => {
    const parsed = parseNumberInput(typed, unit);
    if (parsed.ok) onSubmit(parsed.value, typed);
    else setHint(parsed.hint);
  };

  useInput(
    (input, key) => {
      if (key.return) {
        submit(latest.current);
        return;
      }
      if (key.backspace || key.delete) {
        setText(latest.current.slice(0, -1));
        setHint(undefined);
        return;
      }
      if (key.ctrl && input === 'u') {
        setText('');
        setHint(undefined);
        return;
      }
      if (key.ctrl || key.meta || key.escape || key.tab || !input) return;
      if (key.upArrow || key.downArrow || key.leftArrow || key.rightArrow) return;
      // Pasted text can arrive in one piece with its line ending: type it, then submit.
      const [typed = '', ...after] = input.split(/\r\n?|\n/);
      const printable = typed.replace(/[\u0000-\u001f\u007f]/g, '');
      const next = (latest.current + printable).slice(0, MAX_CHARS);
      setText(next);
      setHint(undefined);
      if (after.length) submit(next);
    },
    { isActive },
  );

  const parsed = text ? parseNumberInput(text, unit) : undefined;
  const preview =
    parsed?.ok && significant(parsed.value, 6) !== text.trim()
      ? `= ${significant(parsed.value, 6)}`
      : '';
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text color={colors.accent}>› </Text>
        {text}
        <Text inverse={isActive}> </Text> <Text color={colors.dim}>{unit}</Text>
      </Text>
      <Text color={colors.dim} wrap="truncate-end">
        {preview || ' '}
      </Text>
      <Text color={hint ? colors.warn : colors.dim} wrap="truncate-end">
        {hint ?? `Type a number (${numberExamples}), Enter to answer`}
      </Text>
    </Box>
  );
}
