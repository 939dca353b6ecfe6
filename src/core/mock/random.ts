// A small seeded generator: the same seed and label always give the same sequence.

import { hashString, mulberry32 } from '../prng.js';

/** Uniform numbers in [0, 1) from `seed` and a label (one independent stream per label). */
export function seededRandom(seed: number, label: string): () => number {
  return mulberry32(hashString(`${seed}:${label}`));
}

/**
 * `count` of `xs` drawn without replacement, each with probability proportional to its weight
 * (Efraimidis–Spirakis: key u^(1/w), largest keys win). Zero or negative weights are never drawn.
 */
export function weightedSample<T>(
  xs: readonly T[],
  weight: (x: T) => number,
  count: number,
  random: () => number,
): T[] {
  const keyed = xs
    .map((x) => ({ x, w: weight(x), u: random() }))
    .filter((k) => k.w > 0)
    .map((k) => ({ x: k.x, key: Math.log(Math.max(k.u, Number.MIN_VALUE)) / k.w }));
  keyed.sort((a, b) => b.key - a.key);
  return keyed.slice(0, Math.max(0, count)).map((k) => k.x);
}
