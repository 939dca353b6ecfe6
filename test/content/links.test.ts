import { describe, expect, it } from 'vitest';
import { checkContent, formatReport } from '../../src/core/content/check.js';
import { formatIssue } from '../../src/core/content/issues.js';
import { linkableKinds, pointsOf } from '../../src/core/content/links.js';
import { loadBank, readBank } from '../../src/core/content/load.js';
import { fixtureCopy, realContent } from './fixtures.js';

const linked = `topic: design
items:
  - id: linked-free
    kind: free-response
    difficulty: 2
    source: { section: Scaling Things }
    prompt: How do you keep a burst from overwhelming the database?
    keyPoints:
      - { point: A pooler in front, weight: 3, links: [basics-plain-card, basics-mcq] }
      - { point: A cap on concurrency, weight: 2 }
    redFlags: [Raising max_connections without limit]
    modelAnswer: Pool the connections and cap the function.
    explanation: Every instance holds its own connection.
  - id: linked-scenario
    kind: scenario
    difficulty: 3
    source: { section: Scaling Things }
    prompt: Design an upload pipeline.
    constraints: ["1,000 uploads a minute"]
    timeboxMinutes: 20
    rubric:
      requirements: [{ point: Asks about sizes, weight: 1, links: [basics-spot] }]
      architecture: [{ point: Queue in front, weight: 3, links: [basics-order] }]
      scaling:
        - { point: Computes concurrency, weight: 2, links: [design-literal-numeric] }
        - { point: Caps the consumer, weight: 2, links: [basics-cloze-card, db-foo] }
      failure: [{ point: Dead-letter queue, weight: 2, links: [design-scenario] }]
      cost: [{ point: Monthly bill, weight: 1, links: [design-free] }]
      observability: [{ point: Queue age alarm, weight: 1 }]
    probes: [{ question: What if it is slow?, lookFor: A cap. }]
    modelAnswer: A queue, a capped consumer, a DLQ.
    explanation: The event-driven pattern.
`;

function messages(dir: string): string[] {
  return readBank(dir).issues.map(formatIssue);
}

describe('links from rubric and key points to items', () => {
  const dir = fixtureCopy('good', { 'links.yaml': linked });
  const file = 'content-good/links.yaml';
  const found = messages(dir);

  it('names the file, item and field of a link to a missing item', () => {
    expect(found).toContain(
      `${file}: item "linked-scenario" field "rubric.scaling[1].links[1]": no item "db-foo"`,
    );
  });

  it('rejects links to scenarios and free responses', () => {
    expect(found).toContain(
      `${file}: item "linked-scenario" field "rubric.failure[0].links[0]": "design-scenario" is a scenario: link to a ${linkableKinds.join(', ')} item`,
    );
    expect(found).toContain(
      `${file}: item "linked-scenario" field "rubric.cost[0].links[0]": "design-free" is a free-response: link to a ${linkableKinds.join(', ')} item`,
    );
  });

  it('accepts links to every linkable kind and reports nothing else', () => {
    // flashcard, cloze flashcard, mcq, spot-the-error, ordering and numeric links are all fine.
    expect(found).toHaveLength(3);
    const bank = readBank(dir).bank;
    const free = bank?.byId.get('linked-free');
    expect(free && pointsOf(free).map((p) => p.links)).toEqual([
      ['basics-plain-card', 'basics-mcq'],
      [],
    ]);
  });

  it('checks the shape of a links list: 1 to 6 distinct ids', () => {
    const bad = linked
      .replace('links: [basics-plain-card, basics-mcq]', 'links: [basics-mcq, basics-mcq]')
      .replace('links: [basics-spot]', 'links: []')
      .replace('links: [basics-order]', 'links: [a, b, c, d, e, f, g]')
      .replace('links: [design-literal-numeric]', 'links: [Not_An_Id]');
    const got = messages(fixtureCopy('good', { 'links.yaml': bad }));
    expect(got).toContain(
      `${file}: item "linked-free" field "keyPoints[0].links[1]": same id as an earlier link`,
    );
    expect(got.some((m) => m.includes('field "rubric.requirements[0].links"'))).toBe(true);
    expect(got.some((m) => m.includes('field "rubric.architecture[0].links"'))).toBe(true);
    expect(got).toContain(
      `${file}: item "linked-scenario" field "rubric.scaling[0].links[0]": an id must be kebab-case (a-z, 0-9, single hyphens)`,
    );
  });

  it('content:check reports link coverage and fails on a broken link', () => {
    const report = checkContent(dir);
    expect(report.counts?.links).toMatchObject({
      rubricLinked: 6,
      rubricTotal: 13,
      keyPointsLinked: 1,
      keyPointsTotal: 4,
    });
    const text = formatReport(report);
    expect(text).toContain(
      'Point links: rubric points 6 of 13 (46%), key points 1 of 4 (25%); 9 links to 9 items',
    );
    expect(text).toContain('no item "db-foo"');
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/^FAILED: 3 errors/);
  });
});

describe('the real bank', () => {
  const bank = loadBank(realContent);
  const open = bank.items.filter((i) => i.kind === 'scenario' || i.kind === 'free-response');

  it('links every rubric point and key point to 1–6 items it can study', () => {
    expect(open.filter((i) => i.kind === 'scenario').length).toBeGreaterThanOrEqual(10);
    expect(open.filter((i) => i.kind === 'free-response').length).toBeGreaterThanOrEqual(10);
    for (const item of open) {
      for (const p of pointsOf(item)) {
        const where = `${item.id} ${p.field}`;
        expect(p.links.length, where).toBeGreaterThanOrEqual(1);
        expect(p.links.length, where).toBeLessThanOrEqual(6);
        for (const id of p.links) {
          const target = bank.byId.get(id);
          expect(target, `${where} → ${id}`).toBeDefined();
          expect(linkableKinds, `${where} → ${id}`).toContain(target?.kind);
        }
      }
    }
  });

  it('content:check shows full coverage', () => {
    const c = checkContent(realContent).counts?.links;
    expect(c?.rubricLinked).toBe(c?.rubricTotal);
    expect(c?.keyPointsLinked).toBe(c?.keyPointsTotal);
    expect(c?.rubricTotal).toBeGreaterThan(100);
  });
});
