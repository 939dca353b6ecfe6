import { describe, expect, it } from 'vitest';
import { glyphsFor, textWidth, utf8Locale } from '../../src/ui/theme.js';

describe('terminal glyphs and text width', () => {
  it('reads the locale as the C library does: LC_ALL, then LC_CTYPE, then LANG', () => {
    expect(utf8Locale({ LANG: 'en_US.UTF-8' })).toBe(true);
    expect(utf8Locale({ LANG: 'C' })).toBe(false);
    expect(utf8Locale({ LC_ALL: 'C', LANG: 'en_US.UTF-8' })).toBe(false);
    expect(utf8Locale({ LC_CTYPE: 'de_DE.utf8', LANG: 'C' })).toBe(true);
    expect(utf8Locale({})).toBe(true);
  });

  it('has an ASCII set with the same pieces', () => {
    const ascii = glyphsFor({ LANG: 'POSIX' });
    const unicode = glyphsFor({ LANG: 'C.UTF-8' });
    expect(ascii.chart).toHaveLength(unicode.chart.length);
    expect(ascii.spark).toHaveLength(unicode.spark.length);
    for (const g of [
      ascii.up,
      ascii.down,
      ascii.rule,
      ascii.barFull,
      ascii.barEmpty,
      ...ascii.chart,
    ]) {
      expect(g).toMatch(/^[\x20-\x7e]$/);
    }
  });

  it('caps prose at about 100 columns', () => {
    expect(textWidth(60)).toBe(60);
    expect(textWidth(159)).toBe(100);
  });
});
