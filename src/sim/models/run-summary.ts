// The result both cold-start models report (one request per environment, and several): time
// averages from the integrated areas, shares of the counts, latency quantiles.
import type { ColdStartResult } from './cold-start.js';
import type { LogHistogram } from './histogram.js';

/** What a run has counted so far; both cold-start models report through summarise(). */
interface RunCounts {
  elapsed: number;
  alive: number;
  areaBusy: number;
  areaAlive: number;
  /** Requests one environment serves at once. */
  slots: number;
  requests: number;
  coldStarts: number;
  rejected: number;
  /** Only with an environment limit. */
  failed: number | undefined;
  peakAlive: number;
  peakBusy: number;
  hist: LogHistogram;
}

export function summarise(c: RunCounts): ColdStartResult {
  const meanBusy = c.elapsed > 0 ? c.areaBusy / c.elapsed : 0;
  const meanInstances = c.elapsed > 0 ? c.areaAlive / c.elapsed : c.alive;
  const n = c.requests;
  const result: ColdStartResult = {
    requests: n,
    coldStarts: c.coldStarts,
    coldStartProbability: n > 0 ? c.coldStarts / n : 0,
    rejected: c.rejected,
    rejectionProbability: n > 0 ? c.rejected / n : 0,
    meanInstances,
    meanBusy,
    meanIdle: meanInstances - meanBusy / c.slots,
    peakInstances: c.peakAlive,
    peakBusy: c.peakBusy,
    latencyMs: {
      mean: c.hist.mean(),
      p50: c.hist.quantile(0.5),
      p95: c.hist.quantile(0.95),
      p99: c.hist.quantile(0.99),
    },
    simulatedS: c.elapsed,
  };
  if (c.failed !== undefined) result.failed = c.failed;
  return result;
}
