/** What a terminal sends for the keys tests press (the same in a PTY and in ink-testing-library). */
export const keys = {
  up: '\x1b[A',
  down: '\x1b[B',
  right: '\x1b[C',
  left: '\x1b[D',
  enter: '\r',
  esc: '\x1b',
  ctrlC: '\x03',
  backspace: '\x7f',
  space: ' ',
  tab: '\t',
} as const;
