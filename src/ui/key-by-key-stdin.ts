// The one place where keys that arrive together are taken apart. Ink hands a run of plain
// characters read at once to input handlers as a single "paste", so keys typed while the app
// was busy ("qq", "2\r", " 3") would never reach a handler waiting for `q`, a digit or Enter.
// This stdin gives Ink one key per read: a character, or a whole escape sequence. A paste is
// told apart by bracketed paste (the terminal wraps it in ESC[200~ … ESC[201~, enabled by
// `PASTE_ON`), not by its length, and reaches Ink whole, for the text editor.
//
// It also lets a screen hold input while it loads: keys stay in stdin and are read once it is
// ready, instead of being dropped by a screen that has no handler yet. A hold may let through
// the keys that leave the screen (q, Esc), so a long computation can still be left at once.

import type { InputControl } from './keys/input-control.js';

export const PASTE_ON = '\x1b[?2004h';
export const PASTE_OFF = '\x1b[?2004l';
const PASTE_START = '\x1b[200~';
const PASTE_END = '\x1b[201~';
const CTRL_C = '\x03';
/** A longer paste is cut here: every input is bounded. */
export const MAX_PASTE = 64 * 1024;

interface KeySplitter {
  /** The pieces Ink should read for this chunk from the terminal. */
  push(chunk: string): string[];
}

/** Where the escape sequence starting at `i` ends (exclusive); undefined if the chunk ends first. */
function sequenceEnd(text: string, i: number): number | undefined {
  const kind = text[i + 1];
  if (kind === undefined) return i + 1; // a lone Esc
  if (kind === '[') {
    // CSI: parameter and intermediate bytes, then one final byte (@ to ~). ESC[[A is legacy.
    let j = i + 2;
    if (text[j] === '[') j++;
    for (; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (c >= 0x40 && c <= 0x7e) return j + 1;
      if (c < 0x20 || c > 0x3f) return j; // malformed: stop before the stray byte
    }
    return undefined;
  }
  if (kind === 'O') return i + 3 <= text.length ? i + 3 : undefined;
  if (kind === '\x1b') {
    const inner = sequenceEnd(text, i + 1);
    return inner === undefined ? undefined : inner;
  }
  // Alt+key: ESC and one code point.
  const cp = text.codePointAt(i + 1) ?? 0;
  return i + 1 + (cp > 0xffff ? 2 : 1);
}

export function createKeySplitter(): KeySplitter {
  let paste: string | undefined;
  /** An escape sequence cut off at the end of the last chunk. */
  let carry = '';
  return {
    push(chunk) {
      const text = carry + chunk;
      carry = '';
      const out: string[] = [];
      let i = 0;
      while (i < text.length) {
        if (paste !== undefined) {
          const end = text.indexOf(PASTE_END, i);
          const body = text.slice(i, end === -1 ? text.length : end);
          paste = (paste + body).slice(0, MAX_PASTE);
          if (end === -1) {
            // The end marker may be split across reads: keep its start for the next chunk.
            const partial = partialSuffix(paste, PASTE_END);
            if (partial) {
              carry = paste.slice(-partial);
              paste = paste.slice(0, -partial);
            }
            return out;
          }
          if (paste) out.push(paste);
          paste = undefined;
          i = end + PASTE_END.length;
          continue;
        }
        if (text[i] === '\x1b') {
          const end = sequenceEnd(text, i);
          if (end === undefined) {
            carry = text.slice(i);
            return out;
          }
          const seq = text.slice(i, end);
          if (seq === PASTE_START) paste = '';
          else out.push(seq);
          i = end;
          continue;
        }
        const cp = text.codePointAt(i) ?? 0;
        const next = i + (cp > 0xffff ? 2 : 1);
        out.push(text.slice(i, next));
        i = next;
      }
      return out;
    },
  };
}

/** The length of the longest end of `text` that `marker` starts with (0: none). */
function partialSuffix(text: string, marker: string): number {
  for (let n = Math.min(marker.length - 1, text.length); n > 0; n--) {
    if (marker.startsWith(text.slice(-n))) return n;
  }
  return 0;
}

/** A hold's rule for keys that act at once; the keys typed before such a key are dropped. */
type Passes = (key: string) => boolean;

interface KeyStdin extends InputControl {
  /** `stdin` as Ink uses it (events, raw mode, `read()`), one key per read. */
  stream: NodeJS.ReadStream;
}

export function keyByKeyStdin(stdin: NodeJS.ReadStream): KeyStdin {
  /** Keys not yet handed to Ink, each with the number of the read it came in. */
  const queue: Array<{ key: string; read: number }> = [];
  const splitter = createKeySplitter();
  /** The active holds, each with the keys it lets through (none: only Ctrl+C). */
  const holds = new Set<{ passes?: Passes }>();
  let keys = 0;
  let reads = 0;
  /** The read the key last handed out came in. */
  let keyRead = 0;
  const hand = (at: number): string | undefined => {
    const [entry] = queue.splice(at, 1);
    if (!entry) return undefined;
    keys++;
    keyRead = entry.read;
    return entry.key;
  };
  const read = (size?: number): unknown => {
    // Everything the terminal sent goes into the queue, split into keys.
    for (;;) {
      const chunk: unknown = stdin.read(size);
      if (chunk === null || chunk === undefined) break;
      if (typeof chunk !== 'string') return chunk;
      reads++;
      for (const key of splitter.push(chunk)) queue.push({ key, read: reads });
    }
    if (holds.size > 0) {
      // Held (a screen is loading): Ctrl+C still quits at once, and a key every hold lets
      // through (one that leaves the screen) acts now; other keys wait their turn.
      const at = queue.findIndex(
        (e) => e.key === CTRL_C || [...holds].every((h) => h.passes?.(e.key) ?? false),
      );
      if (at === -1) return null;
      if (queue[at]?.key === CTRL_C) return hand(at);
      // What was typed before it was meant for the screen it leaves.
      queue.splice(0, at);
      return hand(0) ?? null;
    }
    return hand(0) ?? null;
  };
  const stream = new Proxy(stdin, {
    get(target, property) {
      if (property === 'read') return read;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {
    stream,
    keys: () => keys,
    reads: () => keyRead,
    hold(passes?: Passes) {
      const hold = { passes };
      holds.add(hold);
      return () => {
        if (!holds.delete(hold)) return;
        // Ink reads on 'readable'; what waited is read now (not inside React's commit).
        if (holds.size === 0) setImmediate(() => stdin.emit('readable'));
      };
    },
  };
}
