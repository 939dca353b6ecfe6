// Fixed-size histogram with logarithmic buckets: bounded memory however many values are
// recorded; percentiles come back within about half a bucket (0.5%) of the true value.

export class LogHistogram {
  private readonly counts: Float64Array;
  private readonly logMin: number;
  private readonly invLogGrowth: number;
  private n = 0;
  private sum = 0;
  private lo = Number.POSITIVE_INFINITY;
  private hi = Number.NEGATIVE_INFINITY;

  /** Buckets span [min, max] with each `growth` times the last; values outside go to the end buckets. */
  constructor(
    private readonly min = 0.01,
    max = 1e9,
    growth = 1.01,
  ) {
    this.logMin = Math.log(min);
    this.invLogGrowth = 1 / Math.log(growth);
    this.counts = new Float64Array(
      Math.ceil((Math.log(max) - this.logMin) * this.invLogGrowth) + 1,
    );
  }

  record(value: number): void {
    this.n++;
    this.sum += value;
    if (value < this.lo) this.lo = value;
    if (value > this.hi) this.hi = value;
    let i = value > this.min ? ((Math.log(value) - this.logMin) * this.invLogGrowth) | 0 : 0;
    if (i >= this.counts.length) i = this.counts.length - 1;
    this.counts[i]!++;
  }

  get count(): number {
    return this.n;
  }

  mean(): number {
    return this.n > 0 ? this.sum / this.n : 0;
  }

  /** The q-quantile (0 < q ≤ 1): the geometric middle of its bucket, clamped to the observed range. */
  quantile(q: number): number {
    if (this.n === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.n));
    let seen = 0;
    for (let i = 0; i < this.counts.length; i++) {
      seen += this.counts[i]!;
      if (seen >= rank) {
        const mid = Math.exp(this.logMin + (i + 0.5) / this.invLogGrowth);
        return Math.min(this.hi, Math.max(this.lo, mid));
      }
    }
    return this.hi;
  }
}
