// Reads a typed estimate: 1.5M, 2e6, $103.33, 8,720,000, 30%, -4k.

export type NumberParse = { ok: true; value: number } | { ok: false; hint: string };

export const numberExamples = 'e.g. 1.5M, 2e6, $103.33, 8,720,000, 30%';

const multipliers: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  mm: 1e6,
  b: 1e9,
  bn: 1e9,
  t: 1e12,
};

/** Whether a unit is itself a percentage, so "30%" means 30 rather than 0.3. */
export function isPercentUnit(unit: string | undefined): boolean {
  return unit !== undefined && /%|percent/i.test(unit);
}

const pattern = /^([+-]?)(\$?)([+-]?)(\d[\d,]*(?:\.\d*)?|\.\d+)(?:e([+-]?\d+))?\s*([a-z]*|%)$/i;

/**
 * Parses what the learner typed. Commas must group thousands (1,234,567); k, M (or m), B (bn),
 * T scale; a trailing % divides by 100 unless the unit is itself a percentage. Spaces are ignored.
 */
export function parseNumberInput(text: string, unit?: string): NumberParse {
  const compact = text.replace(/[\s_]/g, '');
  if (compact === '') return { ok: false, hint: `Type a number, ${numberExamples}` };
  const m = pattern.exec(compact);
  if (!m) return { ok: false, hint: `Not a number: ${numberExamples}` };
  const [, sign1 = '', , sign2 = '', digits = '', exponent, suffixRaw = ''] = m;
  if (sign1 && sign2) return { ok: false, hint: 'One sign at most' };
  if (digits.includes(',') && !/^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/.test(digits)) {
    return { ok: false, hint: 'Commas group thousands (8,720,000); use . for decimals' };
  }
  let value = Number(digits.replace(/,/g, '')) * 10 ** Number(exponent ?? 0);
  const suffix = suffixRaw.toLowerCase();
  if (suffix === '%') {
    if (!isPercentUnit(unit)) value /= 100;
  } else if (suffix !== '') {
    const scale = multipliers[suffix];
    if (scale === undefined) {
      return {
        ok: false,
        hint: `Unknown suffix "${suffixRaw}": use k, M, B or T (or type the number only)`,
      };
    }
    value *= scale;
  }
  if (sign1 === '-' || sign2 === '-') value = -value;
  if (!Number.isFinite(value)) return { ok: false, hint: 'That number is too large' };
  return { ok: true, value };
}
