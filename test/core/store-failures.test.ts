import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withLock } from '../../src/core/store/lock.js';
import { LOCK_RETRY_MS, LOG_FILE, ProgressStore } from '../../src/core/store/store.js';
import { clock, failingFs, tmp, virtualLockWait } from './store-fixtures.js';

const lines = (dir: string) =>
  readFileSync(join(dir, LOG_FILE), 'utf8')
    .split('\n')
    .filter((l) => l !== '');

describe('a failed write loses nothing', () => {
  it('a full disk mid-write leaves no torn line; the answer stays queued and is written on retry', () => {
    const dir = tmp();
    const fs = failingFs();
    const store = new ProgressStore({ dir, now: clock, fs });
    store.append({ type: 'review', itemId: 'a', rating: 3 });
    const statuses: unknown[] = [];
    store.onStatus((s) => statuses.push(s));
    Object.assign(fs, { failing: 'ENOSPC', partialBytes: 10, spareLock: true });
    const b = store.append({ type: 'review', itemId: 'b', rating: 4 });
    // Cut back to the last whole line: nothing for the next run to skip.
    expect(lines(dir)).toHaveLength(1);
    expect(readFileSync(join(dir, LOG_FILE), 'utf8').endsWith('\n')).toBe(true);
    expect(store.status()).toEqual({ unsaved: 1, problem: 'disk full' });
    expect(statuses).toEqual([{ unsaved: 1, problem: 'disk full' }]);
    // The session still sees its answer.
    expect(store.events().map((e) => e.itemId)).toEqual(['a', 'b']);
    expect(store.retry()).toBe(false);
    fs.failing = undefined;
    expect(store.retry()).toBe(true);
    expect(store.status()).toEqual({ unsaved: 0, problem: undefined });
    expect(statuses.at(-1)).toEqual({ unsaved: 0, problem: undefined });
    expect(lines(dir).map((l) => JSON.parse(l).id)).toEqual([expect.any(String), b.id]);
    expect(readdirSync(dir).sort()).toEqual([LOG_FILE, 'settings.json']);
  });

  it('queued answers go out with the next one that can be written, in order', () => {
    const dir = tmp();
    const fs = failingFs();
    const store = new ProgressStore({ dir, now: clock, fs });
    fs.failing = 'EROFS';
    store.append({ type: 'review', itemId: 'a', rating: 1 });
    store.append({ type: 'review', itemId: 'b', rating: 2 });
    expect(store.status()).toEqual({ unsaved: 2, problem: 'the folder is read-only' });
    expect(store.unsaved().map((e) => e.itemId)).toEqual(['a', 'b']);
    fs.failing = undefined;
    store.append({ type: 'review', itemId: 'c', rating: 3 });
    expect(lines(dir).map((l) => JSON.parse(l).itemId)).toEqual(['a', 'b', 'c']);
    expect(store.unsaved()).toEqual([]);
  });

  it('a lock whose pid cannot be written is removed, not left empty', () => {
    const dir = tmp();
    const fs = failingFs();
    fs.failing = 'ENOSPC';
    expect(() => withLock(dir, () => 1, 50, fs)).toThrow(/ENOSPC/);
    expect(existsSync(join(dir, 'store.lock'))).toBe(false);
  });

  it('a lock held past its timeout queues the answer with the reason', () => {
    const dir = tmp();
    const store = new ProgressStore({ dir, now: clock, lockTimeoutMs: 30 });
    writeFileSync(join(dir, 'store.lock'), String(process.ppid));
    store.append({ type: 'review', itemId: 'a', rating: 3 });
    expect(store.status().problem).toMatch(/another faas-prep \(pid \d+\) is writing/);
    expect(store.events()).toHaveLength(1);
    expect(store.retry()).toBe(false);
    rmSync(join(dir, 'store.lock'));
    expect(store.retry()).toBe(true);
    expect(lines(dir)).toHaveLength(1);
  });

  it('a stuck lock costs its timeout once: later answers queue at once, a background retry writes them (issue 16 §1)', () => {
    const dir = tmp();
    const { lockWait, waited } = virtualLockWait();
    const timers: { run: () => void; ms: number }[] = [];
    const schedule = (run: () => void, ms: number) => {
      const timer = { run, ms };
      timers.push(timer);
      return () => timers.splice(timers.indexOf(timer), 1);
    };
    // A timer that fires is gone, as a real one is.
    const fire = () => timers.shift()?.run();
    const store = new ProgressStore({ dir, now: clock, lockWait, schedule });
    const statuses: unknown[] = [];
    store.onStatus((s) => statuses.push(s));
    // A stuck copy (alive: our parent) holds the lock.
    writeFileSync(join(dir, 'store.lock'), String(process.ppid));
    expect(
      waited(() => store.append({ type: 'review', itemId: 'a', rating: 3 })),
    ).toBeGreaterThanOrEqual(5_000);
    expect(store.status()).toMatchObject({ unsaved: 1, problem: expect.stringMatching(/busy/) });
    for (const id of ['b', 'c', 'd']) {
      expect(waited(() => store.append({ type: 'review', itemId: id, rating: 3 }))).toBe(0);
    }
    expect(waited(() => store.updateSettings({ newPerDay: 7 }))).toBe(0);
    // The retry key does not freeze either.
    expect(waited(() => expect(store.retry()).toBe(false))).toBe(0);
    expect(store.status().unsaved).toBe(5);
    expect(statuses).toHaveLength(6);
    // One background retry pending; while the lock is held it re-arms itself, quietly.
    expect(timers.map((t) => t.ms)).toEqual([LOCK_RETRY_MS]);
    expect(waited(fire)).toBe(0);
    expect(timers).toHaveLength(1);
    expect(statuses).toHaveLength(6);
    expect(existsSync(join(dir, LOG_FILE))).toBe(false);
    // The stuck copy lets go: the next background retry writes everything, in order.
    rmSync(join(dir, 'store.lock'));
    fire();
    expect(timers).toHaveLength(0);
    expect(store.status()).toEqual({ unsaved: 0, problem: undefined });
    expect(statuses.at(-1)).toEqual({ unsaved: 0, problem: undefined });
    expect(lines(dir).map((l) => JSON.parse(l).itemId)).toEqual(['a', 'b', 'c', 'd']);
    expect(new ProgressStore({ dir, now: clock }).settings().newPerDay).toBe(7);
    // Written: the next stuck lock is waited for again (it may be a copy mid-write).
    writeFileSync(join(dir, 'store.lock'), String(process.ppid));
    expect(
      waited(() => store.append({ type: 'review', itemId: 'e', rating: 3 })),
    ).toBeGreaterThanOrEqual(5_000);
  });

  it('a store opened while a stuck copy holds the lock still opens, and queues at once', () => {
    const dir = tmp();
    new ProgressStore({ dir, now: clock }).updateSettings({ newPerDay: 9 });
    writeFileSync(join(dir, 'store.lock'), String(process.ppid));
    const { lockWait, waited } = virtualLockWait();
    let store: ProgressStore | undefined;
    const schedule = () => () => {};
    expect(
      waited(() => {
        store = new ProgressStore({ dir, now: clock, lockWait, schedule });
      }),
    ).toBeGreaterThanOrEqual(5_000);
    if (!store) throw new Error('not opened');
    expect(store.status()).toMatchObject({ unsaved: 0, problem: expect.stringMatching(/busy/) });
    expect(store.settings().newPerDay).toBe(9);
    expect(waited(() => store?.append({ type: 'review', itemId: 'a', rating: 3 }))).toBe(0);
    rmSync(join(dir, 'store.lock'));
    expect(store.retry()).toBe(true);
    expect(lines(dir)).toHaveLength(1);
  });

  it('the last try before exit waits for a stuck lock again', () => {
    const dir = tmp();
    const { lockWait, waited } = virtualLockWait();
    const store = new ProgressStore({ dir, now: clock, lockWait, schedule: () => () => {} });
    writeFileSync(join(dir, 'store.lock'), String(process.ppid));
    store.append({ type: 'review', itemId: 'a', rating: 3 });
    expect(waited(() => store.retry())).toBe(0);
    expect(
      waited(() => expect(store.retry({ waitForLock: true })).toBe(false)),
    ).toBeGreaterThanOrEqual(5_000);
  });

  it('a store whose folder cannot be written at all still opens, reads, and queues', () => {
    const dir = tmp();
    new ProgressStore({ dir, now: clock }).append({ type: 'review', itemId: 'a', rating: 3 });
    const fs = failingFs();
    fs.failing = 'EROFS';
    const store = new ProgressStore({ dir, now: clock, fs });
    expect(store.status().problem).toBe('the folder is read-only');
    expect(store.settings().newPerDay).toBe(20);
    store.append({ type: 'review', itemId: 'b', rating: 3 });
    expect(store.events().map((e) => e.itemId)).toEqual(['a', 'b']);
    expect(lines(dir)).toHaveLength(1);
  });

  it('an unexpected write error keeps the answer queued too, named by its code', () => {
    const dir = tmp();
    const fs = failingFs();
    const store = new ProgressStore({ dir, now: clock, fs });
    fs.failing = 'EBADF';
    store.append({ type: 'review', itemId: 'a', rating: 3 });
    // Still queued (never dropped), with the code as the reason.
    expect(store.status()).toEqual({ unsaved: 1, problem: 'EBADF' });
  });
});

