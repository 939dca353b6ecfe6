// Browse in the built CLI: an item suspended there is in the log, and a restart (Browse and
// Study alike) shows it suspended.
import { chmodSync, cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keys, sessionsForEachTest, tempHome } from '../helpers/pty.js';

const open = sessionsForEachTest();
const env = { FAAS_PREP_CONTENT: resolve('test/fixtures/content-good') };

describe('browse', () => {
  it('! suspends an item; after a restart Browse shows it suspended and Study skips it', async () => {
    const home = tempHome();
    const first = open({ args: ['browse'], home, env });
    await first.waitFor('9 of 9 items');
    first.press('/');
    first.press('FaaS stand');
    await first.waitFor('1 of 9 items');
    first.press(keys.enter);
    first.press(keys.enter);
    await first.waitFor('State:      new');
    first.press('!');
    await first.waitFor('State:      new · suspended');
    first.press('q');
    expect(await first.waitForExit()).toBe(0);

    const again = open({ args: ['browse'], home, env });
    await again.waitFor('9 of 9 items');
    again.press('s');
    again.press('s');
    again.press('s');
    again.press('s');
    await again.waitFor('state: suspended');
    await again.waitFor('1 of 9 items');
    again.press(keys.enter);
    await again.waitFor('State:      new · suspended');
    expect(again.text()).toContain('Id:         basics-plain-card');
    again.press('q');
    expect(await again.waitForExit()).toBe(0);

    const study = open({ args: ['study'], home, env });
    await study.waitFor(/show the answer/);
    expect(study.text()).not.toContain('What does FaaS stand for?');
  });

  it('e opens $EDITOR on the item; the edited text shows after return', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faas-prep-browse-edit-'));
    const content = join(dir, 'content');
    cpSync(resolve('test/fixtures/content-good'), content, { recursive: true });
    const editor = join(dir, 'editor.sh');
    writeFileSync(editor, `#!/bin/sh\nsed -i 's/stand for/abbreviate/' "$2"\n`);
    chmodSync(editor, 0o755);
    const app = open({
      args: ['browse'],
      env: { FAAS_PREP_CONTENT: content, EDITOR: editor, VISUAL: '' },
    });
    await app.waitFor('What does FaaS stand for?');
    app.press('e');
    await app.waitFor('Edited: the bank was reloaded.');
    await app.waitFor('What does FaaS abbreviate?');
  });
});
