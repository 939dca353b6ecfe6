// Links from rubric points (scenarios) and key points (free responses) to the items that teach
// them: "if you missed this point, study these". The loader checks every link resolves to an item
// of a linkable kind; a mock round makes the linked items due when the point is missed.
import type { ContentIssue } from './issues.js';
import { type Bank, type Item, type ItemKind, rubricDimensions } from './schema.js';

/** The kinds a point may link to: items that are studied or quizzed, not open questions. */
export const linkableKinds: readonly ItemKind[] = [
  'flashcard',
  'mcq',
  'numeric',
  'ordering',
  'spot-the-error',
];

/** Where a point sits: a scenario rubric dimension, or a free response's key points. */
type PointGroup = (typeof rubricDimensions)[number] | 'key-points';

interface LinkedPoint {
  group: PointGroup;
  /** Position in its list (0-based). */
  index: number;
  /** The point's path in the item, as messages show it: `rubric.scaling[1]`, `keyPoints[0]`. */
  field: string;
  point: string;
  weight: number;
  links: readonly string[];
}

/** Every rubric or key point of an item, in order (none for other kinds). */
export function pointsOf(item: Item): LinkedPoint[] {
  if (item.kind === 'free-response') {
    return item.keyPoints.map((p, index) => ({
      group: 'key-points',
      index,
      field: `keyPoints[${index}]`,
      point: p.point,
      weight: p.weight,
      links: p.links ?? [],
    }));
  }
  if (item.kind === 'scenario') {
    return rubricDimensions.flatMap((d) =>
      item.rubric[d].map((p, index) => ({
        group: d,
        index,
        field: `rubric.${d}[${index}]`,
        point: p.point,
        weight: p.weight,
        links: p.links ?? [],
      })),
    );
  }
  return [];
}

/** Links that do not resolve to an item of a linkable kind, each naming file, item and field. */
export function linkIssues(bank: Pick<Bank, 'items' | 'byId' | 'fileOf'>): ContentIssue[] {
  const out: ContentIssue[] = [];
  for (const item of bank.items) {
    const file = bank.fileOf.get(item.id) ?? '';
    for (const p of pointsOf(item)) {
      p.links.forEach((target, i) => {
        const field = `${p.field}.links[${i}]`;
        const linked = bank.byId.get(target);
        if (!linked) {
          out.push({ file, id: item.id, field, message: `no item "${target}"` });
        } else if (!linkableKinds.includes(linked.kind)) {
          out.push({
            file,
            id: item.id,
            field,
            message: `"${target}" is a ${linked.kind}: link to a ${linkableKinds.join(', ')} item`,
          });
        }
      });
    }
  }
  return out;
}

export interface LinkCoverage {
  /** Scenario rubric points with at least one link, and in all. */
  rubricLinked: number;
  rubricTotal: number;
  /** Free-response key points with at least one link, and in all. */
  keyPointsLinked: number;
  keyPointsTotal: number;
  /** Links in all, and the distinct items they point at. */
  links: number;
  targets: number;
}

export function linkCoverage(items: readonly Item[]): LinkCoverage {
  const c: LinkCoverage = {
    rubricLinked: 0,
    rubricTotal: 0,
    keyPointsLinked: 0,
    keyPointsTotal: 0,
    links: 0,
    targets: 0,
  };
  const targets = new Set<string>();
  for (const item of items) {
    for (const p of pointsOf(item)) {
      const linked = p.links.length > 0 ? 1 : 0;
      if (p.group === 'key-points') {
        c.keyPointsTotal += 1;
        c.keyPointsLinked += linked;
      } else {
        c.rubricTotal += 1;
        c.rubricLinked += linked;
      }
      c.links += p.links.length;
      for (const t of p.links) targets.add(t);
    }
  }
  c.targets = targets.size;
  return c;
}
