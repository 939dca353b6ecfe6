// Word wrapping of styled text into lines of a fixed width, so a screen can count its lines and
// keep them inside the frame (Ink's own wrapping cannot tell how many rows it will take).

export interface Span {
  text: string;
  /** Drawn emphasised (e.g. the hidden part of a cloze). */
  mark?: boolean;
}

export type Line = Span[];

/** Splits spans into lines of at most `width` characters, at spaces; longer words are cut. */
export function wrapSpans(spans: readonly Span[], width: number): Line[] {
  const w = Math.max(1, width);
  const lines: Line[] = [];
  let line: Line = [];
  let used = 0;
  const push = (text: string, mark: boolean | undefined) => {
    const last = line[line.length - 1];
    if (last && Boolean(last.mark) === Boolean(mark)) last.text += text;
    else line.push(mark ? { text, mark: true } : { text });
    used += text.length;
  };
  const breakLine = () => {
    const last = line[line.length - 1];
    if (last) last.text = last.text.replace(/ +$/, '');
    lines.push(line.filter((s) => s.text !== ''));
    line = [];
    used = 0;
  };
  for (const span of spans) {
    const paragraphs = span.text.split('\n');
    paragraphs.forEach((paragraph, p) => {
      if (p > 0) breakLine();
      // Words with the spaces after them, so spacing between spans is kept.
      for (const token of paragraph.match(/\S+\s*|\s+/g) ?? []) {
        const word = token.trimEnd();
        if (word === '') {
          if (used > 0 && used < w) push(' ', span.mark);
          continue;
        }
        if (used > 0 && used + word.length > w) breakLine();
        let rest = word;
        while (rest.length > w) {
          if (used > 0) breakLine();
          push(rest.slice(0, w), span.mark);
          breakLine();
          rest = rest.slice(w);
        }
        push(rest, span.mark);
        if (token.length > word.length && used < w) push(' ', span.mark);
      }
    });
  }
  if (line.length > 0 || lines.length === 0) breakLine();
  return lines;
}

export function lineText(line: Line): string {
  return line.map((s) => s.text).join('');
}
