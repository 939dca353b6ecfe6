import { describe, expect, it } from 'vitest';
import { keys, sessionsForEachTest } from '../helpers/pty.js';

const open = sessionsForEachTest();

const costArgs = [
  'sim',
  'cost',
  '--invocations',
  '100000000',
  '--memory-mb',
  '512',
  '--duration-ms',
  '100',
];

describe('the simulators in a real terminal', () => {
  it('sim cost shows $103.33 and a chart; → changes a value and the total; Esc goes to the Simulators list', async () => {
    const app = open({ args: costArgs });
    await app.waitFor('$103.33');
    await app.waitFor('break-even');
    const screen = app.text();
    expect(screen).toMatch(/Lambda total\s+\$103\.33/);
    expect(screen).toContain('┃'); // the break-even line on the chart
    expect(screen).toMatch(/100M\s/); // an x tick on the log axis
    app.press(keys.down);
    await app.waitFor(/› memory-mb/);
    app.press(keys.right);
    await app.waitFor('1,024 MB');
    await app.waitFor('$186.67');
    expect(app.text()).not.toContain('$103.33');
    app.press(keys.esc);
    await app.waitFor('What-if simulators');
    app.press(keys.esc);
    await app.waitFor('Practice for serverless');
    app.press('q');
    expect(await app.waitForExit()).toBe(0);
  });

  it('nothing overflows 80x24', async () => {
    for (const args of [
      costArgs,
      ['sim', 'cold-start'],
      ['sim', 'connections', '--mode', 'proxy'],
    ]) {
      const app = open({ args, columns: 80, rows: 24 });
      await app.waitFor('faas-prep › Simulators');
      await app.waitFor(/Lambda total|Simulated/, 15_000);
      const rows = app.screen();
      expect(rows).toHaveLength(24);
      expect(rows[0]).toContain('faas-prep › Simulators');
      expect(rows.every((r) => r.length <= 80)).toBe(true);
      // The key hints sit on the frame's last line, the terminal's last line stays free.
      expect(rows[22]).toMatch(/↑↓ param/);
      expect(rows[23]).toBe('');
      app.press(keys.ctrlC);
      expect(await app.waitForExit()).toBe(130);
    }
  });

  it('a bad flag is one line on stderr before any screen', async () => {
    const app = open({ args: ['sim', 'cost', '--memory-mb', '99'] });
    expect(await app.waitForExit()).toBe(2);
    expect(app.text()).toContain('--memory-mb must be a whole number from 128 to 10240 (got "99")');
    expect(app.text()).not.toContain('Simulators');
  });

  it('Simulators from the home screen; a long cold-start run keeps the keys responsive', async () => {
    const app = open();
    await app.waitFor('Simulators');
    // Simulators is the fourth item: three ↓ (every key of a burst counts).
    app.press(keys.down.repeat(3));
    await app.waitFor('❯ Simulators');
    app.press(keys.enter);
    await app.waitFor('What-if simulators');
    app.press(keys.enter);
    await app.waitFor('Simulators › Cold starts');
    // 1,000 req/s for 150,000 s: a run of 150M requests.
    app.press('1000');
    app.press(keys.enter);
    await app.waitFor(/1,000 req\/s/);
    for (let i = 0; i < 7; i++) app.press(keys.down);
    await app.waitFor(/› horizon-s/);
    app.press('150000');
    app.press(keys.enter);
    await app.waitFor(/simulating… \d+%/);
    app.press(keys.up);
    await app.waitFor(/› distribution/);
    expect(app.text()).toMatch(/simulating… \d+%/);
    app.press(keys.esc);
    await app.waitFor('What-if simulators');
    app.press(keys.esc);
    await app.waitFor('Practice for serverless');
    app.press('q');
    expect(await app.waitForExit()).toBe(0);
  });

  it('NO_COLOR: the chart has no colour codes', async () => {
    const app = open({ args: costArgs, env: { NO_COLOR: '1' } });
    await app.waitFor('break-even');
    app.press(keys.ctrlC);
    await app.waitForExit();
    expect(app.raw()).not.toMatch(/\x1b\[(3\d|9\d|38;)/);
  });
});
