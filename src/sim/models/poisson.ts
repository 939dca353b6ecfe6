// Poisson occupancy: with Poisson arrivals and no queueing (M/G/∞), the number of requests in
// flight at a random moment is Poisson with mean a = rate × mean duration, whatever the
// duration's distribution. The cost model uses it for provisioned-concurrency spill-over.

/** ln Γ(x) for x ≥ 1: exact sums below 16, Stirling's series (error < 1e-15) above. */
function logGamma(x: number): number {
  if (x < 16) {
    let acc = 0;
    let y = x;
    while (y < 16) {
      acc -= Math.log(y);
      y += 1;
    }
    return acc + logGamma(y);
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  const series = inv * (1 / 12 - inv2 * (1 / 360 - inv2 * (1 / 1260 - inv2 / 1680)));
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + series;
}

/** Terms below this share of the running sum stop a tail sum (they can only shrink from there). */
const EPS = 1e-17;
/** Hard cap on terms: a tail past the mode shrinks geometrically, well before this. */
const MAX_TERMS = 10_000_000;

/**
 * E[(N − k)+] for N ~ Poisson(a): the mean number of requests in flight beyond k slots. Sums
 * the side of k away from the mode, so every term is smaller than the last and the work is
 * O(√a) at worst: for k ≥ a the tail Σ_{n>k} (n−k)·p(n); for k < a, (a − k) plus the lower
 * side Σ_{n<k} (k−n)·p(n), which avoids subtracting two nearly equal large numbers.
 */
export function poissonExcess(a: number, k: number): number {
  if (!(a > 0)) return 0;
  if (k <= 0) return a;
  const logP = (n: number) => n * Math.log(a) - a - logGamma(n + 1);
  let sum = 0;
  if (k >= a) {
    let p = Math.exp(logP(k));
    for (let n = k + 1, i = 0; i < MAX_TERMS; n++, i++) {
      p *= a / n;
      const term = (n - k) * p;
      sum += term;
      if (term <= EPS * sum || p === 0) break;
    }
    return sum;
  }
  let p = Math.exp(logP(k));
  for (let n = k - 1, i = 0; n >= 0 && i < MAX_TERMS; n--, i++) {
    p *= (n + 1) / a;
    const term = (k - n) * p;
    sum += term;
    if (term <= EPS * sum || p === 0) break;
  }
  return a - k + sum;
}
