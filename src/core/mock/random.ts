// A small seeded generator: the same seed and label always give the same sequence.

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Uniform numbers in [0, 1) from `seed` and a label (one independent stream per label). */
export function seededRandom(seed: number, label: string): () => number {
  let a = hash(`${seed}:${label}`);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
