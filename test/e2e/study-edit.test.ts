// `e` in study hands the terminal to $EDITOR on the card's YAML line, then reloads the bank.
import { chmodSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keys, sessionsForEachTest, tempHome } from '../helpers/pty.js';

const open = sessionsForEachTest();

/** A copy of the fixture bank and an "editor" script that runs `body` on the file ($2). */
function setup(body: string) {
  const dir = mkdtempSync(join(tmpdir(), 'faas-prep-edit-'));
  const content = join(dir, 'content');
  cpSync(resolve('test/fixtures/content-good'), content, { recursive: true });
  const editor = join(dir, 'editor.sh');
  writeFileSync(editor, `#!/bin/sh\necho "$1" > "${dir}/line"\n${body}\n`);
  chmodSync(editor, 0o755);
  return { dir, content, editor };
}

/** Study on that bank with that editor, at its first card, then `e`. */
async function editFirstCard(body: string) {
  const { dir, content, editor } = setup(body);
  const app = open({
    args: ['study'],
    home: tempHome(),
    env: { FAAS_PREP_CONTENT: content, EDITOR: editor, VISUAL: '' },
  });
  await app.waitFor('What does FaaS stand for?');
  app.press('e');
  return { app, dir };
}

describe('edit a card from study', () => {
  it('opens $EDITOR at the item line; the changed word shows after return', async () => {
    const { app, dir } = await editFirstCard(`sed -i 's/stand for/abbreviate/' "$2"`);
    await app.waitFor('Edited: the bank was reloaded.');
    await app.waitFor('What does FaaS abbreviate?');
    expect(readFileSync(join(dir, 'line'), 'utf8').trim()).toBe('+3');
    // Study goes on with the edited card.
    app.press(keys.space);
    await app.waitFor('1 Again');
    app.press('3');
    await app.waitFor('Card 2');
  });

  it('an edit that breaks the bank is reported and the old card stays', async () => {
    const { app } = await editFirstCard(`printf 'items: [\\n' >> "$2"`);
    await app.waitFor('Edit not used');
    expect(app.text()).toContain('What does FaaS stand for?');
    app.press(keys.space);
    await app.waitFor('1 Again');
  });
});
