// Number formatting shared by content placeholders (`{{path|usd}}`), exports and the UI.

const numberFormats = ['usd', 'count', 'int', 'pct', 'num'] as const;
export type NumberFormat = (typeof numberFormats)[number];

export function isNumberFormat(s: string): s is NumberFormat {
  return (numberFormats as readonly string[]).includes(s);
}

/** `digits` significant digits, grouped (1,230), never in exponent notation. */
export function significant(value: number, digits: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  return value.toLocaleString('en-US', { maximumSignificantDigits: digits });
}

function grouped(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 0 });
}

/** $103.33, $1,234.50, -$5.00; below a cent keeps 3 significant digits: $0.0000167. */
export function formatUsd(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const body =
    abs !== 0 && abs < 0.01
      ? significant(abs, 3)
      : abs.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${sign}$${body}`;
}

const compactUnits = [
  { size: 1e12, suffix: 'T' },
  { size: 1e9, suffix: 'B' },
  { size: 1e6, suffix: 'M' },
] as const;

/**
 * A whole count: 1,000 and 12,345,678 in full; from a million up, a count that is exact with
 * at most 3 significant digits is shortened: 100M, 1.5M, 2B.
 */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const n = Math.round(value);
  const abs = Math.abs(n);
  for (const { size, suffix } of compactUnits) {
    if (abs < size) continue;
    const scaled = n / size;
    if (Number(scaled.toPrecision(3)) === scaled) return `${significant(scaled, 3)}${suffix}`;
    break;
  }
  return grouped(n);
}

/** Rounded to a whole number, grouped: 1,234. */
export function formatInt(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return grouped(Math.round(value));
}

/** A fraction as a percentage with 3 significant digits: 0.0039 → 0.39%, 0.5 → 50%. */
export function formatPct(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return `${significant(value * 100, 3)}%`;
}

/** 3 significant digits: 103.33 → 103, 0.012345 → 0.0123, 123456 → 123,000. */
function formatNum(value: number): string {
  return significant(value, 3);
}

export function formatNumber(value: number, format: NumberFormat = 'num'): string {
  switch (format) {
    case 'usd':
      return formatUsd(value);
    case 'count':
      return formatCount(value);
    case 'int':
      return formatInt(value);
    case 'pct':
      return formatPct(value);
    case 'num':
      return formatNum(value);
  }
}

/** An answer with its unit for display: USD units as money, others with 4 significant digits. */
export function formatAnswer(value: number, unit: string): string {
  const u = unit.trim();
  if (/^(USD|\$)/.test(u)) {
    const rest = u.replace(/^(USD|\$)\s*/, '');
    if (!rest) return formatUsd(value);
    return rest.startsWith('/') ? `${formatUsd(value)}${rest}` : `${formatUsd(value)} ${rest}`;
  }
  if (u === '%') return `${significant(value, 4)}%`;
  const n = significant(value, 4);
  return u ? `${n} ${u}` : n;
}
