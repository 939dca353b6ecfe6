// Seeded PRNG: xoshiro128** (32-bit state words, so it runs fast on V8 int32 arithmetic),
// seeded through splitmix32. Deterministic for a given seed on every platform.

const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

function splitmix32(state: number): [number, number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return [next, (z ^ (z >>> 16)) >>> 0];
}

export class Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed: number) {
    let st = seed >>> 0;
    const words: number[] = [];
    for (let i = 0; i < 4; i++) {
      const [next, out] = splitmix32(st);
      st = next;
      words.push(out | 0);
    }
    this.s0 = words[0] ?? 1;
    this.s1 = words[1] ?? 2;
    this.s2 = words[2] ?? 3;
    this.s3 = words[3] ?? 4;
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** A uniform 32-bit unsigned integer. */
  nextU32(): number {
    const s1 = this.s1;
    const x = Math.imul(s1, 5);
    const result = Math.imul((x << 7) | (x >>> 25), 9);
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
    return result >>> 0;
  }

  /** Uniform in the open interval (0, 1): never 0, so −log(u) is finite. */
  uniform(): number {
    return (this.nextU32() + 0.5) * TWO_POW_MINUS_32;
  }

  /** Exponential with the given mean. */
  exponential(mean: number): number {
    return -Math.log(this.uniform()) * mean;
  }
}

/** Derives an independent seed for a second stream (arrivals vs durations) from one user seed. */
export function subSeed(seed: number, stream: number): number {
  return splitmix32((seed ^ Math.imul(stream + 1, 0x632be5ab)) >>> 0)[1];
}
