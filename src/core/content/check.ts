// `npm run content:check`: validates every file, recomputes model-linked numbers, checks the
// volume minimums and the material's coverage, and reports counts by kind, section and topic and
// how many rubric and key points link to the items that teach them (broken links are errors).
import { basename, resolve } from 'node:path';
import type { PriceTable } from '../../sim/prices.js';
import { aboutToleranceIssues, toleranceSubjects } from '../grading/about-tolerance.js';
import { packageContentDir } from '../paths.js';
import { readTemplates } from '../templates/load.js';
import { checkTemplates } from '../templates/verify.js';
import { ContentError, type ContentIssue, formatIssue } from './issues.js';
import { type LinkCoverage, linkCoverage } from './links.js';
import { readBank } from './load.js';
import { type ModelRunner, verifyChecks, verifyModelAnswers } from './model-link.js';
import { loadPrices } from './prices.js';
import { type Bank, type ItemKind, isModelNumeric, itemKinds } from './schema.js';
import { STALE_MONTHS, type StaleTopic, staleByTopic } from './stale.js';
import { brokenWordIssues, duplicateQuestionIssues } from './text-checks.js';
import { formatTricks, measureTricks, type TrickReport, tricksPassed } from './tricks.js';

/** The issue's volume and coverage minimums. */
export const minimums = {
  total: 180,
  byKind: {
    flashcard: 60,
    mcq: 25,
    numeric: 12,
    ordering: 5,
    'spot-the-error': 8,
    'free-response': 8,
    scenario: 10,
  } satisfies Record<ItemKind, number>,
  perSection: 3,
  correctsMaterial: 10,
} as const;

interface Shortfall {
  what: string;
  have: number;
  need: number;
}

interface ContentCounts {
  total: number;
  byKind: Record<ItemKind, number>;
  /** Every heading, then every FAQ question, in material order. */
  bySection: Array<{ section: string; faq: boolean; count: number }>;
  /** Items citing only a url. */
  urlOnly: number;
  byTopic: Array<{ topic: string; name: string; count: number }>;
  correctsMaterial: number;
  modelLinked: number;
  checks: number;
  /** Rubric and key points linked to the items that teach them. */
  links: LinkCoverage;
}

interface CheckReport {
  dir: string;
  files: string[];
  issues: ContentIssue[];
  shortfalls: Shortfall[];
  counts?: ContentCounts;
  /** Question templates (templates.yaml), when the directory has them. */
  templates?: TemplateCounts;
  /** How far answering "false" or picking the longest choice gets (see tricks.ts). */
  tricks?: TrickReport;
  /** Items and templates whose `asOf` is older than STALE_MONTHS, by topic (never a failure). */
  stale: StaleTopic[];
}

interface TemplateCounts {
  total: number;
  byTopic: Array<{ topic: string; count: number }>;
  /** Seeded draws verified (TEMPLATE_DRAWS per template). */
  draws: number;
}

/** Seeded draws of each template that content:check verifies. */
export const TEMPLATE_DRAWS = 50;

function countBank(bank: Bank): ContentCounts {
  const byKind = Object.fromEntries(itemKinds.map((k) => [k, 0])) as Record<ItemKind, number>;
  const sectionCount = new Map<string, number>();
  const topicCount = new Map<string, number>();
  let urlOnly = 0;
  let correctsMaterial = 0;
  let modelLinked = 0;
  let checks = 0;
  for (const item of bank.items) {
    byKind[item.kind] += 1;
    const s = item.source.section;
    if (s === undefined) urlOnly += 1;
    else sectionCount.set(s, (sectionCount.get(s) ?? 0) + 1);
    topicCount.set(item.topic, (topicCount.get(item.topic) ?? 0) + 1);
    if (item.correctsMaterial) correctsMaterial += 1;
    if (isModelNumeric(item)) modelLinked += 1;
    checks += item.checks?.length ?? 0;
  }
  const m = bank.material;
  return {
    total: bank.items.length,
    byKind,
    bySection: [
      ...m.sections.map((section) => ({
        section,
        faq: false,
        count: sectionCount.get(section) ?? 0,
      })),
      ...m.faq.map((section) => ({ section, faq: true, count: sectionCount.get(section) ?? 0 })),
    ],
    urlOnly,
    byTopic: Object.entries(m.topics).map(([topic, name]) => ({
      topic,
      name,
      count: topicCount.get(topic) ?? 0,
    })),
    correctsMaterial,
    modelLinked,
    checks,
    links: linkCoverage(bank.items),
  };
}

