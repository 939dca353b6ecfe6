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
    expect(ascii.spark).toHaveLength(unicode.spark.length);
    expect(ascii.columnSteps).toHaveLength([...unicode.columnSteps].length);
    expect(ascii.barEighths).toHaveLength(unicode.barEighths.length);
    for (const style of ['solid', 'double', 'dotted'] as const) {
      expect(ascii.chart[style]).toHaveLength(unicode.chart[style].length);
    }
    const cells = [
      ascii.up,
      ascii.down,
      ascii.rule,
      ascii.barFull,
      ascii.barEmpty,
      ascii.overlap,
      ascii.point,
      ascii.marker,
      ascii.nowMarker,
      ascii.times,
      ...ascii.barEighths,
      ...ascii.columnSteps,
      ...ascii.spark,
      ...Object.values(ascii.chart).flat(),
    ];
    // One printable ASCII character each: a cell of a bar or chart.
    for (const g of cells) expect(g).toMatch(/^[\x20-\x7e]$/);
  });

  it('caps prose at about 100 columns', () => {
    expect(textWidth(60)).toBe(60);
    expect(textWidth(159)).toBe(100);
  });
});
