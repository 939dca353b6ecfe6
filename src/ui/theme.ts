/** Minimum terminal size the screens are laid out for; below it a note asks for more room. */
export const MIN_COLUMNS = 50;
export const MIN_ROWS = 14;

/** Prose wider than this is hard to read: text is wrapped at it on wide terminals. */
export const MAX_TEXT_WIDTH = 100;

/** The width to wrap text at in `available` columns. */
export function textWidth(available: number): number {
  return Math.min(available, MAX_TEXT_WIDTH);
}

/**
 * Whether the terminal gets no colours or text styles (entry.ts maps NO_COLOR and TERM=dumb to
 * FORCE_COLOR=0 for chalk): what styles alone show, such as the cursor, needs a glyph.
 */
export const plainText =
  process.env.NO_COLOR !== undefined ||
  process.env.TERM === 'dumb' ||
  process.env.FORCE_COLOR === '0';

export const colors = {
  accent: 'cyan',
  good: 'green',
  bad: 'red',
  warn: 'yellow',
  dim: 'gray',
} as const;

export interface Glyphs {
  up: string;
  down: string;
  /** A horizontal rule, repeated. */
  rule: string;
  /** A bar's filled and empty cells. */
  barFull: string;
  barEmpty: string;
  /** Chart frame pieces, in chart-grid's order: ┼ ┤ ╶ ╴ ─ ╰ ╭ ╮ ╯ │ (one line style). */
  chart: readonly string[];
  /** Sparkline steps, lowest first. */
  spark: string;
}

const unicodeGlyphs: Glyphs = {
  up: '↑',
  down: '↓',
  rule: '─',
  barFull: '█',
  barEmpty: '░',
  chart: ['┼', '┤', '╶', '╴', '─', '╰', '╭', '╮', '╯', '│'],
  spark: '▁▂▃▄▅▆▇█',
};

const asciiGlyphs: Glyphs = {
  up: '^',
  down: 'v',
  rule: '-',
  barFull: '#',
  barEmpty: '.',
  chart: ['+', '|', '-', '-', '-', '\\', '/', '\\', '/', '|'],
  spark: '_.-=+*#@',
};

/**
 * Whether the terminal's locale can show UTF-8: the first of LC_ALL, LC_CTYPE and LANG that is
 * set decides (as the C library does). With none set, UTF-8 is assumed: most terminals are.
 */
export function utf8Locale(env: NodeJS.ProcessEnv): boolean {
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG;
  if (!locale) return true;
  return /utf-?8/i.test(locale);
}

export function glyphsFor(env: NodeJS.ProcessEnv): Glyphs {
  return utf8Locale(env) ? unicodeGlyphs : asciiGlyphs;
}

/** Box and chart glyphs for this terminal (ASCII under LANG=C and other non-UTF-8 locales). */
export const glyphs: Glyphs = glyphsFor(process.env);
