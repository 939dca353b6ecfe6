// How the mock's steps fit the terminal, as pure functions of the state and the size. The views
// draw from them and the input hook reads the same numbers (a scroll's limit, the rubric points
// on screen), so a key never acts on a layout other than the one shown.
import { materialNote } from '../../../core/content/material-note.js';
import type { FlashcardItem } from '../../../core/content/schema.js';
import { currentQuestion, type OpenDraft } from '../../../core/mock/round.js';
import { cardLines, maxScroll } from '../../components/card-view.js';
import type { Line } from '../../components/question/lines.js';
import { listWindow, type WindowRow } from '../../components/question/list-window.js';
import { wrapText } from '../../components/question/wrap.js';
import type { TerminalSize } from '../../hooks/use-terminal-size.js';
import { colors, textWidth } from '../../theme.js';
import { type GradeStep, groupsOf, type OpenItem } from './grade-state.js';
import { isOpen, probesOf, type RoundStage } from './state.js';

export interface RoundLayout {
  width: number;
  /** Rows of the frame's body. */
  body: number;
  /** A blank line under the clock and notice lines, when the terminal has room. */
  gap: number;
  /** Rows for the step under them. */
  height: number;
}

export function roundLayout(size: TerminalSize): RoundLayout {
  const width = textWidth(Math.max(20, size.columns - 1));
  const body = Math.max(6, size.rows - 4);
  const gap = body >= 12 ? 1 : 0;
  return { width, body, gap, height: body - 2 - gap };
}

/** A flashcard's rows: the card, a blank line when there is room, the key line. */
export function cardLayout(height: number): { rows: number; gap: number } {
  const gap = height >= 10 ? 1 : 0;
  return { rows: Math.max(1, height - 1 - gap), gap };
}

export function cardScrollLimit(item: FlashcardItem, width: number, height: number): number {
  return maxScroll(cardLines(item, true, width).length, cardLayout(height).rows);
}

/** The brief of an open question: the prompt, and a scenario's constraints. */
function briefLines(item: OpenItem, width: number): Line[] {
  const out: Line[] = wrapText(item.prompt, width).map((text) => ({ text, bold: true }));
  if (item.kind === 'scenario') {
    out.push({ text: 'Constraints:', color: colors.accent });
    for (const c of item.constraints) {
      wrapText(c, width - 2).forEach((text, i) => {
        out.push({ text: `${i === 0 ? '• ' : '  '}${text}` });
      });
    }
  }
  return out;
}

export interface OpenLayout {
  /** The brief's lines in view. */
  brief: Line[];
  overflow: boolean;
  /** Lines of the brief below the view. */
  below: number;
  maxTop: number;
  /** How far PgUp/PgDn move. */
  pageBy: number;
  editorHeight: number;
}

/**
 * Writing an open answer: the brief above (scrolled to `top` when long), the editor below. At
 * probe k > 0 the brief is the interviewer's follow-up question k.
 */
export function openLayout(
  item: OpenItem,
  asked: readonly string[],
  probe: number,
  top: number,
  width: number,
  height: number,
): OpenLayout {
  const brief =
    probe === 0
      ? briefLines(item, width)
      : [
          { text: `Follow-up ${probe} of ${asked.length}`, color: colors.accent },
          ...wrapText(`Interviewer: ${asked[probe - 1] ?? ''}`, width).map((text) => ({
            text,
            bold: true,
          })),
          {
            text: 'Type a short answer, or think aloud and press Tab to go on.',
            color: colors.dim,
          },
        ];
  // The editor keeps a few rows to write in (more for the main answer when there is room).
  const editorMin = probe === 0 ? (height >= 12 ? 6 : 4) : 3;
  const briefRoom = Math.max(2, height - editorMin - 1);
  const overflow = brief.length > briefRoom;
  const view = overflow ? briefRoom - 1 : brief.length;
  const maxTop = Math.max(0, brief.length - view);
  const shownTop = Math.min(top, maxTop);
  const shown = brief.slice(shownTop, shownTop + view);
  return {
    brief: shown,
    overflow,
    below: brief.length - shownTop - view,
    maxTop,
    pageBy: Math.max(1, view - 1),
    editorHeight: Math.max(3, height - shown.length - (overflow ? 1 : 0) - 1),
  };
}

