// `faas-prep export --format anki`: a tab-separated file Anki's text import reads (File >
// Import), following the file headers of the Anki manual (docs.ankiweb.net, Importing > Text
// Files > File Headers, Anki 2.1.55+). One note a line: guid, note type, two fields, tags.
// Cloze flashcards become Anki's Cloze note type with their {{c1::...}} kept; every other item
// is a Basic note: flashcards as they are, other kinds a question and its answer. The guid comes
// from the item id, so importing a newer export updates the notes instead of adding copies.
import { formatAnswer } from '../format.js';
import { stableShuffleIndices } from '../stable-shuffle.js';
import { type ClozeSegment, hasCloze, revealCloze } from './cloze.js';
import { type ModelContext, resolveItem } from './model-link.js';
import type { Bank, Item, WeightedPoint } from './schema.js';
import { describeTolerance } from './tolerance.js';

export const ankiHeader = [
  '#separator:tab',
  '#html:true',
  '#guid column:1',
  '#notetype column:2',
  '#deck:faas-prep',
  '#tags column:5',
];

/** Anki's stock note types and what goes in their two fields. */
type AnkiNoteType = 'Basic' | 'Cloze';

interface AnkiNote {
  type: AnkiNoteType;
  /** Basic: Front and Back. Cloze: Text (with its {{cN::...}}) and Back Extra. */
  fields: [string, string];
}

/**
 * The note's guid: the item id under the app's name, so it is stable across content edits and
 * cannot collide with the guids Anki makes (10 random characters).
 */
export function ankiGuid(itemId: string): string {
  return `faas-prep/${itemId}`;
}

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
function ankiTags(item: Item): string {
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

/** A cloze deletion in Anki's own markup, its text escaped: Anki hides and reveals it. */
function ankiCloze(s: ClozeSegment): string {
  if (s.type === 'text') return html(s.text);
  return `{{c${s.n}::${html(s.answer)}${s.hint === undefined ? '' : `::${html(s.hint)}`}}}`;
}

/** The Anki note of one item. Model-linked numerics must be resolved first. */
function ankiNote(item: Item): AnkiNote {
  if (item.kind === 'flashcard' && hasCloze(item.front)) {
    const explanation = item.explanation ? html(item.explanation) : undefined;
    // The back repeats the whole sentence more often than not; Anki already shows it.
    const back = item.back.trim() === revealCloze(item.front).trim() ? undefined : html(item.back);
    return { type: 'Cloze', fields: [revealCloze(item.front, ankiCloze), para(back, explanation)] };
  }
  const { front, back } = basicSides(item);
  return { type: 'Basic', fields: [front, back] };
}

/** Front and back (HTML) of an item shown as a Basic note. */
function basicSides(item: Item): { front: string; back: string } {
  const explanation = item.explanation ? html(item.explanation) : undefined;
  switch (item.kind) {
    case 'flashcard':
      return { front: html(item.front), back: para(html(item.back), explanation) };
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

/**
 * The whole bank as Anki import text: the header lines, then one
 * `guid<TAB>note type<TAB>field 1<TAB>field 2<TAB>tags` line a note. No field holds a tab, a
 * newline or a double quote (html() escapes them), so none needs CSV quoting.
 */
export function bankToAnki(bank: Bank, ctx: ModelContext): string {
  const lines = bank.items.map((raw) => {
    const item = resolveItem(raw, ctx, bank);
    const note = ankiNote(item);
    return [ankiGuid(item.id), note.type, ...note.fields, ankiTags(item)].join('\t');
  });
  return `${[...ankiHeader, ...lines].join('\n')}\n`;
}
