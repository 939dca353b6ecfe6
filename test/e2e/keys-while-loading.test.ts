// Keys typed before a screen is ready, end to end in a real terminal: the built CLI's stdin
// holds them until the screen they were typed for listens (issue 14 §1).
import { describe, it } from 'vitest';
import { modes } from '../../src/ui/screens/home/modes.js';
import { keys, sessionsForEachTest } from '../helpers/pty.js';

const open = sessionsForEachTest();

describe('keys typed before a screen is ready', () => {
  it('Enter on Study and Space typed together: the first card shows its answer', async () => {
    const app = open();
    await app.waitFor('❯ Study');
    app.press(`${keys.enter}${keys.space}`);
    await app.waitFor('1 Again');
  });

  it('d typed with the digit that opens Progress applies to the report once computed', async () => {
    const app = open();
    await app.waitFor('❯ Study');
    const progress = modes.findIndex((m) => m.route.screen === 'progress') + 1;
    app.press(`${progress}d`);
    await app.waitFor('Interview date (YYYY-MM-DD');
  });

  it('↓ typed as the quiz opens moves its first choice', async () => {
    const app = open({ args: ['quiz', '--count', '1', '--kind', 'mcq', '--seed', '3'] });
    app.press(`${keys.down}`);
    await app.waitFor(/❯ (\[ \] )?2\. /);
  });
});
