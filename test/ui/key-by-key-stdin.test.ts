import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BURST_LIMIT, keyByKeyStdin, splitBurst } from '../../src/ui/key-by-key-stdin.js';

describe('splitBurst', () => {
  it('splits a short run into keys, by code point', () => {
    expect(splitBurst('qq')).toEqual(['q', 'q']);
    expect(splitBurst('2\r')).toEqual(['2', '\r']);
    expect(splitBurst('\x1b[A\x1b[B')).toEqual(['\x1b', '[', 'A', '\x1b', '[', 'B']);
    expect(splitBurst('a👍b')).toEqual(['a', '👍', 'b']);
  });

  it('leaves a single key and a long paste whole', () => {
    expect(splitBurst('q')).toEqual(['q']);
    const paste = 'x'.repeat(BURST_LIMIT + 1);
    expect(splitBurst(paste)).toEqual([paste]);
  });
});

describe('keyByKeyStdin', () => {
  it('reads a burst one key at a time and passes the rest of the stream through', () => {
    const source = new PassThrough();
    source.setEncoding('utf8');
    const stdin = keyByKeyStdin(source as unknown as NodeJS.ReadStream);
    source.write('j\r');
    const read: unknown[] = [];
    for (let chunk = stdin.read(); chunk !== null; chunk = stdin.read()) read.push(chunk);
    expect(read).toEqual(['j', '\r']);
    expect(stdin.readableEncoding).toBe('utf8');
    let events = 0;
    const count = () => events++;
    stdin.on('readable', count);
    stdin.removeListener('readable', count);
    expect(source.listenerCount('readable')).toBe(0);
  });
});
