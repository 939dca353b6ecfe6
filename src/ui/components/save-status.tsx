import { Box, Text, useInput } from 'ink';
import type { SaveStatus } from '../../core/store/store.js';
import { colors } from '../theme.js';
import { lineText, wrapSpans } from './wrap.js';

/** What the user can do about each failure, in the banner's words. */
function remedy(problem: string): string {
  if (problem === 'disk full' || problem === 'disk quota exceeded') return 'free space';
  if (problem.includes('another faas-prep')) return 'close the other faas-prep';
  if (problem === 'the folder is read-only' || problem === 'permission denied') {
    return 'make the progress folder writable';
  }
  return 'fix that';
}

/** The banner's text: what happened, that nothing is lost, and how to retry. */
export function saveProblemText(status: SaveStatus, retryKey = 'r'): string | undefined {
  if (!status.problem || status.unsaved === 0) return undefined;
  const what = status.unsaved === 1 ? 'your answer is' : `your ${status.unsaved} answers are`;
  return `Could not save: ${status.problem} — ${what} kept in memory; ${remedy(status.problem)} and press ${retryKey} to retry`;
}

interface BannerLine {
  text: string;
  color: string;
}

/**
 * The banner's rows at this width, wrapped here rather than by Ink so that the shell can count
 * them: the `?` overlay below it must fit what is left.
 */
export function bannerLines(
  status: SaveStatus,
  notices: readonly string[],
  columns: number,
  retryKey: 'r' | 'R' = 'r',
): BannerLine[] {
  const problem = saveProblemText(status, retryKey);
  const wrap = (text: string, color: string) =>
    wrapSpans([{ text: `! ${text}` }], columns).map((l) => ({ text: lineText(l), color }));
  return [
    ...(problem ? wrap(problem, colors.bad) : []),
    ...notices.flatMap((n) => wrap(n, colors.warn)),
  ];
}

export interface SaveStatusBannerProps {
  status: SaveStatus;
  /** Store notices to show here (screens opened directly have no other place for them). */
  notices: readonly string[];
  onRetry: () => void;
  /** False while a screen takes text: `r` is then a letter, not a command. */
  keysActive: boolean;
  /** `r`, or `R` on a screen that uses `r` itself (the quiz summary's "retry the missed ones"). */
  retryKey?: 'r' | 'R';
  /** The terminal's width: the banner wraps its lines to it. */
  columns: number;
}

/**
 * One line above every screen while answers are waiting to be saved (and, on a screen
 * opened directly, what opening the store found). Nothing at all when all is well.
 */
export function SaveStatusBanner({
  status,
  notices,
  onRetry,
  keysActive,
  retryKey = 'r',
  columns,
}: SaveStatusBannerProps) {
  const problem = saveProblemText(status, retryKey);
  useInput(
    (input) => {
      if (input === retryKey) onRetry();
    },
    { isActive: keysActive && problem !== undefined },
  );
  const lines = bannerLines(status, notices, columns, retryKey);
  if (lines.length === 0) return null;
  return (
    <Box flexDirection="column" flexShrink={0}>
      {lines.map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: wrapped rows have no identity but their place
        <Text key={i} color={l.color} wrap="truncate-end">
          {l.text}
        </Text>
      ))}
    </Box>
  );
}
