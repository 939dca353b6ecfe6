/**
 * Quotes a piece of user input for an error message: at most `max` characters (an ellipsis
 * marks the cut), control characters escaped, so a hostile or binary file cannot flood the
 * terminal or move its cursor.
 */
export function quote(input: unknown, max = 80): string {
  const text = typeof input === 'string' ? input : (JSON.stringify(input) ?? String(input));
  let out = '';
  let count = 0;
  for (const ch of text) {
    if (count >= max) return `'${out}…'`;
    out += escapeChar(ch);
    count++;
  }
  return `'${out}'`;
}

const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', "'": "\\'" };

function escapeChar(ch: string): string {
  const short = named[ch];
  if (short) return short;
  const code = ch.codePointAt(0) ?? 0;
  // C0, DEL and C1 controls (ESC starts cursor movement), line/paragraph separators and the
  // bidirectional overrides that make text display in another order than it reads.
  if (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  ) {
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  }
  return ch;
}
