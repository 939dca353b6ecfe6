// Text bar charts (block characters) for the Progress screen and the stats report.

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A horizontal bar of `width` cells for a fraction 0..1, in eighth-cell steps, padded with ░. */
export function hbar(fraction: number, width: number): string {
  const f = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  const eighths = Math.round(f * width * 8);
  const full = Math.floor(eighths / 8);
  const part = EIGHTHS[eighths % 8] ?? '';
  const used = full + (part ? 1 : 0);
  return `${'█'.repeat(full)}${part}${'░'.repeat(Math.max(0, width - used))}`;
}

const VERTICAL = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/**
 * Vertical bars, one column per value, `height` rows high, scaled to the largest value; returns
 * the rows top to bottom. Each column is `columnWidth` cells wide; a non-zero value always shows.
 */
export function vbars(values: readonly number[], height: number, columnWidth = 1): string[] {
  const max = Math.max(0, ...values);
  const rows: string[] = [];
  for (let row = height - 1; row >= 0; row--) {
    rows.push(
      values
        .map((v) => {
          const eighths = max > 0 ? Math.max(v > 0 ? 1 : 0, Math.round((v / max) * height * 8)) : 0;
          const cell = VERTICAL[Math.min(8, Math.max(0, eighths - row * 8))] ?? ' ';
          return cell.repeat(columnWidth);
        })
        .join(' '),
    );
  }
  return rows;
}
