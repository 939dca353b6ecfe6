// Ink hands a run of plain characters that arrives in one read to input handlers as a single
// "paste". Keys typed while the app is busy for a moment arrive that way too ("qq", "2\r",
// " 3"), and a handler waiting for `q`, a digit or Enter never sees them. This stdin gives
// Ink a short run one character at a time, so each key is handled as a key (Ink's own parser
// still joins escape sequences back together); a long run, a real paste, stays whole for the
// text editor.

/** Runs up to this many characters are keys typed in a burst; longer ones are pastes. */
export const BURST_LIMIT = 16;

/** The pieces Ink should read for one chunk from the terminal. */
export function splitBurst(chunk: string): string[] {
  const chars = [...chunk];
  return chars.length > 1 && chars.length <= BURST_LIMIT ? chars : [chunk];
}

/** `stdin` as Ink uses it (events, raw mode, `read()`), with bursts split by `splitBurst`. */
export function keyByKeyStdin(stdin: NodeJS.ReadStream): NodeJS.ReadStream {
  const queue: string[] = [];
  const read = (size?: number): unknown => {
    if (queue.length > 0) return queue.shift();
    const chunk: unknown = stdin.read(size);
    if (typeof chunk !== 'string') return chunk;
    const [first, ...rest] = splitBurst(chunk);
    queue.push(...rest);
    return first;
  };
  return new Proxy(stdin, {
    get(target, property) {
      if (property === 'read') return read;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
