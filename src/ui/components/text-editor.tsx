import { Box, Text, useInput } from 'ink';
import { useRef, useState } from 'react';
import {
  bufferText,
  emptyBuffer,
  fromText,
  insert,
  isBlank,
  layout,
  newline,
  scrollTop,
  type TextBuffer,
  vertical,
} from '../../core/text-buffer.js';
import { colors, glyphs, plainText } from '../theme.js';
import { editKey, useRawKey } from './edit-keys.js';

export interface TextEditorProps {
  isActive: boolean;
  width: number;
  /** Rows for the text and the hint line under it. */
  height: number;
  initial?: string;
  /** Shown dimmed while the text is empty. */
  placeholder?: string;
  /** Every change, so the caller can keep a draft. */
  onChange?: (text: string) => void;
  onSubmit: (text: string) => void;
  /** Changing it clears the text (to `initial`), keeping the editor and its key handler. */
  resetKey?: string | number;
}

export const EDITOR_SUBMIT_HINT = 'Tab or Ctrl+D: done';

/**
 * A multi-line text editor: typing, Enter for a new line, Backspace and Delete, the arrows
 * (Alt: by word), Home/End and Ctrl+A/Ctrl+E, Ctrl+W; Tab or Ctrl+D submits. Long lines wrap at spaces to the width; the text scrolls to keep the cursor in view.
 * The screen must set `textEntry` while it is shown, so `?` and `q` are characters.
 */
export function TextEditor({
  isActive,
  width,
  height,
  initial,
  placeholder,
  onChange,
  onSubmit,
  resetKey,
}: TextEditorProps) {
  const [buffer, setBuffer] = useState<TextBuffer>(() =>
    initial ? fromText(initial) : emptyBuffer(),
  );
  // The latest buffer, for key handlers that run before React re-renders (pasted bursts).
  const current = useRef(buffer);
  // A new `resetKey` starts a fresh text in the same editor: a remounted one would miss keys
  // typed before its input handler subscribes.
  const top = useRef(0);
  const lastReset = useRef(resetKey);
  if (lastReset.current !== resetKey) {
    lastReset.current = resetKey;
    current.current = initial ? fromText(initial) : emptyBuffer();
    top.current = 0;
  }
  const shownBuffer = current.current;
  const raw = useRawKey();
  const rows = Math.max(1, height - 1);

  const change = (next: TextBuffer) => {
    if (next === current.current) return;
    const textChanged = bufferText(next) !== bufferText(current.current);
    current.current = next;
    setBuffer(next);
    if (textChanged) onChange?.(bufferText(next));
  };

  useInput(
    (input, key) => {
      const b = current.current;
      if (key.tab || (key.ctrl && input === 'd')) {
        onSubmit(bufferText(b));
        return;
      }
      if (key.return) return change(newline(b));
      const edited = editKey(b, input, key, raw.current);
      if (edited) return change(edited);
      if (key.upArrow) return change(vertical(b, width, -1));
      if (key.downArrow) return change(vertical(b, width, 1));
      if (key.ctrl || key.meta || key.escape || !input) return;
      change(insert(b, input));
    },
    { isActive },
  );

  const view = layout(shownBuffer, width);
  top.current = scrollTop(top.current, view.cursorRow, rows);
  const shown = view.rows.slice(top.current, top.current + rows);
  const empty = isBlank(shownBuffer) && shownBuffer.lines.length === 1;
  const above = top.current;
  const below = Math.max(0, view.rows.length - top.current - rows);
  return (
    <Box flexDirection="column">
      {empty && placeholder ? (
        <Text wrap="truncate-end">
          {isActive ? <Cursor under=" " /> : ' '}
          <Text color={colors.dim}>{placeholder}</Text>
        </Text>
      ) : (
        shown.map((r, i) => {
          const index = top.current + i;
          const key = `${r.row}:${r.start}`;
          if (index !== view.cursorRow || !isActive) {
            return (
              <Text key={key} wrap="truncate-end">
                {r.text || ' '}
              </Text>
            );
          }
          const at = view.cursorCol;
          return (
            <Text key={key} wrap="truncate-end">
              {r.text.slice(0, at)}
              <Cursor under={r.text[at] ?? ' '} />
              {r.text.slice(at + 1)}
            </Text>
          );
        })
      )}
      {Array.from(
        { length: Math.max(0, rows - (empty && placeholder ? 1 : shown.length)) },
        (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: blank filler rows
          <Text key={`pad-${i}`}> </Text>
        ),
      )}
      <Text color={colors.dim} wrap="truncate-end">
        {`Enter new line · ${EDITOR_SUBMIT_HINT}`}
        {above || below
          ? ` · ${above ? `${glyphs.up}${above} ` : ''}${below ? `${glyphs.down}${below}` : ''} more`
          : ''}
      </Text>
    </Box>
  );
}

/**
 * The cursor on the character `under` it: shown inverse, or without colours (NO_COLOR,
 * TERM=dumb), where inverse is dropped too, as a bar before the character.
 */
export function Cursor({ under }: { under: string }) {
  if (plainText) return <Text>{`|${under === ' ' ? '' : under}`}</Text>;
  return <Text inverse>{under}</Text>;
}
