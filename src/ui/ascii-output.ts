// A locale without UTF-8 (LANG=C) shows any other byte as garbage. Bars, charts, rules and
// arrows already come from theme.glyphs' ASCII set; this stdout is the safety net for the rest
// (a › in a title, a · between key hints, the … Ink puts on a cut line, a × in a note). Each
// character becomes ASCII of the same width, so Ink's layout still lines up.

const NAMED: Record<string, string> = {
  '›': '>',
  '‹': '<',
  '❯': '>',
  '·': '.',
  '•': '*',
  '…': '~',
  '×': 'x',
  '÷': '/',
  '−': '-',
  '–': '-',
  '—': '-',
  '←': '<',
  '→': '>',
  '↑': '^',
  '↓': 'v',
  '↔': '-',
  '≈': '~',
  '≤': '<',
  '≥': '>',
  '≠': '#',
  '\u00a0': ' ',
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  λ: 'L',
  μ: 'u',
  µ: 'u',
  '°': 'o',
  '✓': '+',
  '✔': '+',
  '✗': 'x',
  '✘': 'x',
  '●': '*',
  '○': 'o',
  '░': '.',
  '▒': ':',
  '⌈': '[',
  '⌉': ']',
  '⌊': '[',
  '⌋': ']',
};

const HORIZONTAL = new Set([...'─━═┄┅┈┉╌╍╴╶╸╺']);
const VERTICAL = new Set([...'│┃║┆┇┊┋╎╏╵╷╹╻']);

/** Columns a terminal gives a character: 0 (combining), 2 (East Asian wide, emoji) or 1. */
function columns(code: number): number {
  if ((code >= 0x300 && code <= 0x36f) || (code >= 0xfe00 && code <= 0xfe0f) || code === 0x200d)
    return 0;
  if (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  )
    return 2;
  return 1;
}

/** One non-ASCII character as ASCII of the same width ("?" where no likeness exists). */
function asciiOf(ch: string): string {
  const named = NAMED[ch];
  if (named !== undefined) return named;
  if (HORIZONTAL.has(ch)) return '-';
  if (VERTICAL.has(ch)) return '|';
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x2500 && code <= 0x257f) return '+'; // box corners and joints
  if (code >= 0x2580 && code <= 0x259f) return '#'; // blocks
  return '?'.repeat(columns(code));
}

/** `text` with every non-ASCII character replaced, column for column. */
export function toAscii(text: string): string {
  return text.replace(/[^\x00-\x7f]/gu, asciiOf);
}

/** `stdout` for Ink where the locale has no UTF-8: everything it writes is ASCII. */
export function asciiFrames(stdout: NodeJS.WriteStream): NodeJS.WriteStream {
  const write = (chunk: string | Uint8Array, ...rest: unknown[]) =>
    stdout.write(
      toAscii(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')),
      ...(rest as [() => void]),
    );
  return new Proxy(stdout, {
    get(target, prop) {
      if (prop === 'write') return write;
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