function shortfallsOf(counts: ContentCounts): Shortfall[] {
  const out: Shortfall[] = [];
  const need = (what: string, have: number, min: number) => {
    if (have < min) out.push({ what, have, need: min });
  };
  need('items in total', counts.total, minimums.total);
  for (const kind of itemKinds) need(`${kind} items`, counts.byKind[kind], minimums.byKind[kind]);
  for (const s of counts.bySection) {
    need(
      `items on ${s.faq ? 'FAQ question' : 'section'} "${s.section}"`,
      s.count,
      minimums.perSection,
    );
  }
  need('items with correctsMaterial: true', counts.correctsMaterial, minimums.correctsMaterial);
  return out;
}

function pricesIssues(dir: string, err: unknown): ContentIssue[] {
  if (err instanceof ContentError) return [...err.issues];
  const message = err instanceof Error ? err.message : String(err);
  return [{ file: `${basename(dir)}/prices.yaml`, message }];
}

interface CheckOptions {
  /** Another model runner (tests); the simulator registry by default. */
  run?: ModelRunner;
  /** Another price table (tests); content/prices.yaml by default. */
  prices?: PriceTable;
  /** Today, for the staleness report (injected; the real clock by default). */
  now?: Date;
}

export function checkContent(
  dir: string = packageContentDir(),
  opts: CheckOptions = {},
): CheckReport {
  const abs = resolve(dir);
  const read = readBank(abs);
  const issues = [...read.issues];
  if (!read.bank) return { dir: abs, files: read.files, issues, shortfalls: [], stale: [] };
  const bank = read.bank;
  issues.push(...duplicateQuestionIssues(bank), ...brokenWordIssues(bank));
  const tpl = readTemplates(abs);
  const needsModels =
    bank.items.some((i) => isModelNumeric(i) || i.checks) || tpl.templates.length > 0;
  let prices: PriceTable | undefined = opts.prices;
  if (needsModels) {
    if (!prices) {
      try {
        prices = loadPrices(abs);
      } catch (err) {
        issues.push(...pricesIssues(abs, err));
      }
    }
    if (prices) {
      issues.push(...verifyModelAnswers(bank, prices, opts.run));
      issues.push(...verifyChecks(bank, prices, opts.run));
    }
  }
  issues.push(...tpl.issues);
  issues.push(...aboutToleranceIssues(toleranceSubjects(bank, tpl.templates, tpl.file)));
  let templates: TemplateCounts | undefined;
  if (tpl.present) {
    for (const t of tpl.templates) {
      if (bank.byId.has(t.id)) {
        issues.push({ file: tpl.file, id: t.id, field: 'id', message: 'also an item id' });
      }
    }
    const checked = prices
      ? checkTemplates(tpl.templates, prices, TEMPLATE_DRAWS)
      : { issues: [], byTopic: [], draws: 0 };
    issues.push(...checked.issues);
    templates = { total: tpl.templates.length, byTopic: checked.byTopic, draws: checked.draws };
  }
  const counts = countBank(bank);
  return {
    dir: abs,
    files: read.files,
    issues,
    shortfalls: shortfallsOf(counts),
    counts,
    ...(templates ? { templates } : {}),
    tricks: measureTricks(bank.items),
    stale: staleByTopic([...bank.items, ...tpl.templates], opts.now ?? new Date()),
  };
}

export function reportPassed(r: CheckReport): boolean {
  return (
    r.issues.length === 0 && r.shortfalls.length === 0 && (!r.tricks || tricksPassed(r.tricks))
  );
}

function table(rows: string[][], rightAligned: ReadonlySet<number>): string[] {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, c) => (rightAligned.has(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd(),
  );
}

