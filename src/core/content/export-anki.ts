// `faas-prep export --format anki`: a tab-separated file Anki's text import reads (File >
// Import): front, back, tags; one note a line. Flashcards go as they are, other kinds become
// a question and its answer.
import { formatAnswer } from '../format.js';
import { stableShuffleIndices } from '../stable-shuffle.js';
import { type ClozeSegment, hasCloze, hideCloze, revealCloze } from './cloze.js';
import { type ModelContext, resolveItem } from './model-link.js';
import type { Bank, Item, WeightedPoint } from './schema.js';
import { describeTolerance } from './tolerance.js';

export const ankiHeader = [
  '#separator:tab',
  '#html:true',
  '#notetype:Basic',
  '#deck:faas-prep',
  '#tags column:3',
];

/** Text as HTML: escaped, newlines as <br>, tabs as &#9; (a tab would split the field). */
export function html(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\r\n?|\n/g, '<br>');
}

function para(...parts: Array<string | undefined>): string {
  return parts.filter((p): p is string => Boolean(p)).join('<br><br>');
}

function list(items: string[], ordered = false): string {
  const tag = ordered ? 'ol' : 'ul';
  return `<${tag}>${items.map((i) => `<li>${i}</li>`).join('')}</${tag}>`;
}

const letter = (i: number) => String.fromCharCode(65 + i);

function points(ps: readonly WeightedPoint[]): string {
  return list(ps.map((p) => `${html(p.point)} <i>(weight ${p.weight})</i>`));
}

/** Anki tags: no spaces, so `topic::cold-starts` style. */
export function ankiTags(item: Item): string {
  const clean = (s: string) => s.trim().replace(/\s+/g, '_');
  const tags = [
    'faas-prep',
    `topic::${item.topic}`,
    `kind::${item.kind}`,
    `difficulty::${item.difficulty}`,
    ...(item.correctsMaterial ? ['corrects-material'] : []),
    ...(item.tags ?? []).map(clean),
  ];
  return [...new Set(tags)].join(' ');
}

function clozeHtml(reveal: boolean): (s: ClozeSegment) => string {
  return (s) => {
    if (s.type === 'text') return html(s.text);
    return reveal ? `<b>${html(s.answer)}</b>` : `<b>[${html(s.hint ?? '...')}]</b>`;
  };
}

/** Front and back (HTML) of one item. Model-linked numerics must be resolved first. */
export function ankiNote(item: Item): { front: string; back: string } {
  const explanation = item.explanation ? html(item.explanation) : undefined;
  switch (item.kind) {
    case 'flashcard': {
      if (!hasCloze(item.front))
        return { front: html(item.front), back: para(html(item.back), explanation) };
      const whole = revealCloze(item.front);
      const back = item.back.trim() === whole.trim() ? undefined : html(item.back);
      return {
        front: hideCloze(item.front, clozeHtml(false)),
        back: para(revealCloze(item.front, clozeHtml(true)), back, explanation),
      };
    }
    case 'mcq': {
      const correct = item.choices.flatMap((c, i) => (c.correct ? [letter(i)] : []));
      const whys = item.choices.flatMap((c, i) =>
        !c.correct && c.why ? [`${letter(i)}: ${html(c.why)}`] : [],
      );
      return {
        front: para(
          html(item.prompt),
          item.choices.map((c, i) => `${letter(i)}. ${html(c.text)}`).join('<br>'),
          correct.length > 1 ? '<i>(several answers)</i>' : undefined,
        ),
        back: para(
          `<b>${correct.join(', ')}</b>`,
          explanation,
          whys.length ? list(whys) : undefined,
        ),
      };
    }
    case 'numeric': {
      const answer = item.answer === undefined ? '?' : html(formatAnswer(item.answer, item.unit));
      return {
        front: para(html(item.prompt), `<i>(answer in ${html(item.unit)})</i>`),
        back: para(
          `<b>${answer}</b> <i>(${describeTolerance(item.tolerance)} accepted)</i>`,
          html(item.solution),
          explanation,
        ),
      };
    }
    case 'ordering': {
      const order = stableShuffleIndices(item.steps.length, item.id);
      const labelOf = new Map(order.map((stepIndex, shown) => [stepIndex, letter(shown)]));
      return {
        front: para(
          html(item.prompt),
          order
            .map((stepIndex, shown) => `${letter(shown)}. ${html(item.steps[stepIndex]!)}`)
            .join('<br>'),
        ),
        back: para(
          `<b>${order.length ? item.steps.map((_, i) => labelOf.get(i)).join(', ') : ''}</b>`,
          list(
            item.steps.map((s, i) => `${html(s)} <i>(${labelOf.get(i)})</i>`),
            true,
          ),
          explanation,
        ),
      };
    }
    case 'spot-the-error':
      return {
        front: `True or false: ${html(item.statement)}`,
        back: para(`<b>${item.isTrue ? 'True' : 'False'}.</b>`, html(item.correction), explanation),
      };
    case 'free-response':
      return {
        front: html(item.prompt),
        back: para(
          html(item.modelAnswer),
          `<b>Key points</b>${points(item.keyPoints)}`,
          `<b>Red flags</b>${list(item.redFlags.map(html))}`,
          explanation,
        ),
      };
    case 'scenario': {
      const rubric = Object.entries(item.rubric).map(
        ([dimension, ps]) => `<b>${html(dimension)}</b>${points(ps)}`,
      );
      return {
        front: para(
          html(item.prompt),
          `<b>Constraints</b>${list(item.constraints.map(html))}`,
          `<i>Time box: ${item.timeboxMinutes} minutes</i>`,
        ),
        back: para(html(item.modelAnswer), ...rubric, explanation),
      };
    }
  }
}

/** The whole bank as Anki import text: header lines, then `front<TAB>back<TAB>tags` lines. */
export function bankToAnki(bank: Bank, ctx: ModelContext): string {
  const lines = bank.items.map((raw) => {
    const item = resolveItem(raw, ctx, bank);
    const { front, back } = ankiNote(item);
    // A line starting with '#' would be read as a header.
    const safeFront = front.startsWith('#') ? `&#35;${front.slice(1)}` : front;
    return [safeFront, back, ankiTags(item)].join('\t');
  });
  return `${[...ankiHeader, ...lines].join('\n')}\n`;
}
