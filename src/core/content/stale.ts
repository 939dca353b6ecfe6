// `content:check --stale`: volatile facts (items and templates with `asOf`) checked longer ago
// than STALE_MONTHS, by topic, so someone re-checks them against the docs. A report, not an
// error: a fact is not wrong because it is old, and CI must not break when a month turns.

/** How old an `asOf` may be before the fact is listed for re-checking. */
export const STALE_MONTHS = 9;

interface Dated {
  id: string;
  topic: string;
  asOf?: string | undefined;
}

export interface StaleTopic {
  topic: string;
  items: Array<{ id: string; asOf: string; months: number }>;
}

/** Whole months from `asOf` (YYYY-MM or YYYY-MM-DD; a month alone counts from its 1st) to `now`. */
export function monthsSince(asOf: string, now: Date): number {
  const [y, m, d] = asOf.split('-').map(Number) as [number, number, number | undefined];
  let months = (now.getUTCFullYear() - y) * 12 + (now.getUTCMonth() + 1 - m);
  if (now.getUTCDate() < (d ?? 1)) months -= 1;
  return months;
}

/** Stale entries grouped by topic (topics and items in name order), oldest first in a topic. */
export function staleByTopic(
  entries: Iterable<Dated>,
  now: Date,
  limit: number = STALE_MONTHS,
): StaleTopic[] {
  const byTopic = new Map<string, StaleTopic['items']>();
  for (const e of entries) {
    if (e.asOf === undefined) continue;
    const months = monthsSince(e.asOf, now);
    if (months <= limit) continue;
    const list = byTopic.get(e.topic) ?? [];
    list.push({ id: e.id, asOf: e.asOf, months });
    byTopic.set(e.topic, list);
  }
  return [...byTopic.keys()].sort().map((topic) => ({
    topic,
    items: (byTopic.get(topic) ?? []).sort(
      (a, b) => b.months - a.months || a.id.localeCompare(b.id),
    ),
  }));
}

export function formatStale(stale: readonly StaleTopic[], limit: number = STALE_MONTHS): string {
  const total = stale.reduce((n, t) => n + t.items.length, 0);
  if (total === 0) return `Stale facts: none (every asOf is within ${limit} months).\n`;
  const lines = [
    `Stale facts: ${total} item${total === 1 ? '' : 's'} with asOf older than ${limit} months; re-check them against the docs:`,
  ];
  for (const t of stale) {
    lines.push(`  ${t.topic} (${t.items.length})`);
    for (const i of t.items) lines.push(`    ${i.id}  asOf ${i.asOf} (${i.months} months)`);
  }
  return `${lines.join('\n')}\n`;
}
