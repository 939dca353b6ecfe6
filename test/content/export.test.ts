import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/commands/export.js';
import type { ParsedCommand } from '../../src/cli/commands.js';
import { type Io, UsageError } from '../../src/cli/io.js';
import { ankiHeader } from '../../src/core/content/export-anki.js';
import { ContentError } from '../../src/core/content/issues.js';
import { fixture, fixtureCopy } from './fixtures.js';

function fakeIo(contentDir: string, cwd = contentDir) {
  let out = '';
  let err = '';
  const io: Io = {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    env: { FAAS_PREP_CONTENT: contentDir },
    stdinIsTTY: false,
    stdoutIsTTY: false,
    now: () => 0,
    cwd,
  };
  return { io, out: () => out, err: () => err };
}

function cmd(values: ParsedCommand['values'], positionals: string[] = []): ParsedCommand {
  return { positionals, values };
}

const dir = fixtureCopy('good');

/** Splits an Anki export into its header lines and its note lines' fields. */
function parseAnki(text: string): { header: string[]; notes: string[][] } {
  expect(text.endsWith('\n')).toBe(true);
  const lines = text.slice(0, -1).split('\n');
  const header = lines.filter((l) => l.startsWith('#'));
  expect(lines.slice(0, header.length)).toEqual(header);
  return { header, notes: lines.slice(header.length).map((l) => l.split('\t')) };
}

describe('export --format json', () => {
  it('prints {"items": [...]} with every item and the computed model answers', async () => {
    const t = fakeIo(dir);
    expect(await run(cmd({ format: 'json' }), t.io)).toBe(0);
    const parsed = JSON.parse(t.out()) as { items: Array<Record<string, unknown>> };
    expect(Object.keys(parsed)).toEqual(['items']);
    expect(parsed.items).toHaveLength(9);
    const linked = parsed.items.find((i) => i.id === 'design-model-numeric');
    expect(linked).toMatchObject({
      kind: 'numeric',
      topic: 'basics',
      model: {
        name: 'concurrency',
        params: { rate: 1500, durationMs: 200 },
        output: 'concurrency',
      },
      prompt: 'At 1,500 requests per second lasting 200 ms, how many run at once?',
    });
    expect(linked?.answer).toBeCloseTo(300, 9);
    for (const item of parsed.items) {
      for (const field of ['id', 'kind', 'topic', 'difficulty', 'source', 'correctsMaterial']) {
        expect(item).toHaveProperty(field);
      }
    }
  });

  it('is the default format', async () => {
    const a = fakeIo(dir);
    const b = fakeIo(dir);
    await run(cmd({}), a.io);
    await run(cmd({ format: 'json' }), b.io);
    expect(a.out()).toBe(b.out());
  });
});

describe('export --format anki', () => {
  const t = fakeIo(dir);
  const ready = run(cmd({ format: 'anki' }), t.io);

  it('starts with the header lines Anki reads and has one 3-field note a line', async () => {
    expect(await ready).toBe(0);
    const { header, notes } = parseAnki(t.out());
    expect(header).toEqual(ankiHeader);
    expect(header).toEqual(
      expect.arrayContaining(['#separator:tab', '#html:true', '#tags column:3']),
    );
    expect(notes).toHaveLength(9);
    for (const fields of notes) {
      expect(fields).toHaveLength(3);
      expect(fields[0]).not.toBe('');
      expect(fields[1]).not.toBe('');
      expect(fields[2]).toMatch(
        /^faas-prep topic::[a-z-]+ kind::[a-z-]+ difficulty::[123]( \S+)*$/,
      );
    }
  });

  it('turns each kind into a question and its answer', async () => {
    await ready;
    const { notes } = parseAnki(t.out());
    const byTags = (kind: string) => notes.filter((n) => n[2]?.includes(`kind::${kind}`));
    const [plain, cloze] = byTags('flashcard');
    expect(plain?.[0]).toBe('What does FaaS stand for?');
    expect(cloze?.[0]).toBe(
      'A function that has not run for a while starts <b>[...]</b>; a reused one is <b>[temperature]</b>.',
    );
    expect(cloze?.[1]).toContain('starts <b>cold</b>; a reused one is <b>warm</b>.');

    const mcq = byTags('mcq')[0];
    expect(mcq?.[0]).toContain(
      'A. A larger deployment package<br>B. More init code<br>C. A warm instance',
    );
    expect(mcq?.[1]).toMatch(/^<b>A, B<\/b>/);
    expect(mcq?.[1]).toContain('C: A warm instance skips init entirely.');
    expect(mcq?.[2]).toContain('cold_starts');

    const spot = byTags('spot-the-error')[0];
    expect(spot?.[0]).toBe('True or false: Snapshots are for Java functions only.');
    expect(spot?.[1]).toMatch(/^<b>False\.<\/b><br><br>Python and \.NET can use them too\./);
    expect(spot?.[2]).toContain('corrects-material');

    const numeric = notes.find((n) => n[0]?.startsWith('At 1,500 requests'));
    expect(numeric?.[1]).toMatch(/^<b>300 instances<\/b>/);

    const ordering = byTags('ordering')[0];
    const shown = (ordering?.[0] ?? '').split('<br><br>')[1]?.split('<br>') ?? [];
    expect(shown).toHaveLength(4);
    expect(shown.map((s) => s.slice(3))).not.toEqual([
      'Download the code',
      'Start the runtime',
      'Run the init code',
      'Run the handler',
    ]);
    expect(ordering?.[1]).toContain('<ol><li>Download the code <i>');

    expect(byTags('free-response')[0]?.[1]).toContain('Key points');
    const scenario = byTags('scenario')[0];
    expect(scenario?.[0]).toContain('Time box: 30 minutes');
    expect(scenario?.[1]).toContain('<b>observability</b>');
  });

  it('escapes tabs, newlines, HTML and a leading #', async () => {
    const tricky = fixtureCopy('good', {
      'tricky.yaml': `topic: basics
items:
  - id: tricky-card
    kind: flashcard
    difficulty: 1
    source: {section: Scaling Things}
    front: "# of <instances>\\tat once"
    back: "line one\\nline two & \\"three\\""
`,
    });
    const out = fakeIo(tricky);
    await run(cmd({ format: 'anki' }), out.io);
    const note = parseAnki(out.out()).notes.find(
      (n) => n[2]?.includes('kind::flashcard') && n[0]?.includes('instances'),
    );
    expect(note).toEqual([
      '&#35; of &lt;instances&gt;&#9;at once',
      'line one<br>line two &amp; &quot;three&quot;',
      'faas-prep topic::basics kind::flashcard difficulty::1',
    ]);
  });
});

describe('export options and errors', () => {
  it('writes --output relative to the working directory', async () => {
    const t = fakeIo(dir);
    expect(await run(cmd({ format: 'anki', output: 'out.txt' }), t.io)).toBe(0);
    expect(t.out()).toBe('');
    expect(readFileSync(join(dir, 'out.txt'), 'utf8').split('\n')[0]).toBe('#separator:tab');
    expect(t.err()).toContain('Wrote 9 items');
  });

  it('rejects an unknown format and stray arguments', async () => {
    await expect(run(cmd({ format: 'csv' }), fakeIo(dir).io)).rejects.toThrow(UsageError);
    await expect(run(cmd({}, ['now']), fakeIo(dir).io)).rejects.toThrow(UsageError);
  });

  it('fails with the first content error when the content is invalid', async () => {
    await expect(run(cmd({}), fakeIo(fixture('content-bad')).io)).rejects.toThrow(ContentError);
  });
});
