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
import { clipLines, wrapText } from '../../components/question/wrap.js';
import { colors } from '../../theme.js';

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
  page: number;
}

interface GradeStepProps {
  item: ScenarioItem | FreeResponseItem;
  draft: OpenDraft;
  width: number;
  height: number;
  isActive: boolean;
  onDone: (grade: Grade, ticks: Ticks) => void;
}

/**
 * Self-grading with the clock paused: the rubric dimension by dimension (a free response: its
 * key points), each point a checkbox (↑↓ move, Space tick, Enter next dimension), with the red
 * flags (free response), the model answer and your own answer below (←→ page).
 */
export function GradeStep({ item, draft, width, height, isActive, onDone }: GradeStepProps) {
  const groups = groupsOf(item);
  // Kept in a ref as well as in state: keys typed faster than React re-renders (a held arrow,
  // Space right after ↓) must act on the latest position, not the one last drawn.
  const [view, setView] = useState<GradeState>(() => ({
    group: 0,
    cursor: 0,
    ticks: groups.map((g) => g.points.map(() => false)),
    page: 0,
  }));
  const latest = useRef(view);
  const update = (fn: (s: GradeState) => GradeState) => {
    latest.current = fn(latest.current);
    setView(latest.current);
  };
  const { group, cursor, ticks, page } = view;

  const current = groups[group] ?? groups[0]!;
  const n = current.points.length;

  const pointRows = current.points.map((p) => wrapText(p.point, width - 6));
  // Points other than the cursor's show one line each; the cursor's shows all of its lines.
  const pointsNatural = n - 1 + (pointRows[cursor]?.length ?? 1);
  // About half the height for the points (all of them when they fit), the rest for the pane.
  const listRoom = Math.max(
    1,
    Math.min(pointsNatural, Math.max(Math.min(n, height - 5), Math.floor((height - 3) * 0.55))),
  );
  const paneRoom = Math.max(2, height - 2 - listRoom - 1);
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
        const flat = groups.flatMap((g, gi) => g.points.map((_, i) => Boolean(s.ticks[gi]?.[i])));
        const all = groups.flatMap((g) => g.points);
        const out: Ticks =
          item.kind === 'free-response'
            ? (s.ticks[0] ?? [])
            : Object.fromEntries(groups.map((g, gi) => [g.name, s.ticks[gi] ?? []]));
        onDone(gradeRubric(all, flat), out);
      }
    },
    { isActive },
  );

  // Share the list's lines so the cursor's point is always whole.
  const rows: Line[] = [];
  pointRows.forEach((wrapped, i) => {
    const here = i === cursor;
    const box = ticks[group]?.[i] ? '[x]' : '[ ]';
    const maxLines = here ? wrapped.length : 1;
    clipLines(wrapped, maxLines, width - 6).forEach((text, k) => {
      rows.push({
        text: k === 0 ? `${here ? '❯' : ' '} ${box} ${text}` : `      ${text}`,
        color: here ? colors.accent : undefined,
      });
    });
  });
  // Points other than the cursor's take one line each, so the cursor's starts at line `cursor`.
  const listTop = Math.max(0, Math.min(cursor, rows.length - listRoom));
  const title = `Grade yourself · ${dimensionNames[current.name] ?? current.name}${groups.length > 1 ? ` (${group + 1} of ${groups.length})` : ''} · tick what you covered`;
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">
        {title}
      </Text>
      <Lines lines={rows.slice(listTop, listTop + listRoom)} />
      <Text color={colors.dim} wrap="truncate-end">
        ↑↓ point · Space tick · Enter {group < groups.length - 1 ? 'next dimension' : 'finish'} · ←→
        page
      </Text>
      <Text color={colors.dim}>{'─'.repeat(Math.min(width, 60))}</Text>
      <Lines lines={pane.slice(shownPage * pageSize, (shownPage + 1) * pageSize)} />
      {pages > 1 ? (
        <Text color={colors.dim} wrap="truncate-end">
          page {shownPage + 1} of {pages} (←→)
        </Text>
      ) : null}
    </Box>
  );
}
