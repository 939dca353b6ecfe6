// Arrival processes: each yields arrival times in increasing order, Infinity when exhausted.
import { Rng } from './rng.js';

export type ArrivalSpec =
  | { kind: 'poisson'; rate: number }
  /** Every periodS seconds, Poisson arrivals during the first onS seconds only, at rate × periodS/onS. */
  | { kind: 'bursty'; rate: number; onS: number; periodS: number }
  | ReplaySpec;

/**
 * Replayed arrival times handed over in pieces, ascending from 0; undefined once there are no
 * more. A piece is read before the next is asked for, so a source may reuse its buffer.
 */
export interface TimeChunks {
  next(): Float64Array | undefined;
}

/**
 * A replay of arrival times in seconds (ascending, the first at 0). Its size and span are known
 * up front; the times themselves are pulled in pieces, so a long file never has to fit in
 * memory. Each run opens its own pass.
 */
export interface ReplaySpec {
  kind: 'replay';
  count: number;
  /** The last arrival time. */
  lastS: number;
  open(): TimeChunks;
}

/** A replay of times already in memory (sorted, the first at 0). */
export function replayOf(times: Float64Array): ReplaySpec {
  return {
    kind: 'replay',
    count: times.length,
    lastS: times[times.length - 1] ?? 0,
    open: () => {
      let given = false;
      return {
        next: () => {
          if (given) return undefined;
          given = true;
          return times;
        },
      };
    },
  };
}

export interface ArrivalSource {
  next(): number;
}

class PoissonArrivals implements ArrivalSource {
  private t = 0;
  private readonly mean: number;
  constructor(
    rate: number,
    private readonly rng: Rng,
  ) {
    this.mean = 1 / rate;
  }
  next(): number {
    this.t += this.rng.exponential(this.mean);
    return this.t;
  }
}

class BurstyArrivals implements ArrivalSource {
  // `s` runs on "on-time" only; it is mapped onto the wall clock by inserting the off gaps.
  private s = 0;
  private readonly mean: number;
  constructor(
    rate: number,
    private readonly onS: number,
    private readonly periodS: number,
    private readonly rng: Rng,
  ) {
    this.mean = onS / (rate * periodS);
  }
  next(): number {
    this.s += this.rng.exponential(this.mean);
    const k = Math.floor(this.s / this.onS);
    return k * this.periodS + (this.s - k * this.onS);
  }
}

class ReplayArrivals implements ArrivalSource {
  private chunk: Float64Array = new Float64Array(0);
  private i = 0;
  private done = false;
  constructor(private readonly chunks: TimeChunks) {}
  next(): number {
    while (this.i >= this.chunk.length) {
      const chunk = this.done ? undefined : this.chunks.next();
      if (chunk === undefined) {
        this.done = true;
        return Number.POSITIVE_INFINITY;
      }
      this.chunk = chunk;
      this.i = 0;
    }
    return this.chunk[this.i++]!;
  }
}

export function createArrivals(spec: ArrivalSpec, seed: number): ArrivalSource {
  switch (spec.kind) {
    case 'poisson':
      return new PoissonArrivals(spec.rate, new Rng(seed));
    case 'bursty':
      return new BurstyArrivals(spec.rate, spec.onS, spec.periodS, new Rng(seed));
    case 'replay':
      return new ReplayArrivals(spec.open());
  }
}

/**
 * Expected number of arrivals within the horizon (for the work bound). Bursts count at their
 * on-window rate over the on-time the horizon holds: a horizon shorter than one period sees the
 * whole first burst, not rate × horizon. A replay counts every row, an upper bound that needs
 * no pass over a streamed file (its size limit keeps a file's rows below the work bound).
 */
export function expectedArrivals(spec: ArrivalSpec, horizonS: number): number {
  switch (spec.kind) {
    case 'replay':
      return spec.count;
    case 'bursty': {
      const periods = Math.floor(horizonS / spec.periodS);
      const onTime = periods * spec.onS + Math.min(spec.onS, horizonS - periods * spec.periodS);
      return peakRate(spec) * onTime;
    }
    case 'poisson':
      return spec.rate * horizonS;
  }
}

/** The rate while requests arrive: a burst's on-window rate (rate × period / on-time). */
export function peakRate(spec: ArrivalSpec): number {
  return spec.kind === 'bursty' ? (spec.rate * spec.periodS) / spec.onS : meanRate(spec);
}

/**
 * What an analytic (steady Poisson) formula is fed: the rate itself, a burst's on-window rate
 * (the load the burst meets), or a replay's long-run average (it has no steady rate).
 */
export type RateBasis = 'steady' | 'on-window' | 'long-run';

export function rateBasis(spec: ArrivalSpec): RateBasis {
  if (spec.kind === 'bursty') return 'on-window';
  return spec.kind === 'replay' ? 'long-run' : 'steady';
}

/** The long-run mean rate (req/s) of a spec; for a replay, arrivals over its span. */
export function meanRate(spec: ArrivalSpec): number {
  if (spec.kind !== 'replay') return spec.rate;
  return spec.lastS > 0 ? spec.count / spec.lastS : 0;
}

/** Parses `--burst ON_S:PERIOD_S`; returns an error sentence instead of throwing. */
export function parseBurst(text: string): { onS: number; periodS: number } | string {
  const m = /^\s*(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)\s*$/.exec(text);
  const onS = m ? Number(m[1]) : Number.NaN;
  const periodS = m ? Number(m[2]) : Number.NaN;
  if (!(onS > 0 && periodS > 0 && onS <= periodS)) {
    return `must be ON_S:PERIOD_S with 0 < ON_S ≤ PERIOD_S, e.g. 60:600 (got "${text}")`;
  }
  return { onS, periodS };
}
