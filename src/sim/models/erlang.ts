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
