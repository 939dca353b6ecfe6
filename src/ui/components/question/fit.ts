// Sharing a fixed number of lines among several wrapped texts.

/**
 * How many lines each block may use so that together they fit `total`: the longest blocks are
 * shortened first, never below one line each.
 */
export function shareLines(natural: readonly number[], total: number): number[] {
  const out = natural.map((n) => Math.max(1, n));
  let sum = out.reduce((a, b) => a + b, 0);
  while (sum > total) {
    let longest = -1;
    for (let i = 0; i < out.length; i++) {
      if ((out[i] ?? 0) > 1 && (longest === -1 || (out[i] ?? 0) > (out[longest] ?? 0))) longest = i;
    }
    if (longest === -1) break;
    out[longest] = (out[longest] ?? 1) - 1;
    sum--;
  }
  return out;
}
