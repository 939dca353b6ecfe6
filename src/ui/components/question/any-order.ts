// How an ordering item's `anyOrder` groups show: a mark beside each grouped step and one line
// that explains it, in the input and in the feedback alike.
import type { OrderingItem } from '../../../core/content/schema.js';

type Steps = Pick<OrderingItem, 'steps' | 'anyOrder'>;

/**
 * The mark of each step, by content index: "" outside any group; "~" when there is one group;
 * "~1", "~2"… when there are several, so each group can be told apart.
 */
export function anyOrderMarks(item: Steps): string[] {
  const groups = item.anyOrder ?? [];
  const marks = item.steps.map(() => '');
  groups.forEach((group, g) => {
    for (const i of group) marks[i] = groups.length === 1 ? '~' : `~${g + 1}`;
  });
  return marks;
}

/** The line that explains the marks, or undefined when the item has no group. */
export function anyOrderLegend(item: Steps): string | undefined {
  const groups = item.anyOrder ?? [];
  if (groups.length === 0) return undefined;
  return groups.length === 1
    ? 'Steps marked ~ can go in any order.'
    : 'Steps with the same ~N mark can go in any order.';
}

/** The positions (0-based) where step `i` counts as in place: its group's span, or just `i`. */
export function placesOf(item: Steps, i: number): { from: number; to: number } {
  const group = item.anyOrder?.find((g) => g.includes(i));
  return group ? { from: Math.min(...group), to: Math.max(...group) } : { from: i, to: i };
}
