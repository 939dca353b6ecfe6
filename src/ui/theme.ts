/** Minimum terminal size the screens are laid out for; below it a note asks for more room. */
export const MIN_COLUMNS = 50;
export const MIN_ROWS = 14;

export const colors = {
  accent: 'cyan',
  good: 'green',
  bad: 'red',
  warn: 'yellow',
  dim: 'gray',
} as const;
