// buildReport's pieces (steps.ts): the same report, in many small pieces for a long log and a
// far interview date, so the Progress screen can read keys between them.
import { describe, expect, it } from 'vitest';
import { latestInterviewDate, studyDay } from '../../src/core/memory/index.js';
import { REPLAY_CHUNK } from '../../src/core/memory/replay.js';
import { buildReport, buildReportSteps } from '../../src/core/memory/report.js';
import { defaultSettings } from '../../src/core/store/settings.js';
import { bankOf, card, DAY, local, review } from './memory-fixtures.js';

const t0 = local(2026, 11, 26, 9);

describe('the report in pieces', () => {
  it('yields between chunks of the log and of the plan, and returns what buildReport does', () => {
    const bank = bankOf([card('a1'), card('a2'), card('b1', 'b')]);
    const events = Array.from({ length: 2 * REPLAY_CHUNK + 1 }, (_, i) =>
      review(['a1', 'a2', 'b1'][i % 3]!, i % 5 === 0 ? 1 : 3, t0 - 400 * DAY + i * 3600_000),
    );
    const settings = { ...defaultSettings(t0), interviewDate: latestInterviewDate(studyDay(t0)) };
    const steps = buildReportSteps(bank, events, settings, t0);
    let pieces = 0;
    let next = steps.next();
    while (!next.done) {
      pieces++;
      next = steps.next();
    }
    // Three chunks of the log, the stats' passes, and a piece per month of the two-year plan.
    expect(pieces).toBeGreaterThan(2 + 24);
    expect(next.value).toEqual(buildReport(bank, events, settings, t0));
    expect(next.value.interview?.plan.length).toBeGreaterThan(700);
  });
});
