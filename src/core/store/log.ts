import {
  appendFileSync,
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  statSync,
} from 'node:fs';

/**
 * One line of the progress log (JSON Lines). Every rating, answer and finished interview is
 * appended the moment it happens, so Ctrl+C, a crash or a killed terminal loses nothing that
 * was answered. The log is never rewritten in place; undo is an appended event.
 */
export interface LogEvent {
  /** Unique id of this event (undo refers to it). */
  id: string;
  /** Epoch milliseconds. */
  t: number;
  type: string;
  [field: string]: unknown;
}

export interface ReadLog {
  events: LogEvent[];
  /** Lines that were not valid events (a torn last line after a crash, hand edits). */
  skipped: number;
}

function isEvent(value: unknown): value is LogEvent {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.type === 'string' && Number.isFinite(v.t);
}

export function parseLog(text: string): ReadLog {
  const events: LogEvent[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const value: unknown = JSON.parse(line);
      if (isEvent(value)) events.push(value);
      else skipped++;
    } catch {
      skipped++;
    }
  }
  return { events, skipped };
}

export function readLog(file: string): ReadLog {
  if (!existsSync(file)) return { events: [], skipped: 0 };
  return parseLog(readFileSync(file, 'utf8'));
}

export function serializeEvents(events: readonly LogEvent[]): string {
  return events.map((e) => `${JSON.stringify(e)}\n`).join('');
}

/** Appends one event; a torn previous line (crash mid-write) is closed off first. */
export function appendEvent(file: string, event: LogEvent): void {
  const prefix = endsMidLine(file) ? '\n' : '';
  appendFileSync(file, `${prefix}${JSON.stringify(event)}\n`);
}

function endsMidLine(file: string): boolean {
  if (!existsSync(file)) return false;
  const size = statSync(file).size;
  if (size === 0) return false;
  const fd = openSync(file, 'r');
  try {
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    return last[0] !== 0x0a;
  } finally {
    closeSync(fd);
  }
}
