import { describe, expect, it } from 'vitest';
import { keys, renderApp } from '../helpers/render.js';

describe('menus under a burst of keys', () => {
  it('three ↓ arriving together move three rows, and an Enter with them opens that row', async () => {
    const app = renderApp();
    await app.waitFor('❯ Study');
    app.stdin.write(`${keys.down}${keys.down}${keys.down}`);
    await app.waitFor('❯ Simulators');
    app.stdin.write(`${keys.down}${keys.enter}`);
    await app.waitFor('Saved in');
    expect(app.frame()).toContain('Progress');
  });

  it('a digit jumps to its row; ↑ from the top wraps to the bottom', async () => {
    const app = renderApp();
    await app.waitFor('❯ Study');
    await app.press('3');
    await app.waitFor('❯ Mock interview');
    await app.press('1', keys.up);
    await app.waitFor('❯ Progress');
  });
});
