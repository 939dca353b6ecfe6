import { describe, expect, it } from 'vitest';
import { ArrivalsCsvError, parseArrivalsCsv } from '../../src/sim/arrivals-csv.js';
import {
  createArrivals,
  expectedArrivals,
  meanRate,
  parseBurst,
} from '../../src/sim/models/arrivals.js';

describe('arrivals CSV', () => {
  it('reads the first column, skips a header, blank and # lines, sorts, and starts at 0', () => {
    const t = parseArrivalsCsv('time,route\n\n# note\n105.5,/b\n100,/a\n"110",/c\r\n');
    expect([...t]).toEqual([0, 5.5, 10]);
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
    expect(expectedArrivals(spec, 1000)).toBe(2000);
  });

  it('a replay yields its times, then Infinity', () => {
    const spec = { kind: 'replay' as const, times: Float64Array.from([0, 1, 4]) };
    const a = createArrivals(spec, 0);
    expect([a.next(), a.next(), a.next(), a.next()]).toEqual([0, 1, 4, Number.POSITIVE_INFINITY]);
    expect(expectedArrivals(spec, 2)).toBe(2);
    expect(meanRate(spec)).toBe(0.75);
  });

  it('parses --burst ON_S:PERIOD_S', () => {
    expect(parseBurst('60:600')).toEqual({ onS: 60, periodS: 600 });
    expect(parseBurst('600:60')).toMatch(/ON_S:PERIOD_S/);
    expect(parseBurst('0:60')).toMatch(/ON_S:PERIOD_S/);
    expect(parseBurst('sixty')).toMatch(/got "sixty"/);
  });
});