/** The reference pane: the model answer, red flags (free response) and what you wrote. */
function paneLines(item: OpenItem, draft: OpenDraft, width: number): Line[] {
  const out: Line[] = [];
  if (item.kind === 'free-response') {
    out.push({ text: 'Red flags (did you say any of these?)', color: colors.bad, bold: true });
    for (const f of item.redFlags) {
      wrapText(f, width - 2).forEach((text, i) => {
        out.push({ text: `${i ? '  ' : '✗ '}${text}` });
      });
    }
    out.push({ text: '' });
  }
  out.push({ text: 'Model answer', color: colors.accent, bold: true });
  out.push(...wrapText(item.modelAnswer, width).map((text) => ({ text })));
  const note = materialNote(item);
  if (note) out.push(...wrapText(note, width).map((text) => ({ text, color: colors.warn })));
  out.push({ text: '' }, { text: 'Your answer', color: colors.accent, bold: true });
  const yours = [draft.text, ...draft.probes.map((p, i) => (p ? `Follow-up ${i + 1}: ${p}` : ''))]
    .filter((t) => t.trim())
    .join('\n');
  out.push(
    ...wrapText(yours || '(nothing written)', width).map((text) => ({ text, color: colors.dim })),
  );
  return out;
}

/** Rows for the rubric list: about half the height, all of it when the points fit. */
function listRoomFor(natural: number, height: number): number {
  return Math.max(1, Math.min(natural, Math.max(3, Math.floor((height - 3) * 0.55))));
}

export interface GradeLayout {
  /** The rubric list's rows around the cursor ("↑ N more / ↓ N more" included). */
  rows: WindowRow[];
  /** The current group's points on screen. */
  visible: number[];
  /** The pane's lines on the page shown. */
  pane: Line[];
  pages: number;
  page: number;
}

/** The grading step: the rubric list at the top, the reference pane paged below it. */
export function gradeLayout(
  item: OpenItem,
  draft: OpenDraft,
  step: GradeStep,
  width: number,
  height: number,
): GradeLayout {
  const group = groupsOf(item)[step.group];
  const pointRows = (group?.points ?? []).map((p) => wrapText(p.point, width - 6));
  const natural = pointRows.reduce((sum, r) => sum + r.length, 0);
  const listRoom = listRoomFor(natural, height);
  const list = listWindow(pointRows, step.cursor, listRoom, width - 6);
  const paneRoom = Math.max(2, height - 3 - Math.min(listRoom, list.rows.length));
  const pane = paneLines(item, draft, width);
  const pageSize = Math.max(1, paneRoom - 1);
  const pages = Math.max(1, Math.ceil(pane.length / pageSize));
  const page = Math.min(step.page, pages - 1);
  return {
    rows: list.rows,
    visible: list.visible,
    pane: pane.slice(page * pageSize, (page + 1) * pageSize),
    pages,
    page,
  };
}

const noDraft: OpenDraft = { text: '', probes: [] };

/** The grading step's layout for the round on screen, if it is grading. */
export function gradeLayoutOf(s: RoundStage, layout: RoundLayout): GradeLayout | undefined {
  const q = currentQuestion(s.round);
  if (s.step.kind !== 'grade' || !q || !isOpen(q.item)) return undefined;
  return gradeLayout(q.item, s.round.draft ?? noDraft, s.step, layout.width, layout.height);
}

/** The open step's layout for the round on screen, if an open answer is being written. */
export function openLayoutOf(s: RoundStage, layout: RoundLayout): OpenLayout | undefined {
  const q = currentQuestion(s.round);
  if (s.step.kind !== 'open' || !q || !isOpen(q.item)) return undefined;
  const { probe, top } = s.step;
  return openLayout(q.item, probesOf(s.round), probe, top, layout.width, layout.height);
}
