import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileStamp, nameHash } from '../../src/core/file-stamp.js';
import type { Grade } from '../../src/core/memory/events.js';
import { type ItemMemory, replay, replayDetailed } from '../../src/core/memory/replay.js';
import { memoryFold, replayLogFile, snapshotFile } from '../../src/core/memory/replay-snapshot.js';
import { bytesSource, foldLog, type LogSource } from '../../src/core/memory/snapshot.js';
import { type LogEvent, parseLog, serializeEvents } from '../../src/core/store/log.js';
import { DAY, local, review, undo } from './memory-fixtures.js';

const t0 = local(2026, 11, 1, 9);
const now = t0 + 60 * DAY;
const bytes = (text: string) => Buffer.from(text, 'utf8');
const crc = (s: string) => crc32(s);

/** What a full replay gives, from the same text the fold reads. */
function expected(text: string, at = now, retention?: number): Map<string, ItemMemory> {
  return replay(parseLog(text).events, at, { desiredRetention: retention });
}

function steadyLog(count: number, start = t0): LogEvent[] {
  return Array.from({ length: count }, (_, i) =>
    review(`item-${i % 7}`, ((i % 4) + 1) as Grade, start + i * 3_600_000),
  );
}

/** A log with everything replay has to get right: undo (of earlier, later, unknown ids), junk, clock skew, reviews ahead. */
const arbitraryLog = fc
  .array(
    fc.record({
      kind: fc.constantFrom('review', 'review', 'review', 'undo', 'junk', 'other', 'mark'),
      mark: fc.constantFrom('suspend', 'unsuspend', 'bury', 'unbury', 'flag', 'unflag'),
      item: fc.integer({ min: 0, max: 5 }),
      rating: fc.integer({ min: 1, max: 4 }),
      dt: fc.integer({ min: -DAY, max: 5 * DAY }),
      target: fc.integer({ min: -3, max: 40 }),
      ahead: fc.boolean(),
    }),
    { maxLength: 40 },
  )
  .map((steps) => {
    let t = t0;
    const lines: string[] = [];
    steps.forEach((s, i) => {
      t += s.dt;
      const id = `e${i}`;
      if (s.kind === 'junk') lines.push('{"torn": ');
      else if (s.kind === 'other') lines.push(JSON.stringify({ id, t, type: 'mock' }));
      else if (s.kind === 'mark') {
        const itemId = `i${s.item}`;
        lines.push(JSON.stringify({ id, t, type: s.mark, itemId, until: t + s.rating * DAY }));
      } else if (s.kind === 'undo') {
        lines.push(JSON.stringify({ id, t, type: 'undo', target: `e${i + s.target - 20}` }));
      } else {
        const r = { id, t, type: 'review', itemId: `i${s.item}`, rating: s.rating, source: 'quiz' };
        lines.push(JSON.stringify(s.ahead ? { ...r, ahead: true } : r));
      }
    });
    return lines;
  });

