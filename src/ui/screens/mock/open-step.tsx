// Writing an open answer: the brief above (PgUp/PgDn scroll it when long), a multi-line editor
// below. A scenario's follow-up probes come next, one at a time, each with a small editor (or
// think aloud and Tab on). The editor keeps its own text; the round keeps the draft.
import { Box, Text } from 'ink';
import { Lines } from '../../components/question/lines.js';
import { TextEditor } from '../../components/text-editor.js';
import { colors, glyphs } from '../../theme.js';
import type { OpenLayout } from './layout.js';

interface OpenStepProps {
  /** 0: the answer; k: follow-up k. */
  probe: number;
  layout: OpenLayout;
  width: number;
  isActive: boolean;
  onChange: (text: string) => void;
  onSubmit: (text: string) => void;
}

export function OpenStep({ probe, layout, width, isActive, onChange, onSubmit }: OpenStepProps) {
  const { below } = layout;
  return (
    <Box flexDirection="column">
      <Lines lines={layout.brief} />
      {layout.overflow ? (
        <Text color={colors.dim} wrap="truncate-end">
          {below > 0
            ? `${glyphs.down} ${below} more line${below === 1 ? '' : 's'} (PgDn)`
            : '(PgUp scrolls back)'}
        </Text>
      ) : null}
      <Text color={colors.dim}>{glyphs.rule.repeat(Math.min(width, 60))}</Text>
      <TextEditor
        resetKey={probe}
        isActive={isActive}
        width={width}
        height={layout.editorHeight}
        placeholder={probe === 0 ? 'Write your answer…' : 'Your answer (optional)…'}
        onChange={onChange}
        onSubmit={onSubmit}
      />
    </Box>
  );
}
