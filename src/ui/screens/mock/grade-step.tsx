import { Box, Text, useInput } from 'ink';
import { useRef, useState } from 'react';
import { materialNote } from '../../../core/content/material-note.js';
import {
  type FreeResponseItem,
  rubricDimensions,
  type ScenarioItem,
  type WeightedPoint,
} from '../../../core/content/schema.js';
import { gradeRubric } from '../../../core/grading/rubric.js';
import type { Grade } from '../../../core/grading/types.js';
import type { OpenDraft, Ticks } from '../../../core/mock/round.js';
import { type Line, Lines } from '../../components/question/lines.js';
import { listWindow } from '../../components/question/list-window.js';
import { wrapText } from '../../components/question/wrap.js';
import { colors, glyphs } from '../../theme.js';

export const dimensionNames: Record<string, string> = {
  requirements: 'Requirements',
  architecture: 'Architecture',
  scaling: 'Scaling',
  failure: 'Failure handling',
  cost: 'Cost',
  observability: 'Observability',
  'key-points': 'Key points',
};

interface Group {
  name: string;
  points: WeightedPoint[];
}

function groupsOf(item: ScenarioItem | FreeResponseItem): Group[] {
  if (item.kind === 'free-response') return [{ name: 'key-points', points: item.keyPoints }];
  return rubricDimensions.map((d) => ({ name: d, points: item.rubric[d] }));
}

