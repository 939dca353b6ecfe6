import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { poissonExcess } from '../../src/sim/models/poisson.js';

/** E[(N − k)+] by direct summation of the pmf from 0 (small a only). */
function direct(a: number, k: number): number {
  let p = Math.exp(-a);
  let sum = 0;
  for (let n = 0; n < 2000; n++) {
    if (n > k) sum += (n - k) * p;
    p *= a / (n + 1);
  }
  return sum;
}

describe('poissonExcess', () => {
  it('matches direct summation for small means', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 200, noNaN: true }),
        fc.integer({ min: 0, max: 300 }),
        (a, k) => {
          const want = direct(a, k);
          expect(Math.abs(poissonExcess(a, k) - want)).toBeLessThan(1e-9 * Math.max(1, a));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('k = 0 gives the mean; k far above or below the mean gives 0 or a − k', () => {
    expect(poissonExcess(5, 0)).toBe(5);
    expect(poissonExcess(1e6, 2e6)).toBe(0);
    expect(poissonExcess(1e6, 1000)).toBeCloseTo(1e6 - 1000, 6);
  });

  it('at k = a for large a it approaches the normal value √a·φ(0) = √(a/2π)', () => {
    const a = 1e6;
    expect(poissonExcess(a, a) / Math.sqrt(a / (2 * Math.PI))).toBeCloseTo(1, 2);
  });
});
