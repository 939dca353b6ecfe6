// Quoting a user's input inside an error message: at most QUOTE_MAX characters, control
// characters escaped, so a pasted megabyte or a terminal escape never floods or drives the screen.

const QUOTE_MAX = 80;

/** `"abc"` with JSON escapes (\n, \u001b, …), cut to QUOTE_MAX characters with a trailing …. */
export function quoted(text: string, max = QUOTE_MAX): string {
  const chars = Array.from(text);
  const cut = chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
  // JSON escapes C0 controls; C1 controls and DEL are escaped too (they are as unprintable).
  return JSON.stringify(cut).replace(
    /[\u007f-\u009f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
