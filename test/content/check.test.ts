import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  checkContent,
  formatReport,
  minimums,
  reportPassed,
} from '../../src/core/content/check.js';
import { withinTolerance } from '../../src/core/content/tolerance.js';
import { fixture, fixtureCopy, repoRoot } from './fixtures.js';

describe('checkContent on a small valid bank', () => {
  const dir = fixtureCopy('good');
  const report = checkContent(dir);

  it('finds no errors but says which minimums are short and by how much', () => {
    expect(report.issues).toEqual([]);
    const short = report.shortfalls.map((s) => `${s.what}: ${s.have} of ${s.need}`);
    expect(short).toContain(`items in total: 9 of ${minimums.total}`);
    expect(short).toContain(`flashcard items: 2 of ${minimums.byKind.flashcard}`);
    expect(short).toContain('items on FAQ question "Why is it slow?": 2 of 3');
    expect(short.filter((s) => s.includes('section'))).toEqual([]);
    expect(short).toContain(`items with correctsMaterial: true: 1 of ${minimums.correctsMaterial}`);
    expect(reportPassed(report)).toBe(false);
  });

  it('counts by kind, section and topic', () => {
    const c = report.counts;
    expect(c?.byKind).toEqual({
      flashcard: 2,
      mcq: 1,
      numeric: 2,
      ordering: 1,
      'spot-the-error': 1,
      'free-response': 1,
      scenario: 1,
    });
    expect(c?.bySection).toEqual([
      { section: 'Intro: The Basics', faq: false, count: 3 },
      { section: 'Scaling Things', faq: false, count: 4 },
      { section: 'Why is it slow?', faq: true, count: 2 },
    ]);
    expect(c?.byTopic).toEqual([
      { topic: 'basics', name: 'The basics', count: 6 },
      { topic: 'design', name: 'Design', count: 3 },
    ]);
    expect(c?.modelLinked).toBe(1);
    expect(c?.checks).toBe(1);
  });

  it('prints tables and the shortfalls', () => {
    const text = formatReport(report);
    expect(text).toMatch(/^ {2}flashcard +2 +60 +SHORT by 58$/m);
    expect(text).toMatch(/^ {2}Scaling Things +4 +3 +ok$/m);
    expect(text).toMatch(/^ {2}FAQ: Why is it slow\? +2 +3 +SHORT by 1$/m);
    expect(text).toContain('  flashcard items: 2 of 60 (58 short)');
    expect(text.trimEnd().split('\n').at(-1)).toBe('FAILED: 0 errors, 10 minimums not met.');
  });
});

describe('checkContent on broken content', () => {
  it('lists every error', () => {
    const report = checkContent(fixture('content-bad'));
    expect(report.issues).toHaveLength(21);
    expect(formatReport(report)).toContain('Errors (21):');
  });

  it('reports a missing prices.yaml when items need a model', () => {
    const report = checkContent(fixture('content-good'));
    expect(report.issues.map((i) => i.file)).toEqual(['content-good/prices.yaml']);
  });
});

describe('npm run content:check', () => {
  it('prints the report and exits 1 when something fails', () => {
    let status = 0;
    let stdout = '';
    try {
      execFileSync(
        'node',
        ['scripts/run-ts.mjs', 'src/core/content/check-cli.ts', fixtureCopy('good')],
        {
          cwd: repoRoot,
          encoding: 'utf8',
        },
      );
    } catch (err) {
      const e = err as { status: number; stdout: string };
      status = e.status;
      stdout = e.stdout;
    }
    expect(status).toBe(1);
    expect(stdout).toContain('By kind:');
    expect(stdout).toContain('Minimums not met');
  });
});

describe('npm run content:check --stale', () => {
  const run = (args: string[]) => {
    try {
      const stdout = execFileSync(
        'node',
        ['scripts/run-ts.mjs', 'src/core/content/check-cli.ts', ...args],
        {
          cwd: repoRoot,
          encoding: 'utf8',
          stdio: 'pipe',
        },
      );
      return { status: 0, stdout, stderr: '' };
    } catch (err) {
      const e = err as { status: number; stdout: string; stderr: string };
      return e;
    }
  };

  it("adds the list of stale facts after the report; the exit status is the report's", () => {
    const r = run([fixtureCopy('good'), '--stale']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/\nStale facts: (none|\d+ items?)/);
  });

  it('rejects an unknown option with one line on stderr and status 2', () => {
    const r = run(['--stal']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      'content:check: unknown option --stal (usage: content:check [DIR] [--stale])',
    ]);
  });
});

describe('withinTolerance', () => {
  it('applies relative and absolute tolerances', () => {
    expect(withinTolerance(104, 100, { relative: 0.05 })).toBe(true);
    expect(withinTolerance(106, 100, { relative: 0.05 })).toBe(false);
    expect(withinTolerance(103.335, 103.33, { absolute: 0.005 })).toBe(true);
    expect(withinTolerance(103.34, 103.33, { absolute: 0.005 })).toBe(false);
    expect(withinTolerance(Number.NaN, 1, { absolute: 1 })).toBe(false);
  });
});
