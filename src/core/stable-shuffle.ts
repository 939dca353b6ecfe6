// A deterministic shuffle: the same seed string always gives the same order (exports, tests).

function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The indices 0..n-1 in an order fixed by `seed`. With two or more elements the result is never
 * the identity (a shuffled ordering question must not show the answer).
 */
export function stableShuffleIndices(n: number, seed: string): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  const random = mulberry32(hashString(seed));
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  if (n >= 2 && order.every((v, i) => v === i)) order.push(order.shift()!);
  return order;
}

export function stableShuffle<T>(xs: readonly T[], seed: string): T[] {
  return stableShuffleIndices(xs.length, seed).map((i) => xs[i]!);
}
