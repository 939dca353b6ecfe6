import { describe, expect, it } from 'vitest';
import { hbar, vbars } from '../../src/core/bars.js';

describe('hbar', () => {
  it('fills a fraction of the width in eighth-cell steps', () => {
    expect(hbar(0, 4)).toBe('░░░░');
    expect(hbar(1, 4)).toBe('████');
    expect(hbar(0.5, 4)).toBe('██░░');
    expect(hbar(0.5625, 4)).toBe('██▎░');
    expect(hbar(2, 3)).toBe('███');
    expect(hbar(Number.NaN, 3)).toBe('░░░');
  });
});

describe('vbars', () => {
  it('scales columns to the largest value, top row first; a non-zero value always shows', () => {
    expect(vbars([4, 2, 0, 1], 2)).toEqual(['█      ', '█ █   ▄']);
    expect(vbars([0, 0], 1, 2)).toEqual(['     ']);
    expect(vbars([100, 1], 1)).toEqual(['█ ▁']);
  });
});
