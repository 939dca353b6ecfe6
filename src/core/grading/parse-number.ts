// Reads a typed estimate: 1.5M, 2e6, $40, 2,500, 30%, -4k, and, for an item with a time or money
// unit, that unit's common forms: 300ms, 0.3 s, 2 min, $110, 110 dollars.
import { itemUnit, typedUnit, type UnitInfo } from './units.js';

export type NumberParse = { ok: true; value: number } | { ok: false; hint: string };

// Fixed values of their own: never a default model's answer (8.7M, $103 were, once).
export const numberExamples = 'e.g. 1.5M, 2e6, $40, 2,500, 30%';

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

const pattern = /^([+-]?)(\$?)([+-]?)(\d[\d,]*(?:\.\d*)?|\.\d+)(?:e([+-]?\d+))?\s*([a-zµ]*|%)$/i;

/**
 * Parses what the learner typed. Commas must group thousands (1,234,567); k, M, B (bn), T
 * scale; a trailing % divides by 100 unless the unit is itself a percentage. Spaces are ignored.
 *
 * With the item's `unit`: the unit's own text may follow the number ("20 connections"); for a
 * time or money unit, any unit of that dimension is converted ("0.3 s" → 300 for ms, "$110" and
 * "110 dollars" for USD), and a unit of another dimension is refused. Lower-case "m" means
 * million, except where the answer is a time: there "5m" could be minutes, milli or million, so
 * it asks.
 */
export function parseNumberInput(text: string, unit?: string): NumberParse {
  let compact = text.replace(/[\s_]/g, '');
  if (compact === '') return { ok: false, hint: `Type a number, ${numberExamples}` };
  // The item's own unit text after the number ("20 connections", "5 USD/month").
  const own = unit?.replace(/\s/g, '').toLowerCase();
  if (own && compact.length > own.length && compact.toLowerCase().endsWith(own)) {
    const rest = compact.slice(0, -own.length);
    if (/\d$/.test(rest)) compact = rest;
  }
  const m = pattern.exec(compact);
  if (!m) return { ok: false, hint: `Not a number: ${numberExamples}` };
  const [, sign1 = '', dollar = '', sign2 = '', digits = '', exponent, suffixRaw = ''] = m;
  if (sign1 && sign2) return { ok: false, hint: 'One sign at most' };
  if (digits.includes(',') && !/^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/.test(digits)) {
    return { ok: false, hint: 'Commas group thousands (8,720,000); use . for decimals' };
  }
  let value = Number(digits.replace(/,/g, '')) * 10 ** Number(exponent ?? 0);
  const target = itemUnit(unit);
  const suffix = suffixRaw.toLowerCase();
  let typed: UnitInfo | undefined = dollar ? typedUnit('usd') : undefined;
  if (suffix === '%') {
    if (!isPercentUnit(unit)) value /= 100;
  } else if (suffix !== '') {
    const read = readSuffix(suffixRaw, target);
    if (!read.ok) return read;
    if (read.unit && typed) return { ok: false, hint: 'One unit at most' };
    value *= read.scale;
    typed = read.unit ?? typed;
  }
  if (typed && target) {
    if (typed.dimension !== target.dimension) {
      return { ok: false, hint: `The answer is in ${unit}` };
    }
    value = (value * typed.factor) / target.factor;
  } else if (typed && typed.dimension !== 'money') {
    return { ok: false, hint: `The answer is a number${unit ? ` of ${unit}` : ''}, not a time` };
  }
  if (sign1 === '-' || sign2 === '-') value = -value;
  if (!Number.isFinite(value)) return { ok: false, hint: 'That number is too large' };
  return { ok: true, value };
}

type SuffixRead = { ok: true; scale: number; unit?: UnitInfo } | { ok: false; hint: string };

/** A suffix: a scale (k, M), a unit (ms, s, dollars) or both (2kms is not; 1.5Mdollars is). */
function readSuffix(raw: string, target: UnitInfo | undefined): SuffixRead {
  const whole = typedUnit(raw);
  if (whole) return { ok: true, scale: 1, unit: whole };
  if (raw === 'm' && target?.dimension === 'time') {
    return { ok: false, hint: '"m" could be minutes, milli or million here: type min, ms or M' };
  }
  const lower = raw.toLowerCase();
  for (const len of [2, 1]) {
    const scale = multipliers[lower.slice(0, len)];
    if (scale === undefined) continue;
    const rest = raw.slice(len);
    if (rest === '') return { ok: true, scale };
    const unit = typedUnit(rest);
    if (unit) return { ok: true, scale, unit };
  }
  return {
    ok: false,
    hint: `Unknown suffix "${raw}": use k, M, B or T${target ? ", or a unit like the answer's" : ''} (or type the number only)`,
  };
}