describe('a failed settings change is kept too', () => {
  it('shows the change at once, writes it with the next successful write', () => {
    const dir = tmp();
    const fs = failingFs();
    const store = new ProgressStore({ dir, now: clock, fs });
    fs.failing = 'ENOSPC';
    expect(store.updateSettings({ interviewDate: '2026-12-20' }).interviewDate).toBe('2026-12-20');
    store.updateSettings((s) => ({ newPerDay: s.newPerDay + 1 }));
    expect(store.status()).toEqual({ unsaved: 1, problem: 'disk full' });
    expect(store.settings()).toMatchObject({ interviewDate: '2026-12-20', newPerDay: 21 });
    expect(store.unsavedSettings()).toMatchObject({ interviewDate: '2026-12-20' });
    expect(new ProgressStore({ dir, now: clock }).settings().interviewDate).toBe('');
    fs.failing = undefined;
    store.append({ type: 'review', itemId: 'a', rating: 3 });
    expect(store.status()).toEqual({ unsaved: 0, problem: undefined });
    expect(store.unsavedSettings()).toBeUndefined();
    expect(new ProgressStore({ dir, now: clock }).settings()).toMatchObject({
      interviewDate: '2026-12-20',
      newPerDay: 21,
    });
  });
});

describe('store files are private', () => {
  it('creates the folder 0700 and its files 0600', () => {
    const dir = join(tmp(), 'home');
    const store = new ProgressStore({ dir, now: clock });
    store.append({ type: 'review', itemId: 'a', rating: 3 });
    const mode = (f: string) => statSync(f).mode & 0o777;
    expect(mode(dir)).toBe(0o700);
    expect(mode(join(dir, LOG_FILE))).toBe(0o600);
    expect(mode(join(dir, 'settings.json'))).toBe(0o600);
  });
});
