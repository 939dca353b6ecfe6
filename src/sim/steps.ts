// What ←/→ does to a numeric parameter on the simulator screens: wide ranges move along a
// 1-2-5 sequence (…, 50, 100, 200, 500, …), a few parameters along the values people actually
// pick (Lambda memory sizes, Fargate task sizes), narrow ranges by a fixed step.
import type { NumberSpec } from './params.js';

type StepRule =
  | { kind: 'seq125' }
  | { kind: 'list'; values: readonly number[] }
  | { kind: 'linear'; step: number };

/** Values chosen from the ranges AWS offers (memory in MB, Fargate sizes). */
const lists: Record<string, readonly number[]> = {
  memoryMb: [128, 256, 512, 1024, 1536, 1769, 2048, 3008, 4096, 6144, 8192, 10240],
  fargateVcpu: [0.25, 0.5, 1, 2, 4, 8, 16],
  fargateMemoryGb: [0.5, 1, 2, 3, 4, 8, 16, 30, 60, 120],
};

const linear: Record<string, number> = {
  targetUtilization: 0.05,
  seed: 1,
};

export function stepRule(spec: NumberSpec): StepRule {
  const list = lists[spec.name];
  if (list) return { kind: 'list', values: list };
  const step = linear[spec.name];
  if (step !== undefined) return { kind: 'linear', step };
  if (spec.integer && spec.max - spec.min <= 20) return { kind: 'linear', step: 1 };
  return { kind: 'seq125' };
}

/** Relative slack so that 0.30000000000000004 counts as 0.3. */
const EPS = 1e-9;

/** The next value of the 1-2-5 sequence above (dir 1) or below (dir −1) x; x > 0 or dir 1. */
export function next125(x: number, dir: 1 | -1): number {
  if (x <= 0) return dir === 1 ? 1 : 0;
  let decade = 10 ** Math.floor(Math.log10(x));
  const mantissas = [1, 2, 5];
  if (dir === 1) {
    for (;;) {
      for (const m of mantissas) {
        const v = m * decade;
        if (v > x * (1 + EPS)) return v;
      }
      decade *= 10;
    }
  }
  for (;;) {
    for (const m of [...mantissas].reverse()) {
      const v = m * decade;
      if (v < x * (1 - EPS)) return v;
    }
    decade /= 10;
  }
}

/** Rounds away float noise (0.1 + 0.2) so values display as typed. */
function tidy(x: number): number {
  return Number(x.toPrecision(12));
}

/**
 * The value one step from `value` in direction `dir`, kept inside the spec's range (and whole
 * for integer specs). Returns `value` itself when already at the end of the range.
 */
export function stepNumber(spec: NumberSpec, value: number, dir: 1 | -1): number {
  const rule = stepRule(spec);
  let next: number;
  switch (rule.kind) {
    case 'list': {
      const vs = rule.values;
      const found =
        dir === 1
          ? vs.find((v) => v > value * (1 + EPS))
          : [...vs].reverse().find((v) => v < value * (1 - EPS));
      next = found ?? value;
      break;
    }
    case 'linear':
      next = tidy(value + dir * rule.step);
      break;
    case 'seq125': {
      next = next125(value, dir);
      // Where 0 is allowed, small values step to it: integers below 1, others below 0.1.
      const smallest = spec.integer ? 1 : 0.1;
      if (!spec.minExclusive && next > 0 && next < smallest * (1 - EPS)) {
        next = dir === 1 ? smallest : 0;
      }
      break;
    }
  }
  const low = spec.minExclusive ? undefined : spec.min;
  if (next > spec.max) next = spec.max;
  if (low !== undefined && next < low) next = low;
  if (spec.minExclusive && next <= spec.min) next = value;
  if (spec.integer) next = Math.round(next);
  return next;
}