/** The reference pane: the model answer, red flags (free response) and what you wrote. */
function paneLines(item: ScenarioItem | FreeResponseItem, draft: OpenDraft, width: number): Line[] {
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

interface GradeState {
  group: number;
  cursor: number;
  ticks: boolean[][];
  /** Points that have been on screen, per group: only those can count as missed. */
  seen: boolean[][];
  page: number;
}

interface GradeStepProps {
  item: ScenarioItem | FreeResponseItem;
  draft: OpenDraft;
  width: number;
  height: number;
  isActive: boolean;
  /** The grade, the ticks and which points were on screen (shaped as the ticks). */
  onDone: (grade: Grade, ticks: Ticks, seen: Ticks) => void;
}

/** Rows for the rubric list: about half the height, all of it when the points fit. */
function listRoomFor(natural: number, height: number): number {
  return Math.max(1, Math.min(natural, Math.max(3, Math.floor((height - 3) * 0.55))));
}

/** Shapes per-group flags as the round stores them: per dimension, or one free-response list. */
function byGroup(
  item: ScenarioItem | FreeResponseItem,
  groups: Group[],
  flags: boolean[][],
): Ticks {
  return item.kind === 'free-response'
    ? (flags[0] ?? [])
    : Object.fromEntries(groups.map((g, gi) => [g.name, flags[gi] ?? []]));
}

/**
 * Self-grading with the clock paused: the rubric dimension by dimension (a free response: its
 * key points), each point a checkbox (↑↓ move, Space tick, Enter next dimension), with the red
 * flags (free response), the model answer and your own answer below (←→ page). A long list
 * scrolls with "↑ N more / ↓ N more"; the grade counts only the points that were on screen.
 */
export function GradeStep({ item, draft, width, height, isActive, onDone }: GradeStepProps) {
  const groups = groupsOf(item);
  // Kept in a ref as well as in state: keys typed faster than React re-renders (a held arrow,
  // Space right after ↓) must act on the latest position, not the one last drawn.
  const [view, setView] = useState<GradeState>(() => ({
    group: 0,
    cursor: 0,
    ticks: groups.map((g) => g.points.map(() => false)),
    seen: groups.map((g) => g.points.map(() => false)),
    page: 0,
  }));
  const latest = useRef(view);
  const update = (fn: (s: GradeState) => GradeState) => {
    latest.current = fn(latest.current);
    setView(latest.current);
  };
  const { group, cursor, ticks, page } = view;

  const current = groups[group] ?? groups[0]!;
  const pointRows = current.points.map((p) => wrapText(p.point, width - 6));
  const natural = pointRows.reduce((sum, r) => sum + r.length, 0);
  const listRoom = listRoomFor(natural, height);
  const list = listWindow(pointRows, cursor, listRoom, width - 6);
  // Marks what this frame shows; the ref is read when grading finishes.
  for (const i of list.visible) {
    const row = latest.current.seen[group];
    if (row && !row[i]) row[i] = true;
  }

  const paneRoom = Math.max(2, height - 3 - Math.min(listRoom, list.rows.length));
  const pane = paneLines(item, draft, width);
  const pageSize = Math.max(1, paneRoom - 1);
  const pages = Math.max(1, Math.ceil(pane.length / pageSize));
  const shownPage = Math.min(page, pages - 1);

  useInput(
    (input, key) => {
      const s = latest.current;
      const size = groups[s.group]?.points.length ?? 1;
      if (key.upArrow) update((v) => ({ ...v, cursor: (v.cursor - 1 + size) % size }));
      else if (key.downArrow) update((v) => ({ ...v, cursor: (v.cursor + 1) % size }));
      else if (input === ' ') {
        update((v) => ({
          ...v,
          ticks: v.ticks.map((g, gi) =>
            gi === v.group ? g.map((t, i) => (i === v.cursor ? !t : t)) : g,
          ),
        }));
      } else if (key.rightArrow || key.pageDown) {
        update((v) => ({ ...v, page: Math.min(pages - 1, v.page + 1) }));
      } else if (key.leftArrow || key.pageUp)
        update((v) => ({ ...v, page: Math.max(0, v.page - 1) }));
      else if (key.return) {
        if (s.group < groups.length - 1) {
          update((v) => ({ ...v, group: v.group + 1, cursor: 0 }));
          return;
        }
        // Graded on what was on screen: a point never shown is neither covered nor missed.
        const shown = groups.flatMap((g, gi) => g.points.map((_, i) => Boolean(s.seen[gi]?.[i])));
        const flat = groups.flatMap((g, gi) => g.points.map((_, i) => Boolean(s.ticks[gi]?.[i])));
        const all = groups.flatMap((g) => g.points);
        const judged = all.some((p, i) => shown[i] && p.weight > 0) ? shown : all.map(() => true);
        onDone(
          gradeRubric(
            all.filter((_, i) => judged[i]),
            flat.filter((_, i) => judged[i]),
          ),
          byGroup(item, groups, s.ticks),
          byGroup(item, groups, s.seen),
        );
      }
    },
    { isActive },
  );

  const rows: Line[] = list.rows.map((r) => {
    if (r.entry === undefined) return { text: `      ${r.text}`, color: colors.dim };
    const here = r.entry === cursor;
    const box = ticks[group]?.[r.entry] ? '[x]' : '[ ]';
    return {
      text: r.part === 0 ? `${here ? '❯' : ' '} ${box} ${r.text}` : `      ${r.text}`,
      color: here ? colors.accent : undefined,
    };
  });
  const title = `Grade yourself · ${dimensionNames[current.name] ?? current.name}${groups.length > 1 ? ` (${group + 1} of ${groups.length})` : ''} · tick what you covered`;
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">
        {title}
      </Text>
      <Lines lines={rows} />
      <Text color={colors.dim} wrap="truncate-end">
        ↑↓ point · Space tick · Enter {group < groups.length - 1 ? 'next dimension' : 'finish'} · ←→
        page
      </Text>
      <Text color={colors.dim}>{glyphs.rule.repeat(Math.min(width, 60))}</Text>
      <Lines lines={pane.slice(shownPage * pageSize, (shownPage + 1) * pageSize)} />
      {pages > 1 ? (
        <Text color={colors.dim} wrap="truncate-end">
          page {shownPage + 1} of {pages} (←→)
        </Text>
      ) : null}
    </Box>
  );
}
