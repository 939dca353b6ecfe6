import { describe, expect, it } from 'vitest';
import { erlangB, erlangC, erlangCMeanWait } from '../../src/sim/models/erlang.js';

describe('Erlang B', () => {
  it('matches the reference values (simulators.md §2)', () => {
    expect(erlangB(80, 100)).toBeCloseTo(0.0039920286, 9);
    expect(erlangB(100, 100)).toBeCloseTo(0.0757004527, 9);
  });

  it('15 lines at 1% blocking carry 8.108 Erlangs', () => {
    expect(erlangB(8.108, 15)).toBeCloseTo(0.01, 5);
  });

  it('has the small closed forms: B(A,0)=1, B(A,1)=A/(1+A)', () => {
    expect(erlangB(3, 0)).toBe(1);
    expect(erlangB(3, 1)).toBeCloseTo(0.75, 12);
  });

  it('stays finite for thousands of servers (the recursion does not overflow)', () => {
    const b = erlangB(4900, 5000);
    expect(Number.isFinite(b)).toBe(true);
    expect(b).toBeGreaterThan(0);
    expect(b).toBeLessThan(0.02);
  });
});

describe('Erlang C', () => {
  it('matches the reference value A=90, c=100 (simulators.md §2)', () => {
    expect(erlangC(90, 100)).toBeCloseTo(0.21694, 5);
  });

  it('mean wait is C·h/(c−A)', () => {
    expect(erlangCMeanWait(90, 100, 100)).toBeCloseTo((erlangC(90, 100) * 100) / 10, 10);
  });

  it('M/M/1 reduces to ρ', () => {
    expect(erlangC(0.6, 1)).toBeCloseTo(0.6, 12);
  });

  it('is 1 with an unstable load', () => {
    expect(erlangC(100, 100)).toBe(1);
    expect(erlangCMeanWait(120, 100, 1)).toBe(Number.POSITIVE_INFINITY);
  });
});