function status(have: number, need: number): string {
  return have >= need ? 'ok' : `SHORT by ${need - have}`;
}

function linkLine(l: LinkCoverage): string {
  const share = (have: number, of: number) =>
    `${have} of ${of}${of ? ` (${Math.round((have / of) * 100)}%)` : ''}`;
  return `Point links: rubric points ${share(l.rubricLinked, l.rubricTotal)}, key points ${share(l.keyPointsLinked, l.keyPointsTotal)}; ${l.links} links to ${l.targets} items`;
}

export function formatReport(r: CheckReport): string {
  const lines: string[] = [];
  const c = r.counts;
  lines.push(
    `Content check: ${r.dir} (${r.files.length} item files${c ? `, ${c.total} items` : ''})`,
  );
  if (c) {
    const right = new Set([1, 2]);
    lines.push('', 'By kind:');
    const kindRows = [['  kind', 'items', 'min', '']];
    for (const k of itemKinds) {
      const min = minimums.byKind[k];
      kindRows.push([`  ${k}`, String(c.byKind[k]), String(min), status(c.byKind[k], min)]);
    }
    kindRows.push([
      '  total',
      String(c.total),
      String(minimums.total),
      status(c.total, minimums.total),
    ]);
    lines.push(...table(kindRows, right));

    lines.push('', 'By section of the material (source.section):');
    const sectionRows = [['  section', 'items', 'min', '']];
    for (const s of c.bySection) {
      sectionRows.push([
        `  ${s.faq ? 'FAQ: ' : ''}${s.section}`,
        String(s.count),
        String(minimums.perSection),
        status(s.count, minimums.perSection),
      ]);
    }
    sectionRows.push(['  (url only)', String(c.urlOnly), '', '']);
    lines.push(...table(sectionRows, right));

    lines.push('', 'By topic:');
    lines.push(
      ...table(
        [
          ['  topic', 'items', 'name'],
          ...c.byTopic.map((t) => [`  ${t.topic}`, String(t.count), t.name]),
        ],
        new Set([1]),
      ),
    );
    lines.push(
      '',
      `Corrects the material: ${c.correctsMaterial} (min ${minimums.correctsMaterial}) ${status(c.correctsMaterial, minimums.correctsMaterial)}`,
      `Model-linked numeric answers: ${c.modelLinked}; model checks: ${c.checks}`,
      linkLine(c.links),
    );
  }
  const tc = r.templates;
  if (tc) {
    const topics = tc.byTopic.map((t) => `${t.topic} ${t.count}`).join(', ');
    lines.push(
      `Question templates: ${tc.total}${topics ? ` (${topics})` : ''}; ${tc.draws} seeded draws verified`,
    );
  }
  if (r.tricks) lines.push('', ...formatTricks(r.tricks));
  const staleCount = r.stale.reduce((n, t) => n + t.items.length, 0);
  if (c) {
    lines.push(
      `Stale facts (asOf older than ${STALE_MONTHS} months): ${staleCount}${staleCount ? ' (listed by content:check --stale; not an error)' : ''}`,
    );
  }
  if (r.issues.length) {
    lines.push('', `Errors (${r.issues.length}):`, ...r.issues.map((i) => `  ${formatIssue(i)}`));
  }
  if (r.shortfalls.length) {
    lines.push(
      '',
      `Minimums not met (${r.shortfalls.length}):`,
      ...r.shortfalls.map((s) => `  ${s.what}: ${s.have} of ${s.need} (${s.need - s.have} short)`),
    );
  }
  lines.push(
    '',
    reportPassed(r)
      ? 'OK: all content valid, all model numbers recomputed, all minimums met.'
      : `FAILED: ${r.issues.length} error${r.issues.length === 1 ? '' : 's'}, ${r.shortfalls.length} minimum${r.shortfalls.length === 1 ? '' : 's'} not met${r.tricks && !tricksPassed(r.tricks) ? ', a test-taking trick beats its bound' : ''}.`,
  );
  return `${lines.join('\n')}\n`;
}
