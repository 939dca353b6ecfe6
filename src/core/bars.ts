// Text bar charts for the Progress screen and the stats report. The cells are parameters (the
// UI passes ASCII ones where the locale has no UTF-8); the defaults are Unicode block characters.

/** The cells of a horizontal bar: full, empty, and partly filled in eighths (1/8 to 7/8). */
export interface HbarGlyphs {
  barFull: string;
  barEmpty: string;
  barEighths: readonly string[];
}

export const unicodeHbar: HbarGlyphs = {
  barFull: '█',
  barEmpty: '░',
  barEighths: ['▏', '▎', '▍', '▌', '▋', '▊', '▉'],
};

/** Column cells from 1/8 to a full cell high. */
export const UNICODE_COLUMN_STEPS = '▁▂▃▄▅▆▇█';

/** A horizontal bar of `width` cells for a fraction 0..1, in eighth-cell steps, padded empty. */
export function hbar(fraction: number, width: number, g: HbarGlyphs = unicodeHbar): string {
  const f = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  const eighths = Math.round(f * width * 8);
  const full = Math.floor(eighths / 8);
  const part = eighths % 8 ? (g.barEighths[(eighths % 8) - 1] ?? '') : '';
  const used = full + (part ? 1 : 0);
  return `${g.barFull.repeat(full)}${part}${g.barEmpty.repeat(Math.max(0, width - used))}`;
}

/**
 * Vertical bars, one column per value, `height` rows high, scaled to the largest value; returns
 * the rows top to bottom. Each column is `columnWidth` cells wide; a non-zero value always shows.
 * `steps` holds the eight cells from 1/8 to a full cell high.
 */
export function vbars(
  values: readonly number[],
  height: number,
  columnWidth = 1,
  steps = UNICODE_COLUMN_STEPS,
): string[] {
  const cells = [' ', ...steps];
  const max = Math.max(0, ...values);
  const rows: string[] = [];
  for (let row = height - 1; row >= 0; row--) {
    rows.push(
      values
        .map((v) => {
          const eighths = max > 0 ? Math.max(v > 0 ? 1 : 0, Math.round((v / max) * height * 8)) : 0;
          const cell = cells[Math.min(8, Math.max(0, eighths - row * 8))] ?? ' ';
          return cell.repeat(columnWidth);
        })
        .join(' '),
    );
  }
  return rows;
}
