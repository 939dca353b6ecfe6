// The editing keys shared by the text editor and the numeric input, declared once.
import { type Key, useStdin } from 'ink';
import { useEffect, useRef } from 'react';
import {
  backspace,
  deleteForward,
  deleteWordBefore,
  left,
  lineEnd,
  lineStart,
  right,
  type TextBuffer,
  wordLeft,
  wordRight,
} from '../../core/text-buffer.js';

/** The terminal's Delete key (Ink reports it and Backspace alike, as `delete`). */
export const DELETE_KEY = '\x1b[3~';

/**
 * The buffer after an editing key, or undefined when the key is not one: ←/→ (with Alt: by
 * word, also ESC b / ESC f), Home/End and Ctrl+A/Ctrl+E, Backspace, Delete (forward: `raw` is
 * what the terminal sent, to tell it from Backspace), Ctrl+W (the word before).
 */
export function editKey(
  b: TextBuffer,
  input: string,
  key: Key,
  raw: string | undefined,
): TextBuffer | undefined {
  if (key.leftArrow) return key.meta || key.ctrl ? wordLeft(b) : left(b);
  if (key.rightArrow) return key.meta || key.ctrl ? wordRight(b) : right(b);
  if (key.meta && input === 'b') return wordLeft(b);
  if (key.meta && input === 'f') return wordRight(b);
  if (key.home || (key.ctrl && input === 'a')) return lineStart(b);
  if (key.end || (key.ctrl && input === 'e')) return lineEnd(b);
  if (key.ctrl && input === 'w') return deleteWordBefore(b);
  if (key.delete && raw === DELETE_KEY) return deleteForward(b);
  if (key.backspace || key.delete) return backspace(b);
  return undefined;
}

/**
 * What the terminal sent for the key being handled. Call it before `useInput`: listeners run in
 * the order they subscribed, so this one has seen the key when the input handler runs.
 */
export function useRawKey(): { readonly current: string | undefined } {
  const { internal_eventEmitter: emitter } = useStdin();
  const raw = useRef<string | undefined>(undefined);
  useEffect(() => {
    const onInput = (data: string) => {
      raw.current = data;
    };
    emitter?.on('input', onInput);
    return () => {
      emitter?.removeListener('input', onInput);
    };
  }, [emitter]);
  return raw;
}
