// Self-grading with the clock paused: the rubric dimension by dimension (a free response: its
// key points), each point a checkbox, with the red flags (free response), the model answer and
// your own answer paged below. A long list scrolls with "↑ N more / ↓ N more". Render only.
import { Box, Text } from 'ink';
import { type Line, Lines } from '../../components/question/lines.js';
import { colors, glyphs } from '../../theme.js';
import {
  dimensionNames,
  type GradeStep as GradeState,
  groupsOf,
  type OpenItem,
} from './grade-state.js';
import type { GradeLayout } from './layout.js';

interface GradeStepProps {
  item: OpenItem;
  step: GradeState;
  layout: GradeLayout;
  width: number;
}

export function GradeStep({ item, step, layout, width }: GradeStepProps) {
  const groups = groupsOf(item);
  const { group, cursor, ticks } = step;
  const current = groups[group] ?? groups[0];
  const rows: Line[] = layout.rows.map((r) => {
    if (r.entry === undefined) return { text: `      ${r.text}`, color: colors.dim };
    const here = r.entry === cursor;
    const box = ticks[group]?.[r.entry] ? '[x]' : '[ ]';
    return {
      text: r.part === 0 ? `${here ? '❯' : ' '} ${box} ${r.text}` : `      ${r.text}`,
      color: here ? colors.accent : undefined,
    };
  });
  const name = current ? (dimensionNames[current.name] ?? current.name) : '';
  const of = groups.length > 1 ? ` (${group + 1} of ${groups.length})` : '';
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">
        Grade yourself · {name}
        {of} · tick what you covered
      </Text>
      <Lines lines={rows} />
      <Text color={colors.dim} wrap="truncate-end">
        ↑↓ point · Space tick · Enter {group < groups.length - 1 ? 'next dimension' : 'finish'} · ←→
        page
      </Text>
      <Text color={colors.dim}>{glyphs.rule.repeat(Math.min(width, 60))}</Text>
      <Lines lines={layout.pane} />
      {layout.pages > 1 ? (
        <Text color={colors.dim} wrap="truncate-end">
          page {layout.page + 1} of {layout.pages} (←→)
        </Text>
      ) : null}
    </Box>
  );
}
