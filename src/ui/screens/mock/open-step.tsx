import { Box, Text, useInput } from 'ink';
import { useState } from 'react';
import type { FreeResponseItem, ScenarioItem } from '../../../core/content/schema.js';
import type { OpenDraft } from '../../../core/mock/round.js';
import { type Line, Lines } from '../../components/question/lines.js';
import { wrapText } from '../../components/question/wrap.js';
import { TextEditor } from '../../components/text-editor.js';
import { colors, glyphs } from '../../theme.js';

interface OpenStepProps {
  item: ScenarioItem | FreeResponseItem;
  /** How many of a scenario's probes to ask after the answer. */
  probes: number;
  width: number;
  height: number;
  isActive: boolean;
  onDraft: (draft: OpenDraft) => void;
  onSubmit: (draft: OpenDraft) => void;
}

/** The brief of an open question: the prompt, and a scenario's constraints. */
function briefLines(item: ScenarioItem | FreeResponseItem, width: number): Line[] {
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

/**
 * Writing an open answer: the brief above (PgUp/PgDn scroll it when long), a multi-line editor
 * below. A scenario's follow-up probes come next, one at a time, each with a small editor (or
 * think aloud and Tab on).
 */
export function OpenStep({
  item,
  probes,
  width,
  height,
  isActive,
  onDraft,
  onSubmit,
}: OpenStepProps) {
  const asked = item.kind === 'scenario' ? item.probes.slice(0, probes) : [];
  const [stage, setStage] = useState(0); // 0: the answer; k: probe k
  const [draft, setDraft] = useState<OpenDraft>({ text: '', probes: [] });
  const [top, setTop] = useState(0);

  const brief =
    stage === 0
      ? briefLines(item, width)
      : [
          { text: `Follow-up ${stage} of ${asked.length}`, color: colors.accent },
          ...wrapText(`Interviewer: ${asked[stage - 1]?.question ?? ''}`, width).map((text) => ({
            text,
            bold: true,
          })),
          {
            text: 'Type a short answer, or think aloud and press Tab to go on.',
            color: colors.dim,
          },
        ];
  // The editor keeps a few rows to write in (more for the main answer when there is room).
  const editorMin = stage === 0 ? (height >= 12 ? 6 : 4) : 3;
  const briefRoom = Math.max(2, height - editorMin - 1);
  const overflow = brief.length > briefRoom;
  const view = overflow ? briefRoom - 1 : brief.length;
  const maxTop = Math.max(0, brief.length - view);
  const shownTop = Math.min(top, maxTop);

  useInput(
    (_input, key) => {
      if (key.pageDown) setTop((t) => Math.min(maxTop, t + Math.max(1, view - 1)));
      else if (key.pageUp) setTop((t) => Math.max(0, Math.min(t, maxTop) - Math.max(1, view - 1)));
    },
    { isActive: isActive && overflow },
  );

  const update = (text: string) => {
    const next =
      stage === 0
        ? { ...draft, text }
        : { ...draft, probes: Object.assign([...draft.probes], { [stage - 1]: text }) };
    setDraft(next);
    onDraft(next);
  };
  const submit = (text: string) => {
    const next =
      stage === 0
        ? { ...draft, text }
        : { ...draft, probes: Object.assign([...draft.probes], { [stage - 1]: text }) };
    setDraft(next);
    if (stage < asked.length) {
      onDraft(next);
      setStage(stage + 1);
      setTop(0);
    } else onSubmit(next);
  };

  const shownBrief = brief.slice(shownTop, shownTop + view);
  const below = brief.length - shownTop - view;
  const editorHeight = Math.max(3, height - shownBrief.length - (overflow ? 1 : 0) - 1);
  return (
    <Box flexDirection="column">
      <Lines lines={shownBrief} />
      {overflow ? (
        <Text color={colors.dim} wrap="truncate-end">
          {below > 0
            ? `${glyphs.down} ${below} more line${below === 1 ? '' : 's'} (PgDn)`
            : '(PgUp scrolls back)'}
        </Text>
      ) : null}
      <Text color={colors.dim}>{glyphs.rule.repeat(Math.min(width, 60))}</Text>
      <TextEditor
        resetKey={stage}
        isActive={isActive}
        width={width}
        height={editorHeight}
        placeholder={stage === 0 ? 'Write your answer…' : 'Your answer (optional)…'}
        onChange={update}
        onSubmit={submit}
      />
    </Box>
  );
}
