// A deterministic shuffle: the same seed string always gives the same order (exports, tests).

import { hashString, mulberry32, shuffle } from './prng.js';

/**
 * The indices 0..n-1 in an order fixed by `seed`. With two or more elements the result is never
 * the identity (a shuffled ordering question must not show the answer).
 */
export function stableShuffleIndices(n: number, seed: string): number[] {
  const indices = Array.from({ length: n }, (_, i) => i);
  const order = shuffle(indices, mulberry32(hashString(seed)));
  if (n >= 2 && order.every((v, i) => v === i)) order.push(order.shift()!);
  return order;
}

export function stableShuffle<T>(xs: readonly T[], seed: string): T[] {
  return stableShuffleIndices(xs.length, seed).map((i) => xs[i]!);
}
