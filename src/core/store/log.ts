import { existsSync, readFileSync } from 'node:fs';
import { FILE_MODE, realFs, type StoreFs } from './fs.js';

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

/**
 * Appends events as whole lines, or not at all: when the write fails part-way (a full disk),
 * the file is cut back to its old length, so no torn line is left for the next run to skip.
 * A torn previous line (a crash mid-write) is closed off first.
 */
export function appendEvents(
  file: string,
  events: readonly LogEvent[],
  fs: StoreFs = realFs,
): void {
  if (events.length === 0) return;
  const fd = fs.openSync(file, 'a+', FILE_MODE);
  try {
    const size = fs.fstatSync(fd).size;
    const prefix = endsMidLine(fs, fd, size) ? '\n' : '';
    const bytes = Buffer.from(prefix + serializeEvents(events));
    try {
      let written = 0;
      while (written < bytes.length) written += fs.writeSync(fd, bytes, written);
    } catch (error) {
      try {
        fs.ftruncateSync(fd, size);
      } catch {
        // Cutting back failed too; the reader skips a torn line, and the events stay queued.
      }
      throw error;
    }
  } finally {
    fs.closeSync(fd);
  }
}

function endsMidLine(fs: StoreFs, fd: number, size: number): boolean {
  if (size === 0) return false;
  const last = Buffer.alloc(1);
  fs.readSync(fd, last, 0, 1, size - 1);
  return last[0] !== 0x0a;
}
