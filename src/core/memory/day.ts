// Study days. Like Anki, a new day starts at 04:00 local time, not at midnight: a review at
// 01:30 still counts for the evening before, so a late session neither breaks a streak nor
// spends tomorrow's new cards. "Local" is the process's time zone, applied to the injected clock.

/** The hour (local time) at which one study day ends and the next begins. */
const DAY_START_HOUR = 4;

const HOUR = 3_600_000;
export const DAY_MS = 24 * HOUR;

/** A calendar date (the study day's name), `YYYY-MM-DD`. */
export type DayKey = string;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function keyOf(d: Date): DayKey {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The study day a moment belongs to: 03:59 on the 27th is still the 26th. */
export function studyDay(ms: number): DayKey {
  return keyOf(new Date(ms - DAY_START_HOUR * HOUR));
}

/** The moment study day `key` starts (04:00 local). */
function dayStart(key: DayKey): number {
  return localTime(key, DAY_START_HOUR);
}

/** `hour`:00 local time on calendar date `key`. */
export function localTime(key: DayKey, hour: number): number {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, hour).getTime();
}

/** The moment the study day containing `ms` ends (the next 04:00 local). */
export function endOfStudyDay(ms: number): number {
  return dayStart(addDays(studyDay(ms), 1));
}

/** `key` moved by `n` calendar days (DST-proof: works on the date, not on milliseconds). */
export function addDays(key: DayKey, n: number): DayKey {
  const [y, m, d] = key.split('-').map(Number);
  return keyOf(new Date(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + n, 12));
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: DayKey, b: DayKey): number {
  return Math.round((utcOf(b) - utcOf(a)) / DAY_MS);
}

function utcOf(key: DayKey): number {
  const [y, m, d] = key.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isDayKey(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
  return date.getUTCFullYear() === y && date.getUTCMonth() + 1 === m && date.getUTCDate() === d;
}

/** Short weekday name of a day key: Mon, Tue, ... */
export function weekday(key: DayKey): string {
  const [y, m, d] = key.split('-').map(Number);
  return ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][
    new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12).getDay()
  ] as string;
}
