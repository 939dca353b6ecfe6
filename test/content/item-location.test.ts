import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { idLine, itemLocation } from '../../src/core/content/item-location.js';
import { editorOf } from '../../src/ui/screens/study/edit-item.js';

const yaml = [
  'topic: basics',
  'items:',
  '  - id: first',
  '    kind: flashcard',
  "  - id: 'second' # quoted",
  '  -   id: "third"',
  '    note: id: first',
].join('\n');

describe('where an item is written', () => {
  it('finds the id line, quoted or not, and not a mention elsewhere', () => {
    expect(idLine(yaml, 'first')).toBe(3);
    expect(idLine(yaml, 'second')).toBe(5);
    expect(idLine(yaml, 'third')).toBe(6);
    expect(idLine(yaml, 'missing')).toBe(1);
  });

  it('resolves the file the bank names (content folder name / file)', () => {
    const root = mkdtempSync(join(tmpdir(), 'faas-prep-loc-'));
    mkdirSync(join(root, 'content'));
    writeFileSync(join(root, 'content', 'basics.yaml'), yaml);
    const bank = {
      dir: join(root, 'content'),
      fileOf: new Map([['third', 'content/basics.yaml']]),
    };
    expect(itemLocation(bank, 'third')).toEqual({
      file: join(root, 'content', 'basics.yaml'),
      line: 6,
    });
    expect(itemLocation(bank, 'nowhere')).toBeUndefined();
  });

  it('the editor is $VISUAL, else $EDITOR, else vi', () => {
    expect(editorOf({ VISUAL: 'code --wait', EDITOR: 'nano' })).toBe('code --wait');
    expect(editorOf({ VISUAL: ' ', EDITOR: 'nano' })).toBe('nano');
    expect(editorOf({})).toBe('vi');
  });
});
