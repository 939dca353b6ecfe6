import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createKeySplitter, keyByKeyStdin, MAX_PASTE } from '../../src/ui/key-by-key-stdin.js';

const split = (...chunks: string[]) => {
  const s = createKeySplitter();
  return chunks.flatMap((c) => s.push(c));
};

describe('createKeySplitter', () => {
  it('splits a run of keys into keys, by code point, keeping escape sequences whole', () => {
    expect(split('qq')).toEqual(['q', 'q']);
    expect(split('2\r')).toEqual(['2', '\r']);
    expect(split('\x1b[A\x1b[B\r')).toEqual(['\x1b[A', '\x1b[B', '\r']);
    expect(split('a👍b')).toEqual(['a', '👍', 'b']);
    expect(split('\x1b')).toEqual(['\x1b']);
    expect(split('\x1bOA\x1b\x1b[D')).toEqual(['\x1bOA', '\x1b\x1b[D']);
  });

  it('does not take a long run of typed keys for a paste', () => {
    const typed = 'j'.repeat(40);
    expect(split(typed)).toEqual([...typed]);
  });

  it('hands a bracketed paste over whole, even across reads, and bounds it', () => {
    expect(split('\x1b[200~hello world\x1b[201~')).toEqual(['hello world']);
    expect(split('a\x1b[200~12', '34\x1b[2', '01~\r')).toEqual(['a', '1234', '\r']);
    const [huge] = split(`\x1b[200~${'x'.repeat(MAX_PASTE + 10)}\x1b[201~`);
    expect(huge).toHaveLength(MAX_PASTE);
  });

  it('joins an escape sequence cut between two reads', () => {
    expect(split('\x1b[', 'B')).toEqual(['\x1b[B']);
  });
});

describe('keyByKeyStdin', () => {
  it('reads a burst one key at a time and passes the rest of the stream through', () => {
    const source = new PassThrough();
    source.setEncoding('utf8');
    const { stream } = keyByKeyStdin(source as unknown as NodeJS.ReadStream);
    source.write('j\r');
    const read: unknown[] = [];
    for (let chunk = stream.read(); chunk !== null; chunk = stream.read()) read.push(chunk);
    expect(read).toEqual(['j', '\r']);
    expect(stream.readableEncoding).toBe('utf8');
    let events = 0;
    const count = () => events++;
    stream.on('readable', count);
    stream.removeListener('readable', count);
    expect(source.listenerCount('readable')).toBe(0);
  });

  it('keeps keys while held and announces them when released', async () => {
    const source = new PassThrough();
    source.setEncoding('utf8');
    const input = keyByKeyStdin(source as unknown as NodeJS.ReadStream);
    const release = input.hold();
    source.write(' ');
    expect(input.stream.read()).toBeNull();
    const announced = new Promise((r) => source.once('readable', r));
    release();
    await announced;
    expect(input.stream.read()).toBe(' ');
  });

  it('lets Ctrl+C through a hold (it quits at once), the other keys wait', () => {
    const source = new PassThrough();
    source.setEncoding('utf8');
    const input = keyByKeyStdin(source as unknown as NodeJS.ReadStream);
    input.hold();
    source.write('a\x03b');
    expect(input.stream.read()).toBe('\x03');
    expect(input.stream.read()).toBeNull();
  });

  it('a key a hold lets through acts at once; what was typed before it is dropped', async () => {
    const source = new PassThrough();
    source.setEncoding('utf8');
    const input = keyByKeyStdin(source as unknown as NodeJS.ReadStream);
    const release = input.hold((key) => key === 'q');
    const other = input.hold();
    source.write('ab');
    expect(input.stream.read()).toBeNull();
    source.write('q');
    // Another hold without that rule keeps q waiting too.
    expect(input.stream.read()).toBeNull();
    other();
    expect(input.stream.read()).toBe('q');
    source.write('c');
    expect(input.stream.read()).toBeNull();
    const announced = new Promise((r) => source.once('readable', r));
    release();
    await announced;
    expect(input.stream.read()).toBe('c');
  });

  it('numbers each key by the read it came in', () => {
    const source = new PassThrough();
    source.setEncoding('utf8');
    const input = keyByKeyStdin(source as unknown as NodeJS.ReadStream);
    source.write('\r\r');
    expect(input.stream.read()).toBe('\r');
    expect([input.keys(), input.reads()]).toEqual([1, 1]);
    expect(input.stream.read()).toBe('\r');
    expect([input.keys(), input.reads()]).toEqual([2, 1]);
    source.write('x');
    expect(input.stream.read()).toBe('x');
    expect([input.keys(), input.reads()]).toEqual([3, 2]);
  });
});
