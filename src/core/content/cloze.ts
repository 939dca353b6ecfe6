// Cloze deletions in a flashcard's front: `{{c1::hidden text}}` or `{{c1::hidden text::hint}}`.

export type ClozeSegment =
  | { type: 'text'; text: string }
  | { type: 'cloze'; n: number; answer: string; hint?: string };

type ClozeParse = { ok: true; segments: ClozeSegment[] } | { ok: false; error: string };

const clozeBody = /^c([1-9]\d*)::([\s\S]*?)(?:::([\s\S]*))?$/;

/** Splits text into plain and cloze segments, or says what is malformed. */
export function parseCloze(text: string): ClozeParse {
  const segments: ClozeSegment[] = [];
  let pos = 0;
  while (pos < text.length) {
    const open = text.indexOf('{{', pos);
    const strayClose = text.indexOf('}}', pos);
    if (strayClose !== -1 && (open === -1 || strayClose < open)) {
      return { ok: false, error: `"}}" without an opening "{{" at character ${strayClose + 1}` };
    }
    if (open === -1) {
      segments.push({ type: 'text', text: text.slice(pos) });
      break;
    }
    if (open > pos) segments.push({ type: 'text', text: text.slice(pos, open) });
    const close = text.indexOf('}}', open + 2);
    if (close === -1) return { ok: false, error: `"{{" at character ${open + 1} is never closed` };
    const body = text.slice(open + 2, close);
    if (body.includes('{{')) return { ok: false, error: 'cloze deletions cannot be nested' };
    const m = clozeBody.exec(body);
    if (!m) {
      return { ok: false, error: `"{{${body}}}" is not a cloze; write {{c1::hidden text}}` };
    }
    const answer = m[2]!.trim();
    if (!answer) return { ok: false, error: `"{{${body}}}" hides nothing` };
    const hint = m[3]?.trim();
    if (m[3] !== undefined && !hint) return { ok: false, error: `"{{${body}}}" has an empty hint` };
    segments.push(
      hint
        ? { type: 'cloze', n: Number(m[1]), answer, hint }
        : { type: 'cloze', n: Number(m[1]), answer },
    );
    pos = close + 2;
  }
  return { ok: true, segments };
}

export function hasCloze(text: string): boolean {
  return text.includes('{{');
}

function segmentsOf(text: string): ClozeSegment[] {
  const parsed = parseCloze(text);
  if (!parsed.ok) throw new Error(`malformed cloze: ${parsed.error}`);
  return parsed.segments;
}

/** The question side: every deletion shown as `[...]` (or `[hint]`). */
export function hideCloze(
  text: string,
  render: (s: ClozeSegment) => string = defaultRender(false),
): string {
  return segmentsOf(text).map(render).join('');
}

/** The answer side: the whole sentence. */
export function revealCloze(
  text: string,
  render: (s: ClozeSegment) => string = defaultRender(true),
): string {
  return segmentsOf(text).map(render).join('');
}

function defaultRender(reveal: boolean): (s: ClozeSegment) => string {
  return (s) => {
    if (s.type === 'text') return s.text;
    if (reveal) return s.answer;
    return `[${s.hint ?? '...'}]`;
  };
}