describe('replay from a snapshot', () => {
  it('equals the full replay for any log, any split and any clock (property)', () => {
    fc.assert(
      fc.property(
        arbitraryLog,
        fc.nat(),
        fc.integer({ min: -2 * DAY, max: 90 * DAY }),
        fc.constantFrom(0.8, 0.9, 0.95),
        (lines, cut, offset, retention) => {
          const at = t0 + offset;
          const fold = memoryFold({ desiredRetention: retention });
          const split = lines.length ? cut % (lines.length + 1) : 0;
          const prefix = lines
            .slice(0, split)
            .map((l) => `${l}\n`)
            .join('');
          const full = lines.map((l) => `${l}\n`).join('');
          const first = foldLog(bytes(prefix), fold, at);
          const second = foldLog(bytes(full), fold, at, first.snapshot);
          expect(second.state.memory).toEqual(expected(full, at, retention));
          expect(second.state.marks).toEqual(replayDetailed(parseLog(full).events, at).marks);
          // The unreadable lines are counted whole, those the snapshot covers included.
          expect(second.skipped).toBe(parseLog(full).skipped);
          // And from the second's snapshot, with nothing new.
          const third = foldLog(bytes(full), fold, at, second.snapshot ?? first.snapshot);
          expect(third.state.memory).toEqual(expected(full, at, retention));
          expect(third.skipped).toBe(parseLog(full).skipped);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('replays only the tail once a snapshot covers the start', () => {
    const fold = memoryFold();
    const head = serializeEvents(steadyLog(50));
    const first = foldLog(bytes(head), fold, now);
    expect(first.resumedAt).toBe(0);
    expect(first.snapshot).toBeDefined();
    const full = head + serializeEvents(steadyLog(5, t0 + 50 * 3_600_000));
    const second = foldLog(bytes(full), fold, now, first.snapshot);
    expect(second.resumedAt).toBe(bytes(head).length);
    expect(second.state.memory).toEqual(expected(full));
    // Nothing new since: the snapshot read is still good, none to write.
    const third = foldLog(bytes(full), fold, now, second.snapshot);
    expect(third.resumedAt).toBe(bytes(full).length);
    expect(third.snapshot).toBeUndefined();
  });

  it('replays everything when the tail undoes a review the snapshot holds', () => {
    const events = steadyLog(10);
    const head = serializeEvents(events);
    const first = foldLog(bytes(head), memoryFold(), now);
    const full = head + serializeEvents([undo(events[9]?.id ?? '', now - DAY)]);
    const second = foldLog(bytes(full), memoryFold(), now, first.snapshot);
    expect(second.resumedAt).toBe(0);
    expect(second.state.memory).toEqual(expected(full));
    expect(second.state.memory.get('item-2')?.reps).toBe(1);
  });

  it('folds unsaved events after the log, and never into a snapshot', () => {
    const head = serializeEvents(steadyLog(6));
    const first = foldLog(bytes(head), memoryFold(), now);
    const unsaved = [review('item-0', 1, t0 + 20 * DAY), review('new-item', 3, t0 + 20 * DAY)];
    const withUnsaved = foldLog(bytes(head), memoryFold(), now, first.snapshot, unsaved);
    expect(withUnsaved.state.memory).toEqual(replay([...parseLog(head).events, ...unsaved], now));
    expect(withUnsaved.snapshot).toBeUndefined();
    const fresh = foldLog(bytes(head), memoryFold(), now, undefined, unsaved).snapshot;
    expect(foldLog(bytes(head), memoryFold(), now, fresh).state.memory).toEqual(expected(head));
  });

  it('counts unreadable lines in the snapshot, the new lines and a torn last line', () => {
    const head = `${serializeEvents(steadyLog(4))}not json\n{"id":"x"}\n`;
    const first = foldLog(bytes(head), memoryFold(), now);
    expect(first.skipped).toBe(2);
    const full = `${head}${serializeEvents(steadyLog(2, t0 + DAY))}[1]\n{"id":"torn","t":`;
    const second = foldLog(bytes(full), memoryFold(), now, first.snapshot);
    expect(second.resumedAt).toBe(bytes(head).length);
    expect(second.skipped).toBe(4);
    // A snapshot whose own count was tampered with is not trusted.
    const tampered = JSON.parse(first.snapshot ?? '');
    const bad = JSON.stringify({ ...tampered, skipped: -1 });
    expect(foldLog(bytes(full), memoryFold(), now, bad).resumedAt).toBe(0);
  });

  it('does not keep a snapshot of events stamped after now (they are replayed later)', () => {
    const log = serializeEvents([...steadyLog(3), review('late', 3, now + DAY)]);
    expect(foldLog(bytes(log), memoryFold(), now).snapshot).toBeUndefined();
  });
});

describe('a snapshot that does not fit is ignored, never trusted', () => {
  const head = serializeEvents(steadyLog(20));
  const tail = serializeEvents(steadyLog(3, t0 + 30 * DAY));
  const good = foldLog(bytes(head), memoryFold(), now).snapshot ?? '';
  const withFile = (edit: (file: Record<string, unknown>) => void) => {
    const file = JSON.parse(good) as Record<string, unknown>;
    edit(file);
    return JSON.stringify(file);
  };
  const tampered = (state: string) =>
    withFile((f) => {
      f.state = state;
      f.stateCrc = crc(state);
    });
  const cases: Array<[string, string, string?]> = [
    ['cut short', good.slice(0, good.length / 2)],
    ['not JSON at all', 'garbage'],
    ['an edited state (hash differs)', withFile((f) => (f.state = `${f.state} `))],
    ['a state that decodes badly', tampered('{"memory":[{"itemId":"x"}],"undone":[]}')],
    ['a state twice naming an item', tampered('{"memory":[1,1],"undone":[]}')],
    ['another format', withFile((f) => (f.format = 99))],
    [
      'made with another retention',
      foldLog(bytes(head), memoryFold({ desiredRetention: 0.8 }), now).snapshot ?? '',
    ],
    ['of a log since replaced (same length)', good, head.replace('item-1', 'item-9') + tail],
    ['longer than the log now', good, head.slice(0, 200)],
    ['not ending on a line', withFile((f) => (f.bytes = (f.bytes as number) - 1))],
  ];
  it.each(cases)('%s', (_, snapshot, log = head + tail) => {
    const folded = foldLog(bytes(log), memoryFold(), now, snapshot);
    expect(folded.resumedAt).toBe(0);
    expect(folded.state.memory).toEqual(expected(log));
    // A fresh snapshot replaces it (when the log has whole lines).
    expect(folded.snapshot).toBeDefined();
  });

  it('made at a later time than now (a clock set back)', () => {
    const later = foldLog(bytes(head), memoryFold(), now).snapshot;
    const earlier = t0 + 10 * 3_600_000; // before the last ten reviews it holds
    const folded = foldLog(bytes(head + tail), memoryFold(), earlier, later);
    expect(folded.resumedAt).toBe(0);
    expect(folded.state.memory).toEqual(expected(head + tail, earlier));
  });
});

describe('the snapshot file', () => {
  it('lives in the cache folder, one per log, and is written and resumed from', () => {
    const home = mkdtempSync(join(tmpdir(), 'faas-prep-home-'));
    const cache = join(mkdtempSync(join(tmpdir(), 'faas-prep-cache-')), 'nested');
    const log = join(home, 'progress.jsonl');
    const file = snapshotFile(cache, log);
    expect(file.startsWith(cache)).toBe(true);
    expect(snapshotFile(cache, join(home, 'other.jsonl'))).not.toBe(file);
    writeFileSync(log, serializeEvents(steadyLog(30)));
    expect(replayLogFile(log, now, {}, file).resumedAt).toBe(0);
    appendFileSync(log, serializeEvents(steadyLog(2, t0 + 40 * DAY)));
    const again = replayLogFile(log, now, {}, file);
    expect(again.resumedAt).toBeGreaterThan(0);
    expect(again.state.memory).toEqual(expected(readFileSync(log, 'utf8')));
  });

  it('checks a log bigger than one read piece, and sees an edit deep inside it', () => {
    const home = mkdtempSync(join(tmpdir(), 'faas-prep-home-'));
    const cache = mkdtempSync(join(tmpdir(), 'faas-prep-cache-'));
    const log = join(home, 'progress.jsonl');
    const file = snapshotFile(cache, log);
    // About 3 MB: the covered part is read and checked in several pieces.
    const minutely = Array.from({ length: 30_000 }, (_, i) =>
      review(`item-${i % 7}`, ((i % 4) + 1) as Grade, t0 + i * 60_000),
    );
    writeFileSync(log, serializeEvents(minutely));
    expect(readFileSync(log).length).toBeGreaterThan(2 * (1 << 20) + 1);
    replayLogFile(log, now, {}, file);
    appendFileSync(log, serializeEvents(steadyLog(2, t0 + 40 * DAY)));
    const resumed = replayLogFile(log, now, {}, file);
    expect(resumed.resumedAt).toBeGreaterThan(2 * (1 << 20));
    expect(resumed.state.memory).toEqual(expected(readFileSync(log, 'utf8')));
    // One rating changed in the second piece, same length: the snapshot is not trusted.
    const text = readFileSync(log, 'utf8');
    const at = text.indexOf('"rating":2', 1.5 * (1 << 20));
    writeFileSync(log, `${text.slice(0, at)}"rating":1${text.slice(at + 10)}`);
    const edited = replayLogFile(log, now, {}, file);
    expect(edited.resumedAt).toBe(0);
    expect(edited.state.memory).toEqual(expected(readFileSync(log, 'utf8')));
  });

  it('is optional: no log, no cache folder, or one that cannot be written', () => {
    const home = mkdtempSync(join(tmpdir(), 'faas-prep-home-'));
    const log = join(home, 'progress.jsonl');
    expect(replayLogFile(log, now).state.memory.size).toBe(0);
    writeFileSync(log, serializeEvents(steadyLog(4)));
    expect(replayLogFile(log, now).state.memory).toEqual(expected(readFileSync(log, 'utf8')));
    // A file where the folder should be: the snapshot cannot be written, the replay still is.
    const blocked = join(home, 'progress.jsonl');
    expect(replayLogFile(log, now, {}, blocked).state.memory).toEqual(
      expected(readFileSync(log, 'utf8')),
    );
  });
});

describe('a log whose stamp is unchanged is not read again', () => {
  const head = serializeEvents(steadyLog(20));
  const tail = serializeEvents(steadyLog(3, t0 + 30 * DAY));
  /** The log as a source with a stamp, counting how many bytes its CRC read. */
  function stamped(text: string, stamp: string | undefined) {
    const inner = bytesSource(bytes(text));
    const source: LogSource & { crcRead: number } = {
      length: inner.length,
      read: inner.read,
      crc(start, end, crc) {
        source.crcRead += end - start;
        return inner.crc(start, end, crc);
      },
      stamp,
      crcRead: 0,
    };
    return source;
  }

  it('resumes without checking the covered bytes when the stamp is the one it was made with', () => {
    const first = foldLog(stamped(head, 'v1'), memoryFold(), now).snapshot;
    expect(JSON.parse(first ?? '').stamp).toBe('v1');
    const again = stamped(head + tail, 'v1');
    // (The same stamp with more bytes cannot happen with a real file; it shows what is skipped.)
    const folded = foldLog(again, memoryFold(), now, first);
    expect(again.crcRead).toBe(0);
    expect(folded.resumedAt).toBe(bytes(head).length);
    expect(folded.state.memory).toEqual(expected(head + tail));
  });

  it('checks them under another stamp, sees an edit, and saves the new stamp when they match', () => {
    const first = foldLog(stamped(head, 'v1'), memoryFold(), now).snapshot;
    const edited = head.replace('item-1', 'item-8');
    const changed = stamped(edited, 'v2');
    const folded = foldLog(changed, memoryFold(), now, first);
    expect(changed.crcRead).toBeGreaterThan(0);
    expect(folded.resumedAt).toBe(0);
    expect(folded.state.memory).toEqual(expected(edited));

    const touched = stamped(head, 'v2');
    const same = foldLog(touched, memoryFold(), now, first);
    expect(touched.crcRead).toBe(bytes(head).length);
    expect(same.resumedAt).toBe(bytes(head).length);
    expect(JSON.parse(same.snapshot ?? '').stamp).toBe('v2');
    // Unchanged and already stamped so: nothing to save.
    expect(foldLog(stamped(head, 'v2'), memoryFold(), now, same.snapshot).snapshot).toBeUndefined();
    // No stamp to be had (a log written a moment ago): checked, and the old stamp is kept.
    const fresh = stamped(head, undefined);
    expect(foldLog(fresh, memoryFold(), now, same.snapshot).snapshot).toBeUndefined();
    expect(fresh.crcRead).toBe(bytes(head).length);
  });

  it("a file's stamp: none while a write could hide in the clock's tick, else every field counts", () => {
    const stat = {
      dev: 1n,
      ino: 2n,
      size: 300n,
      mtimeNs: 10_000_000_000n,
      ctimeNs: 10_000_000_000n,
    };
    expect(fileStamp(stat, 11_000_000_000n)).toBeUndefined();
    const settled = fileStamp(stat, 12_000_000_000n);
    expect(settled).toBeDefined();
    for (const key of Object.keys(stat) as Array<keyof typeof stat>) {
      expect(fileStamp({ ...stat, [key]: stat[key] + 1n }, 20_000_000_000n)).not.toBe(settled);
    }
    expect(nameHash('/home/a/progress.jsonl')).toMatch(/^[0-9a-f]{16}$/);
    expect(nameHash('/home/a/progress.jsonl')).not.toBe(nameHash('/home/b/progress.jsonl'));
    // A change time moved on by a write (or a restored backup) is recent again: no stamp.
    expect(fileStamp({ ...stat, ctimeNs: 19_500_000_000n }, 20_000_000_000n)).toBeUndefined();
  });
});
