// Text meant for a person's terminal (not JSON): where the locale has no UTF-8, its bars,
// arrows and signs become ASCII of the same width, as the screens do (src/ui/ascii-output.ts).
import { toAscii } from '../ui/ascii-output.js';
import { utf8Locale } from '../ui/theme.js';

export function forTerminal(env: NodeJS.ProcessEnv, text: string): string {
  return utf8Locale(env) ? text : toAscii(text);
}
