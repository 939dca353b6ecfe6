// Word wrapping done here rather than by Ink, so a component knows how many lines its text
// takes and can fit (clip or scroll) the space it has.

/** `text` broken into lines of at most `width` characters, at spaces where possible. */
export function wrapText(text: string, width: number): string[] {
  const w = Math.max(1, Math.floor(width));
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let rest = word;
      while (rest.length > w) {
        if (line) {
          out.push(line);
          line = '';
        }
        out.push(rest.slice(0, w));
        rest = rest.slice(w);
      }
      if (!line) line = rest;
      else if (line.length + 1 + rest.length <= w) line += ` ${rest}`;
      else {
        out.push(line);
        line = rest;
      }
    }
    out.push(line);
  }
  return out;
}

/** At most `max` lines; when some are cut, the last one kept ends in "…". */
export function clipLines(lines: readonly string[], max: number, width: number): string[] {
  const n = Math.max(0, Math.floor(max));
  if (lines.length <= n) return [...lines];
  if (n === 0) return [];
  const kept = lines.slice(0, n);
  const last = kept[n - 1] ?? '';
  kept[n - 1] = `${last.length >= width ? last.slice(0, Math.max(0, width - 1)) : last}…`;
  return kept;
}

/** Wrapped to `width` with `indent` spaces before every line, then clipped to `max` lines. */
export function fitText(text: string, width: number, max: number, indent = 0): string[] {
  const pad = ' '.repeat(indent);
  return clipLines(wrapText(text, width - indent), max, width - indent).map((l) => pad + l);
}
