import { UNICODE_COLUMN_STEPS, unicodeHbar } from '../core/bars.js';

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
  /** A partly filled bar cell, in eighths (1/8 to 7/8): ▏ ▎ ▍ ▌ ▋ ▊ ▉. */
  barEighths: readonly string[];
  /** Chart lines in asciichart's symbol order: axis ┼ ┤ ╶ ╴, then the line ─ ╰ ╭ ╮ ╯ │. */
  chart: ChartLines;
  /** A cell two chart lines share. */
  overlap: string;
  /** One value drawn at its own row (a run's result). */
  point: string;
  /** A chart marker's vertical line: a strong one (break-even) and a light one (now). */
  marker: string;
  nowMarker: string;
  /** Vertical bar cells from 1/8 to a full cell high. */
  columnSteps: string;
  /** Sparkline steps, lowest first. */
  spark: string;
  /** Multiplication in text ("7 × 0.25 vCPU") and a value still to come. */
  times: string;
  ellipsis: string;
}

/** The ten symbols asciichart draws with: axis ┼ ┤ ╶ ╴, then the line ─ ╰ ╭ ╮ ╯ │. */
export type Symbols = [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];

/** Line styles, so series stay apart without colour. */
export interface ChartLines {
  solid: Symbols;
  double: Symbols;
  dotted: Symbols;
}

const unicodeGlyphs: Glyphs = {
  up: '↑',
  down: '↓',
  rule: '─',
  barFull: '█',
  barEmpty: '░',
  barEighths: unicodeHbar.barEighths,
  chart: {
    solid: ['┼', '┤', '╶', '╴', '─', '╰', '╭', '╮', '╯', '│'],
    double: ['┼', '┤', '╶', '╴', '═', '╚', '╔', '╗', '╝', '║'],
    dotted: ['┼', '┤', '╶', '╴', '┄', '╰', '╭', '╮', '╯', '┆'],
  },
  overlap: '×',
  point: '●',
  marker: '┃',
  nowMarker: '╎',
  columnSteps: UNICODE_COLUMN_STEPS,
  spark: UNICODE_COLUMN_STEPS,
  times: '×',
  ellipsis: '…',
};

const asciiGlyphs: Glyphs = {
  up: '^',
  down: 'v',
  rule: '-',
  barFull: '#',
  barEmpty: '.',
  // No partial cells in ASCII: a part of at least half a cell shows as a full one.
  barEighths: ['.', '.', '.', '#', '#', '#', '#'],
  // Rising lines turn at ╯ then ╭ (both a slash), falling ones at ╮ then ╰ (both a backslash).
  chart: {
    solid: ['+', '|', '-', '-', '-', '\\', '/', '\\', '/', '|'],
    double: ['+', '|', '-', '-', '=', '\\', '/', '\\', '/', '|'],
    dotted: ['+', '|', '-', '-', '.', '\\', '/', '\\', '/', ':'],
  },
  overlap: 'x',
  point: '*',
  marker: '|',
  nowMarker: ':',
  columnSteps: '...::::#',
  spark: '_.-=+*#@',
  times: 'x',
  ellipsis: '...',
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

/** Whether this terminal's locale is UTF-8 (chooses between Unicode and ASCII text). */
export const utf8 = utf8Locale(process.env);

/** Box and chart glyphs for this terminal (ASCII under LANG=C and other non-UTF-8 locales). */
export const glyphs: Glyphs = utf8 ? unicodeGlyphs : asciiGlyphs;
