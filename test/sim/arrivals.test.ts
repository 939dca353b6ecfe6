import { describe, expect, it } from 'vitest';
import { ArrivalsCsvError, ArrivalsCsvParser } from '../../src/sim/arrivals-csv.js';
import {
  createArrivals,
  expectedArrivals,
  meanRate,
  parseBurst,
  peakRate,
  rateBasis,
  replayOf,
} from '../../src/sim/models/arrivals.js';

describe('expected arrivals of bursts (issue 16 §6)', () => {
  const burst = { kind: 'bursty', rate: 100, onS: 1, periodS: 10_000 } as const;
  it('a horizon inside the first period holds the whole first burst at the on-window rate', () => {
    // 100 × 10,000 / 1 = 1e6 req/s for 1 s, not 100 × 600 = 60,000.
    expect(peakRate(burst)).toBe(1e6);
    expect(expectedArrivals(burst, 600)).toBe(1e6);
  });
  it('whole periods plus the part of the next burst the horizon reaches', () => {
    // 2 periods (2 s on) + 0.5 s of the third burst = 2.5 s × 1e6.
    expect(expectedArrivals(burst, 20_000.5)).toBeCloseTo(2.5e6, 3);
    // Over whole periods the mean rate holds: 100 × 30,000.
    expect(expectedArrivals(burst, 30_000)).toBeCloseTo(3e6, 3);
  });
  it('the simulated count matches the estimate', () => {
    const src = createArrivals({ ...burst, rate: 1 }, 3);
    let n = 0;
    while (src.next() <= 600) n++;
    // 10,000 expected (one burst of 1 s at 1 × 10,000/s); Poisson sd 100.
    expect(Math.abs(n - expectedArrivals({ ...burst, rate: 1 }, 600))).toBeLessThan(500);
  });
  it('names the rate an analytic formula is fed', () => {
    expect(rateBasis(burst)).toBe('on-window');
    expect(rateBasis({ kind: 'poisson', rate: 1 })).toBe('steady');
    expect(rateBasis(replayOf(new Float64Array([0, 1])))).toBe('long-run');
  });
});

/** The times of a CSV text in file order, fed in pieces of `piece` characters. */
function parseArrivalsCsv(text: string, piece = text.length || 1): number[] {
  const values: number[] = [];
  const parser = new ArrivalsCsvParser((t) => values.push(t));
  for (let i = 0; i < text.length; i += piece) parser.push(text.slice(i, i + piece));
  parser.end();
  return values;
}

describe('arrivals CSV', () => {
  it('reads the first column, skips a header, blank and # lines, in file order', () => {
    const text = 'time,route\n\n# note\n105.5,/b\n100,/a\n"110",/c\r\n';
    expect(parseArrivalsCsv(text)).toEqual([105.5, 100, 110]);
    // Lines split across pieces read the same.
    expect(parseArrivalsCsv(text, 3)).toEqual([105.5, 100, 110]);
  });

  it('reads one time per line', () => {
    expect([...parseArrivalsCsv('0\n1\n2.5\n')]).toEqual([0, 1, 2.5]);
  });

  it('names the line of a bad value', () => {
    expect(() => parseArrivalsCsv('t\n1\nlater\n')).toThrow(ArrivalsCsvError);
    expect(() => parseArrivalsCsv('t\n1\nlater\n')).toThrow(/line 3/);
    expect(() => parseArrivalsCsv('-4\n')).toThrow(/line 1/);
    expect(() => parseArrivalsCsv('header only\n')).toThrow(/no arrival times/);
  });
});

describe('arrival processes', () => {
  it('Poisson arrivals come at the given rate, in order', () => {
    const a = createArrivals({ kind: 'poisson', rate: 5 }, 1);
    let last = 0;
    let n = 0;
    let ordered = true;
    for (let t = a.next(); t <= 10_000; t = a.next()) {
      ordered &&= t >= last;
      last = t;
      n++;
    }
    expect(ordered).toBe(true);
    expect(Math.abs(n / 50_000 - 1)).toBeLessThan(0.02);
  });

  it('bursts arrive only in the first ON_S seconds of each period', () => {
    const spec = { kind: 'bursty' as const, rate: 2, onS: 60, periodS: 600 };
    const a = createArrivals(spec, 3);
    let n = 0;
    let inside = true;
    for (let t = a.next(); t <= 60_000; t = a.next()) {
      inside &&= t % 600 < 60;
      n++;
    }
    expect(inside).toBe(true);
    expect(Math.abs(n / 120_000 - 1)).toBeLessThan(0.02);
    // 1,000 s holds two bursts (0–60 and 600–660): 120 s at 2 × 600/60 = 20 req/s.
    expect(expectedArrivals(spec, 1000)).toBe(2400);
  });

  it('a replay yields its times, then Infinity', () => {
    const spec = replayOf(Float64Array.from([0, 1, 4]));
    const a = createArrivals(spec, 0);
    expect([a.next(), a.next(), a.next(), a.next()]).toEqual([0, 1, 4, Number.POSITIVE_INFINITY]);
    // The bound counts every row: a streamed file is not read again to count within a horizon.
    expect(expectedArrivals(spec, 2)).toBe(3);
    expect(meanRate(spec)).toBe(0.75);
  });

  it('a replay pulls its times piece by piece, skipping empty pieces', () => {
    const pieces = [[0, 1], [], [2.5], [7, 7, 9]].map((p) => Float64Array.from(p));
    let opened = 0;
    const spec = {
      kind: 'replay' as const,
      count: 6,
      lastS: 9,
      open: () => {
        opened++;
        let i = 0;
        return { next: () => pieces[i++] };
      },
    };
    const a = createArrivals(spec, 0);
    const got: number[] = [];
    for (let t = a.next(); t !== Number.POSITIVE_INFINITY; t = a.next()) got.push(t);
    expect(got).toEqual([0, 1, 2.5, 7, 7, 9]);
    expect(a.next()).toBe(Number.POSITIVE_INFINITY);
    expect(opened).toBe(1);
    expect(meanRate(spec)).toBeCloseTo(6 / 9, 12);
  });

  it('parses --burst ON_S:PERIOD_S', () => {
    expect(parseBurst('60:600')).toEqual({ onS: 60, periodS: 600 });
    expect(parseBurst('600:60')).toMatch(/ON_S:PERIOD_S/);
    expect(parseBurst('0:60')).toMatch(/ON_S:PERIOD_S/);
    expect(parseBurst('sixty')).toMatch(/got "sixty"/);
  });
});
