// Card actions that are not answers: suspend, bury until tomorrow, flag. Like bring-forward, they
// are events in the log (never a separate file), replayed in order, so undo is the usual `undo`
// event and a restart sees exactly what was done. A suspended card leaves every queue and count
// until it is unsuspended; a buried one until its study day ends; a flag only marks the card.
import type { LogEvent } from '../store/log.js';

const MARK_TYPES = ['suspend', 'unsuspend', 'bury', 'unbury', 'flag', 'unflag'] as const;
type MarkType = (typeof MARK_TYPES)[number];

export interface CardMarkEvent extends LogEvent {
  type: MarkType;
  itemId: string;
  /** bury: epoch ms the card comes back (the end of the study day it was buried on). */
  until?: number;
}

export interface CardMarks {
  suspended: boolean;
  /** Epoch ms a buried card comes back; absent: not buried. */
  buriedUntil?: number;
  flagged: boolean;
}

const markTypes = new Set<string>(MARK_TYPES);

export function isCardMarkEvent(event: LogEvent): event is CardMarkEvent {
  if (!markTypes.has(event.type)) return false;
  if (typeof event.itemId !== 'string' || event.itemId === '') return false;
  return event.type !== 'bury' || (typeof event.until === 'number' && Number.isFinite(event.until));
}

/** Applies one mark event, in log order, to the marks of every item (in place). */
export function applyCardMark(marks: Map<string, CardMarks>, e: CardMarkEvent): void {
  const prev = marks.get(e.itemId) ?? { suspended: false, flagged: false };
  const next: CardMarks = { ...prev };
  switch (e.type) {
    case 'suspend':
      next.suspended = true;
      break;
    case 'unsuspend':
      next.suspended = false;
      break;
    case 'bury':
      next.buriedUntil = e.until;
      break;
    case 'unbury':
      delete next.buriedUntil;
      break;
    case 'flag':
      next.flagged = true;
      break;
    case 'unflag':
      next.flagged = false;
      break;
  }
  if (!next.suspended && !next.flagged && next.buriedUntil === undefined) marks.delete(e.itemId);
  else marks.set(e.itemId, next);
}

export function isBuried(m: CardMarks | undefined, now: number): boolean {
  return m?.buriedUntil !== undefined && m.buriedUntil > now;
}

/** Suspended or buried at `now`: out of every queue and every count. */
export function isSetAside(m: CardMarks | undefined, now: number): boolean {
  return m !== undefined && (m.suspended || isBuried(m, now));
}

/** The items set aside at `now` (see isSetAside). */
/** Items suspended now (whatever their bury state): out of study until unsuspended. */
export function suspendedIds(marks: ReadonlyMap<string, CardMarks>): Set<string> {
  return new Set([...marks].filter(([, m]) => m.suspended).map(([id]) => id));
}

export function setAsideAt(marks: ReadonlyMap<string, CardMarks>, now: number): Set<string> {
  const out = new Set<string>();
  for (const [id, m] of marks) if (isSetAside(m, now)) out.add(id);
  return out;
}

export function decodeMarks(raw: unknown): Map<string, CardMarks> | undefined {
  if (!Array.isArray(raw)) return undefined;
  const out = new Map<string, CardMarks>();
  for (const entry of raw) {
    if (!Array.isArray(entry) || entry.length !== 2) return undefined;
    const [id, m] = entry as [unknown, Partial<CardMarks> | null];
    if (typeof id !== 'string' || typeof m !== 'object' || m === null || out.has(id))
      return undefined;
    if (typeof m.suspended !== 'boolean' || typeof m.flagged !== 'boolean') return undefined;
    const until = m.buriedUntil;
    if (until !== undefined && !(typeof until === 'number' && Number.isFinite(until)))
      return undefined;
    out.set(id, {
      suspended: m.suspended,
      flagged: m.flagged,
      ...(until === undefined ? {} : { buriedUntil: until }),
    });
  }
  return out;
}

export function encodeMarks(marks: ReadonlyMap<string, CardMarks>): [string, CardMarks][] {
  return [...marks.entries()];
}
