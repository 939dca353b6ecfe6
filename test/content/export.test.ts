import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/commands/export.js';
import type { ParsedCommand } from '../../src/cli/commands.js';
import { type Io, UsageError } from '../../src/cli/io.js';
import { ankiGuid, ankiHeader } from '../../src/core/content/export-anki.js';
import { ContentError } from '../../src/core/content/issues.js';
import { clearBankCache } from '../../src/core/content/load.js';
import { htmlToText, type ImportedFile, readAnkiText } from './anki-import.js';
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

/** The export read back the way Anki's text importer reads it. */
function parseAnki(text: string): ImportedFile {
  expect(text.endsWith('\n')).toBe(true);
  return readAnkiText(text);
}

/** A note's two fields and its tags, joined by the note's type, for finding notes in tests. */
const byKind = (file: ImportedFile, kind: string) =>
  file.notes.filter((n) => n.tags.includes(`kind::${kind}`));

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

  it('starts with the documented header lines and gives every item one note', async () => {
    expect(await ready).toBe(0);
    const file = parseAnki(t.out());
    expect(t.out().split('\n').slice(0, ankiHeader.length)).toEqual(ankiHeader);
    expect([...file.headers.keys()]).toEqual(
      expect.arrayContaining([
        'separator',
        'html',
        'notetype column',
        'guid column',
        'tags column',
      ]),
    );
    expect(file.separator).toBe('\t');
    expect(file.html).toBe(true);
    const json = fakeIo(dir);
    await run(cmd({ format: 'json' }), json.io);
    const items = (JSON.parse(json.out()) as { items: Array<{ id: string; kind: string }> }).items;
    expect(file.notes.map((n) => n.guid)).toEqual(items.map((i) => ankiGuid(i.id)));
    for (const note of file.notes) {
      expect(note.fields).toHaveLength(2);
      expect(note.fields[0]).not.toBe('');
      expect(note.tags.slice(0, 4).join(' ')).toMatch(
        /^faas-prep topic::[a-z-]+ kind::[a-z-]+ difficulty::[123]$/,
      );
    }
    // The one cloze card is a Cloze note; everything else is Basic.
    expect(file.notes.filter((n) => n.notetype === 'Cloze').map((n) => n.guid)).toEqual([
      ankiGuid('basics-cloze-card'),
    ]);
    expect(file.notes.filter((n) => n.notetype === 'Basic')).toHaveLength(8);
  });

  it('keeps cloze markup for Anki and turns other kinds into a question and its answer', async () => {
    await ready;
    const file = parseAnki(t.out());
    const [plain, cloze] = byKind(file, 'flashcard');
    expect(plain?.fields[0]).toBe('What does FaaS stand for?');
    expect(cloze?.fields).toEqual([
      'A function that has not run for a while starts {{c1::cold}}; a reused one is {{c2::warm::temperature}}.',
      'The first request after idle pays the init time.',
    ]);

    const mcq = byKind(file, 'mcq')[0];
    expect(mcq?.fields[0]).toContain(
      'A. A larger deployment package<br>B. More init code<br>C. A warm instance',
    );
    expect(mcq?.fields[1]).toMatch(/^<b>A, B<\/b>/);
    expect(mcq?.fields[1]).toContain('C: A warm instance skips init entirely.');
    expect(mcq?.tags).toContain('cold_starts');

    const spot = byKind(file, 'spot-the-error')[0];
    expect(spot?.fields[0]).toBe('True or false: Snapshots are for Java functions only.');
    expect(spot?.fields[1]).toMatch(/^<b>False\.<\/b><br><br>Python and \.NET can use them too\./);
    expect(spot?.tags).toContain('corrects-material');

    const numeric = file.notes.find((n) => n.fields[0]?.startsWith('At 1,500 requests'));
    expect(numeric?.fields[1]).toMatch(/^<b>300 instances<\/b>/);

    const ordering = byKind(file, 'ordering')[0];
    const shown = (ordering?.fields[0] ?? '').split('<br><br>')[1]?.split('<br>') ?? [];
    expect(shown).toHaveLength(4);
    expect(shown.map((s) => s.slice(3))).not.toEqual([
      'Download the code',
      'Start the runtime',
      'Run the init code',
      'Run the handler',
    ]);
    expect(ordering?.fields[1]).toContain('<ol><li>Download the code <i>');

    expect(byKind(file, 'free-response')[0]?.fields[1]).toContain('Key points');
    const scenario = byKind(file, 'scenario')[0];
    expect(scenario?.fields[0]).toContain('Time box: 30 minutes');
    expect(scenario?.fields[1]).toContain('<b>observability</b>');
  });

  it('escapes tabs, newlines, quotes and HTML in fields, cloze text included', async () => {
    const tricky = fixtureCopy('good', {
      'tricky.yaml': `topic: basics
items:
  - id: tricky-card
    kind: flashcard
    difficulty: 1
    source: {section: Scaling Things}
    front: "# of <instances>\\tat once"
    back: "line one\\nline two & \\"three\\""
  - id: tricky-cloze
    kind: flashcard
    difficulty: 1
    source: {section: Scaling Things}
    front: "\\"Quoted\\" <b> {{c1::a & b::x<y}}\\tend"
    back: "tab\\there"
`,
    });
    const out = fakeIo(tricky);
    await run(cmd({ format: 'anki' }), out.io);
    const file = parseAnki(out.out());
    const card = file.notes.find((n) => n.guid === ankiGuid('tricky-card'));
    expect(card).toEqual({
      guid: 'faas-prep/tricky-card',
      notetype: 'Basic',
      deck: undefined,
      tags: ['faas-prep', 'topic::basics', 'kind::flashcard', 'difficulty::1'],
      fields: ['# of &lt;instances&gt;&#9;at once', 'line one<br>line two &amp; &quot;three&quot;'],
    });
    const cloze = file.notes.find((n) => n.guid === ankiGuid('tricky-cloze'));
    expect(cloze?.notetype).toBe('Cloze');
    expect(cloze?.fields).toEqual([
      '&quot;Quoted&quot; &lt;b&gt; {{c1::a &amp; b::x&lt;y}}&#9;end',
      'tab&#9;here',
    ]);
    expect(htmlToText(cloze?.fields[0] ?? '')).toBe('"Quoted" <b> {{c1::a & b::x<y}}\tend');
  });

  it("keeps each note's guid when the content is edited, so a re-import updates it", async () => {
    const edited = fixtureCopy('good');
    const before = fakeIo(edited);
    await run(cmd({ format: 'anki' }), before.io);
    const file = join(edited, 'basics.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('What does FaaS stand for?', 'FaaS stands for?'),
    );
    clearBankCache();
    const after = fakeIo(edited);
    await run(cmd({ format: 'anki' }), after.io);
    const guid = ankiGuid('basics-plain-card');
    const note = (t: string) => parseAnki(t).notes.find((n) => n.guid === guid);
    expect(note(before.out())?.fields[0]).toBe('What does FaaS stand for?');
    expect(note(after.out())?.fields[0]).toBe('FaaS stands for?');
    expect(parseAnki(after.out()).notes.map((n) => n.guid)).toEqual(
      parseAnki(before.out()).notes.map((n) => n.guid),
    );
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
