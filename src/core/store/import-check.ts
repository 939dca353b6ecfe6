// The rules an imported progress file must meet, checked in full before anything is touched.
import { quote } from '../quote.js';
import type { LogEvent } from './log.js';
import { type Settings, settingsProblem } from './settings.js';

export const EXPORT_FORMAT = 'faas-prep-progress';
export const EXPORT_VERSION = 1;

export interface ProgressExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
  events: LogEvent[];
}

/** The event types the app writes; anything else is not ours (or from a newer version). */
const EVENT_TYPES: readonly string[] = ['review', 'undo', 'mock'];

/** No event before the app could have existed. */
const EARLIEST_EVENT_MS = Date.UTC(2000, 0, 1);
/** Clocks of two machines disagree a little; an export made a minute "ahead" is still fine. */
const FUTURE_SLACK_MS = 5 * 60_000;

/** What is wrong with one event (by the store's rules), or undefined. */
function eventProblem(value: unknown, now: number, seen: Set<string>): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `is not an object: ${quote(value)}`;
  }
  const e = value as Record<string, unknown>;
  if (typeof e.id !== 'string' || e.id === '') return `has no id: ${quote(value)}`;
  if (seen.has(e.id)) return `repeats the id ${quote(e.id)}`;
  seen.add(e.id);
  if (typeof e.type !== 'string' || !EVENT_TYPES.includes(e.type)) {
    return `has an unknown type ${quote(e.type)} (expected ${EVENT_TYPES.join(', ')})`;
  }
  const t = e.t;
  if (typeof t !== 'number' || !Number.isFinite(t)) return `has no time: ${quote(t)}`;
  if (t < EARLIEST_EVENT_MS) return `is dated before 2000 (t = ${quote(t)})`;
  if (t > now + FUTURE_SLACK_MS) return `is dated in the future (${new Date(t).toISOString()})`;
  if (e.type === 'review') {
    if (typeof e.itemId !== 'string' || e.itemId === '') return `has no itemId: ${quote(value)}`;
    if (e.rating !== 1 && e.rating !== 2 && e.rating !== 3 && e.rating !== 4) {
      return `has rating ${quote(e.rating)} (ratings are 1 to 4)`;
    }
  }
  if (e.type === 'undo' && typeof e.target !== 'string') return `undoes nothing: ${quote(value)}`;
  return undefined;
}

/**
 * Validates an export file's text completely, by the same rules the store keeps; throws one
 * line naming the first problem (bad input quoted, at most ~80 characters).
 */
export function parseExport(text: string, now: number): ProgressExport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`not valid JSON (${(error as Error).message.slice(0, 120)})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`not a faas-prep export (it holds ${quote(value, 40)})`);
  }
  const v = value as Record<string, unknown>;
  if (v.format !== EXPORT_FORMAT)
    throw new Error(`not a faas-prep export (format is ${quote(v.format ?? null)})`);
  if (v.version !== EXPORT_VERSION)
    throw new Error(
      `export version ${quote(v.version ?? null)} is not supported (expected ${EXPORT_VERSION})`,
    );
  if (v.settings === undefined) throw new Error('its settings are missing');
  const settingsIssue = settingsProblem(v.settings);
  if (settingsIssue) throw new Error(`its settings are invalid: ${settingsIssue}`);
  if (!Array.isArray(v.events)) throw new Error('it has no events list');
  const seen = new Set<string>();
  for (const [i, event] of v.events.entries()) {
    const problem = eventProblem(event, now, seen);
    if (problem) throw new Error(`event ${i + 1} of ${v.events.length} ${problem}`);
  }
  const s = v.settings as Settings;
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: String(v.exportedAt ?? ''),
    settings: {
      desiredRetention: s.desiredRetention,
      newPerDay: s.newPerDay,
      interviewDate: s.interviewDate,
      createdAt: s.createdAt,
    },
    events: v.events as LogEvent[],
  };
}

/** The item ids the events name that `known` does not have (content not installed yet). */
export function unknownItemIds(events: readonly LogEvent[], known: ReadonlySet<string>): string[] {
  const unknown = new Set<string>();
  for (const e of events) {
    if (typeof e.itemId === 'string' && !known.has(e.itemId)) unknown.add(e.itemId);
  }
  return [...unknown];
}
