// Units a learner may type after a number, and the unit an item's answer is in. A typed unit of
// the item's own dimension is converted (`0.3 s` for an answer in ms is 300); one of another
// dimension is refused with a hint, never silently dropped.

type Dimension = 'time' | 'money';

export interface UnitInfo {
  dimension: Dimension;
  /** How many of the dimension's base unit (seconds, dollars) one of this unit is. */
  factor: number;
}

const time = (factor: number): UnitInfo => ({ dimension: 'time', factor });
const money: UnitInfo = { dimension: 'money', factor: 1 };

/** Typed unit words, lower case. "m" is not here: it is milli or million (see parse-number). */
const typedUnits: Record<string, UnitInfo> = {
  ns: time(1e-9),
  us: time(1e-6),
  µs: time(1e-6),
  ms: time(1e-3),
  msec: time(1e-3),
  msecs: time(1e-3),
  millisecond: time(1e-3),
  milliseconds: time(1e-3),
  s: time(1),
  sec: time(1),
  secs: time(1),
  second: time(1),
  seconds: time(1),
  min: time(60),
  mins: time(60),
  minute: time(60),
  minutes: time(60),
  h: time(3600),
  hr: time(3600),
  hrs: time(3600),
  hour: time(3600),
  hours: time(3600),
  day: time(86_400),
  days: time(86_400),
  usd: money,
  dollar: money,
  dollars: money,
};

/** A typed unit word, if it is one. */
export function typedUnit(word: string): UnitInfo | undefined {
  return typedUnits[word.toLowerCase()];
}

/**
 * The unit an item's answer is in, read from its `unit` text: "ms", "seconds", "USD/month",
 * "minutes" → time or money; anything else (counts, "GB-s", "probability (0–1)") → undefined.
 */
export function itemUnit(unit: string | undefined): UnitInfo | undefined {
  if (unit === undefined) return undefined;
  const head = unit.trim().split(/[\s/(]/)[0] ?? '';
  if (head === '$') return money;
  return typedUnit(head);
}
