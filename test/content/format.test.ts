import { describe, expect, it } from 'vitest';
import { formatAnswer, formatNumber } from '../../src/core/format.js';
import { stableShuffle, stableShuffleIndices } from '../../src/core/stable-shuffle.js';

describe('formatNumber', () => {
  it.each([
    [103.3333, 'usd', '$103.33'],
    [1234.5, 'usd', '$1,234.50'],
    [0, 'usd', '$0.00'],
    [-5, 'usd', '-$5.00'],
    [0.0000166667, 'usd', '$0.0000167'],
    [0.0000002, 'usd', '$0.0000002'],
    [100_000_000, 'count', '100M'],
    [1_500_000, 'count', '1.5M'],
    [2_000_000_000, 'count', '2B'],
    [12_345_678, 'count', '12,345,678'],
    [1000, 'count', '1,000'],
    [1234.6, 'int', '1,235'],
    [0.0039, 'pct', '0.39%'],
    [0.5, 'pct', '50%'],
    [0.123456, 'pct', '12.3%'],
    [103.33, 'num', '103'],
    [0.012345, 'num', '0.0123'],
    [123456, 'num', '123,000'],
    [0, 'num', '0'],
  ] as const)('%d as %s is %s', (value, format, expected) => {
    expect(formatNumber(value, format)).toBe(expected);
  });

  it('defaults to num', () => {
    expect(formatNumber(2 / 3)).toBe('0.667');
  });
});

describe('formatAnswer', () => {
  it('shows USD units as money and others with 4 significant digits', () => {
    expect(formatAnswer(103.333, 'USD/month')).toBe('$103.33/month');
    expect(formatAnswer(103.333, 'USD')).toBe('$103.33');
    expect(formatAnswer(2 / 3, 'instances')).toBe('0.6667 instances');
  });
});

describe('stableShuffle', () => {
  it('is deterministic, a permutation, and never the identity', () => {
    for (let n = 2; n <= 8; n++) {
      for (const seed of ['a', 'b', 'ordering-item', 'x-42']) {
        const order = stableShuffleIndices(n, seed);
        expect(order).toEqual(stableShuffleIndices(n, seed));
        expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
        expect(order).not.toEqual(Array.from({ length: n }, (_, i) => i));
      }
    }
    expect(stableShuffle(['x'], 's')).toEqual(['x']);
  });
});
