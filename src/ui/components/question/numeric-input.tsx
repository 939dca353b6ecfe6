import { Box, Text, useInput } from 'ink';
import { useRef, useState } from 'react';
import { significant } from '../../../core/format.js';
import { numberExamples, parseNumberInput } from '../../../core/grading/parse-number.js';
import { bufferText, emptyBuffer, insert, type TextBuffer } from '../../../core/text-buffer.js';
import { colors } from '../../theme.js';
import { editKey, useRawKey } from '../edit-keys.js';
import { Cursor } from '../text-editor.js';

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
 * A typed estimate: 1.5M, 2e6, $103.33, 8,720,000, 30%. ←/→ (Alt: by word), Home/End,
 * Ctrl+A/Ctrl+E move the cursor; Backspace, Delete, Ctrl+W and Ctrl+U delete; Enter submits;
 * what does not parse shows a hint and is not submitted. The screen must set `textEntry`
 * while this is shown, so `?` and `q` are characters.
 */
export function NumericInput({ unit, isActive, onSubmit, onChange }: NumericInputProps) {
  const [buffer, setBuffer] = useState<TextBuffer>(emptyBuffer);
  const [hint, setHint] = useState<string | undefined>();
  // Keys can arrive faster than renders: the handler reads and writes the latest text here.
  const latest = useRef(buffer);
  const raw = useRawKey();
  const change = (next: TextBuffer) => {
    const before = bufferText(latest.current);
    latest.current = next;
    setBuffer(next);
    const text = bufferText(next);
    if (text !== before) {
      setHint(undefined);
      onChange?.(text);
    }
  };

  const submit = (typed: string) => {
    const parsed = parseNumberInput(typed, unit);
    if (parsed.ok) onSubmit(parsed.value, typed);
    else setHint(parsed.hint);
  };

  useInput(
    (input, key) => {
      const b = latest.current;
      if (key.return) return submit(bufferText(b));
      if (key.ctrl && input === 'u') return change(emptyBuffer());
      const edited = editKey(b, input, key, raw.current);
      if (edited) return change(edited);
      if (key.ctrl || key.meta || key.escape || key.tab || !input) return;
      if (key.upArrow || key.downArrow) return;
      // Pasted text can arrive in one piece with its line ending: type it, then submit.
      const [typed = '', ...after] = input.split(/\r\n?|\n/);
      const room = MAX_CHARS - bufferText(b).length;
      const next = insert(b, typed.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, room));
      change(next);
      if (after.length) submit(bufferText(next));
    },
    { isActive },
  );

  const text = bufferText(buffer);
  const parsed = text ? parseNumberInput(text, unit) : undefined;
  const preview =
    parsed?.ok && significant(parsed.value, 6) !== text.trim()
      ? `= ${significant(parsed.value, 6)}`
      : '';
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text color={colors.accent}>› </Text>
        {text.slice(0, buffer.col)}
        {isActive ? <Cursor under={text[buffer.col] ?? ' '} /> : (text[buffer.col] ?? ' ')}
        {text.slice(buffer.col + 1)} <Text color={colors.dim}>{unit}</Text>
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
