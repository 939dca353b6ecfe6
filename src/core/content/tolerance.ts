// Whether a value is close enough to the expected one.
import type { Tolerance } from './schema.js';

export function withinTolerance(actual: number, expected: number, tolerance: Tolerance): boolean {
  if (!Number.isFinite(actual) || !Number.isFinite(expected)) return false;
  const slack = 1e-9 * Math.max(1, Math.abs(expected));
  const allowed =
    'relative' in tolerance ? tolerance.relative * Math.abs(expected) : tolerance.absolute;
  return Math.abs(actual - expected) <= allowed + slack;
}

export function describeTolerance(tolerance: Tolerance): string {
  return 'relative' in tolerance
    ? `±${Number((tolerance.relative * 100).toPrecision(6))}%`
    : `±${tolerance.absolute}`;
}
