import { Box, Text, useInput } from 'ink';
import type { SaveStatus } from '../../core/store/store.js';
import { colors } from '../theme.js';

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

export interface SaveStatusBannerProps {
  status: SaveStatus;
  /** Store notices to show here (screens opened directly have no other place for them). */
  notices: readonly string[];
  onRetry: () => void;
  /** False while a screen takes text: `r` is then a letter, not a command. */
  keysActive: boolean;
  /** `r`, or `R` on a screen that uses `r` itself (the quiz summary's "retry the missed ones"). */
  retryKey?: 'r' | 'R';
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
}: SaveStatusBannerProps) {
  const problem = saveProblemText(status, retryKey);
  useInput(
    (input) => {
      if (input === retryKey) onRetry();
    },
    { isActive: keysActive && problem !== undefined },
  );
  if (!problem && notices.length === 0) return null;
  return (
    <Box flexDirection="column" flexShrink={0}>
      {problem ? (
        <Text color={colors.bad} wrap="wrap">
          ! {problem}
        </Text>
      ) : null}
      {notices.map((n) => (
        <Text key={n} color={colors.warn} wrap="wrap">
          ! {n}
        </Text>
      ))}
    </Box>
  );
}
