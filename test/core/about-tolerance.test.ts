import { describe, expect, it } from 'vitest';
import { aboutToleranceIssues, asksForEstimate } from '../../src/core/grading/about-tolerance.js';

const subject = (
  prompt: string,
  tolerance: { relative: number } | { absolute: number },
  answer?: number,
) => ({
  file: 'content/x.yaml',
  id: 'x-1',
  prompt,
  tolerance,
  ...(answer !== undefined ? { answer } : {}),
});

describe('the "About…" tolerance rule', () => {
  it('knows a question that asks for an approximate value', () => {
    expect(asksForEstimate('About how many vCPUs does it get?')).toBe(true);
    expect(asksForEstimate('After a minute, roughly how long is the queue?')).toBe(true);
    expect(asksForEstimate('With about 50 warm environments, how many calls a minute?')).toBe(
      false,
    );
  });

  it('flags an "About…" question tighter than 10%, relative or absolute', () => {
    const issues = aboutToleranceIssues([
      subject('About how many?', { relative: 0.02 }),
      subject('About how many seconds?', { absolute: 15 }, 300),
      subject('About how many?', { relative: 0.1 }),
      subject('About how many seconds?', { absolute: 30 }, 300),
      subject('How many exactly?', { relative: 0.01 }),
    ]);
    expect(issues.map((i) => i.message)).toEqual([
      'asks "about" but allows 2%: an "About…" question needs at least 10%',
      'asks "about" but allows 5%: an "About…" question needs at least 10%',
    ]);
    expect(issues[0]).toMatchObject({ file: 'content/x.yaml', id: 'x-1', field: 'tolerance' });
  });
});
