// Erlang B (loss) and Erlang C (queueing) formulas for c servers offered A Erlangs.

/** Erlang B blocking probability by the stable recursion B(0)=1, B(k)=A·B(k−1)/(k + A·B(k−1)). */
export function erlangB(offeredLoad: number, servers: number): number {
  if (!(offeredLoad >= 0) || !Number.isInteger(servers) || servers < 0) {
    throw new RangeError('erlangB needs offeredLoad >= 0 and a whole number of servers >= 0');
  }
  let b = 1;
  for (let k = 1; k <= servers; k++) b = (offeredLoad * b) / (k + offeredLoad * b);
  return b;
}

/** Probability that an arrival waits in an M/M/c queue; 1 when the load is at or above capacity. */
export function erlangC(offeredLoad: number, servers: number): number {
  if (offeredLoad >= servers) return 1;
  const b = erlangB(offeredLoad, servers);
  return (servers * b) / (servers - offeredLoad * (1 - b));
}

/** Mean wait over all arrivals in an M/M/c queue, in the unit of `holdTime`; Infinity when unstable. */
export function erlangCMeanWait(offeredLoad: number, servers: number, holdTime: number): number {
  if (offeredLoad >= servers) return Number.POSITIVE_INFINITY;
  return (erlangC(offeredLoad, servers) * holdTime) / (servers - offeredLoad);
}

/** The offered load (Erlangs) that c servers carry at a given blocking probability (bisection; B rises with A). */
export function erlangBCapacity(servers: number, blocking: number): number {
  if (!(blocking > 0 && blocking < 1)) throw new RangeError('blocking must be between 0 and 1');
  let lo = 0;
  let hi = Math.max(1, servers);
  while (erlangB(hi, servers) < blocking) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (erlangB(mid, servers) < blocking) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
