// `{{path|format}}` placeholders in the text of model-linked numeric items.
import { isNumberFormat, type NumberFormat } from '../format.js';

interface Placeholder {
  /** The whole `{{...}}` as written. */
  raw: string;
  /** `lambda.total`, or `params.memoryMb` for an input. */
  path: string;
  format: NumberFormat;
  /** Whether a format was written (`{{x|usd}}`) rather than defaulted. */
  explicitFormat: boolean;
  /** Where the placeholder starts and ends (exclusive) in the text. */
  start: number;
  end: number;
}

type PlaceholderParse = { ok: true; placeholders: Placeholder[] } | { ok: false; error: string };

const pathPattern = /^[A-Za-z_][\w-]*(?:\.[\w-]+)*$/;

export function parsePlaceholders(text: string): PlaceholderParse {
  const placeholders: Placeholder[] = [];
  let pos = 0;
  for (;;) {
    const open = text.indexOf('{{', pos);
    const strayClose = text.indexOf('}}', pos);
    if (strayClose !== -1 && (open === -1 || strayClose < open)) {
      return { ok: false, error: `"}}" without an opening "{{" at character ${strayClose + 1}` };
    }
    if (open === -1) return { ok: true, placeholders };
    const close = text.indexOf('}}', open + 2);
    if (close === -1) return { ok: false, error: `"{{" at character ${open + 1} is never closed` };
    const raw = text.slice(open, close + 2);
    const [pathPart = '', formatPart, ...extra] = text.slice(open + 2, close).split('|');
    const path = pathPart.trim();
    if (!pathPattern.test(path)) {
      return { ok: false, error: `placeholder ${raw}: "${path}" is not a path like lambda.total` };
    }
    if (extra.length) return { ok: false, error: `placeholder ${raw}: one format at most` };
    const format = formatPart === undefined ? 'num' : formatPart.trim();
    if (!isNumberFormat(format)) {
      return {
        ok: false,
        error: `placeholder ${raw}: unknown format "${format}" (usd, count, int, pct, num)`,
      };
    }
    placeholders.push({
      raw,
      path,
      format,
      explicitFormat: formatPart !== undefined,
      start: open,
      end: close + 2,
    });
    pos = close + 2;
  }
}
