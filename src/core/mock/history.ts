// Past rounds from the log's `mock` events, oldest first, and the trend of their scores.
import * as z from 'zod';
import type { LogEvent } from '../store/log.js';
import { mockFormats, sectionKinds } from './plan.js';

const roundSchema = z.object({
  t: z.number(),
  startedAt: z.number(),
  endedAt: z.number(),
  format: z.enum(mockFormats),
  minutes: z.number(),
  status: z.enum(['completed', 'abandoned']),
  ending: z.string().optional(),
  score: z.number().min(0).max(1),
  answered: z.number().optional(),
  total: z.number().optional(),
  usedMs: z.number().optional(),
  sections: z
    .array(z.object({ kind: z.enum(sectionKinds), score: z.number() }).loose())
    .default([]),
  studyPlan: z.array(z.object({ itemId: z.string() }).loose()).default([]),
});

export type PastRound = z.output<typeof roundSchema>;

/** Well-formed `mock` events, oldest first (others, from hand edits or other versions, skipped). */
export function mockHistory(events: readonly LogEvent[]): PastRound[] {
  const rounds: PastRound[] = [];
  for (const e of events) {
    if (e.type !== 'mock') continue;
    const parsed = roundSchema.safeParse(e);
    if (parsed.success) rounds.push(parsed.data);
  }
  return rounds.sort((a, b) => a.startedAt - b.startedAt);
}

export interface Trend {
  /** Completed rounds' scores, oldest first. */
  scores: number[];
  /** Latest completed score minus the mean of up to three before it (undefined: fewer than 2). */
  change?: number;
  direction: 'up' | 'down' | 'flat' | 'none';
  arrow: '↑' | '↓' | '→' | '·';
}

/** A change under 3 points either way reads as flat. */
const FLAT = 0.03;

export function trendOf(rounds: readonly PastRound[]): Trend {
  const scores = rounds.filter((r) => r.status === 'completed').map((r) => r.score);
  const last = scores[scores.length - 1];
  const before = scores.slice(-4, -1);
  if (last === undefined || before.length === 0) return { scores, direction: 'none', arrow: '·' };
  const change = last - before.reduce((a, b) => a + b, 0) / before.length;
  const direction = change > FLAT ? 'up' : change < -FLAT ? 'down' : 'flat';
  return {
    scores,
    change,
    direction,
    arrow: direction === 'up' ? '↑' : direction === 'down' ? '↓' : '→',
  };
}

/**
 * Scores (0..1) as a one-line bar chart, newest right, at most `width` of them; `steps` are the
 * cells lowest first (the caller passes ASCII ones where the locale has no UTF-8).
 */
export function sparkline(scores: readonly number[], width = 20, steps = '▁▂▃▄▅▆▇█'): string {
  const cells = [...steps];
  return scores
    .slice(-width)
    .map((s) => cells[Math.min(cells.length - 1, Math.max(0, Math.floor(s * cells.length)))])
    .join('');
}
