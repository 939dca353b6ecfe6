// The menus are ink-select-input with patches/ink-select-input+6.2.0.patch applied (the tests
// load it through the same patch as the build). Without the patch the first test fails: the
// three ↓ read together move one row, and Enter opens Quiz.
import { describe, expect, it } from 'vitest';
import { modes } from '../../src/ui/screens/home/modes.js';
import { keys, renderApp } from '../helpers/render.js';

describe('menus (ink-select-input, patched) under a burst of keys', () => {
  it('three ↓ and Enter in one write open the fourth item', async () => {
    const app = renderApp();
    await app.waitFor('❯ Study');
    await app.press(`${keys.down}${keys.down}${keys.down}${keys.enter}`);
    await app.waitFor('What-if simulators');
    expect(app.frame()).toContain('faas-prep › Simulators');
  });

  it('↑ from the top wraps to the bottom; a digit opens its row at once', async () => {
    const app = renderApp();
    await app.waitFor('❯ Study');
    await app.press(keys.up);
    await app.waitFor('❯ Progress');
    expect(app.frame()).toContain(`Enter/1-${modes.length} open`);
    await app.press('4');
    await app.waitFor('What-if simulators');
  });
});
