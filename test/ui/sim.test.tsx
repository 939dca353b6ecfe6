import { afterEach, describe, expect, it } from 'vitest';
import { keys, renderApp } from '../helpers/render.js';

type App = ReturnType<typeof renderApp>;
const apps: App[] = [];
afterEach(() => {
  // Unmounting cancels any simulation still running.
  for (const app of apps.splice(0)) app.unmount();
});

function open(positionals: string[], values: Record<string, string | boolean> = {}, size = {}) {
  const app = renderApp({ screen: 'sim', cmd: { positionals, values }, ...size });
  apps.push(app);
  return app;
}

// The material's view: one fixed task and instance, no public IPv4.
const material = {
  invocations: '100000000',
  'memory-mb': '512',
  'duration-ms': '100',
  fleet: 'fixed',
  'no-public-ipv4': true,
};

/** The panel row under the cursor (the line that starts with ›). */
function cursorRow(frame: string): string {
  return frame.split('\n').find((l) => l.startsWith('›')) ?? '';
}

describe('sim cost screen', () => {
  it('shows the totals and a chart of cost against invocations with the break-even', async () => {
    const app = open(['cost'], material);
    await app.waitFor('Lambda total');
    const f = app.frame();
    expect(f).toMatch(/Lambda total\s+\$103\.33/);
    expect(f).toMatch(/Fargate\s+\$9\.01/);
    expect(f).toMatch(/Break-even Fargate\s+8\.72M\/month/);
    expect(f).toContain('┃'); // the break-even marker
    expect(f).toContain('100M'); // a decade tick on the log axis
    expect(f).toContain('break-even');
  });

  it('← and → change the memory, and the total follows', async () => {
    const app = open(['cost'], material);
    await app.waitFor('$103.33');
    await app.press(keys.down);
    await app.waitFor((f) => cursorRow(f).includes('memory-mb'));
    await app.press(keys.right);
    await app.waitFor('1,024 MB');
    expect(app.frame()).toMatch(/Lambda total\s+\$186\.67/);
    await app.press(keys.left, keys.left);
    await app.waitFor('256 MB');
    expect(app.frame()).toMatch(/Lambda total\s+\$61\.67/);
  });

  it('typing a value (with a suffix) sets it; Enter applies', async () => {
    const app = open(['cost'], material);
    await app.waitFor('$103.33');
    await app.press('2', '0', '0', 'M');
    await app.waitFor('Enter applies, Esc cancels');
    expect(cursorRow(app.frame())).toContain('200M');
    await app.press(keys.enter);
    await app.waitFor('$206.67');
    expect(cursorRow(app.frame())).toContain('200M/month');
  });

  it('an out-of-range value is refused with the reason, and the old value stays', async () => {
    const app = open(['cost'], material);
    await app.waitFor('$103.33');
    await app.press(keys.down, keys.enter);
    await app.press('9', '9', '9', '9', '9', keys.enter);
    await app.waitFor('--memory-mb must be a whole number from 128 to 10240');
    expect(app.frame()).toMatch(/Lambda total\s+\$103\.33/);
    expect(cursorRow(app.frame())).toContain('512 MB');
  });

  it('Esc while typing cancels the value and stays on the screen', async () => {
    const app = open(['cost'], material);
    await app.waitFor('$103.33');
    await app.press('7');
    await app.waitFor('Enter applies');
    await app.press(keys.esc);
    await app.waitFor((f) => cursorRow(f).includes('100M/month'));
    expect(app.frame()).toContain('Simulators › Cost');
    expect(app.frame()).toMatch(/Lambda total\s+\$103\.33/);
  });

  it("the material's preset shows $103.33 and where the material differs", async () => {
    const app = open(['cost'], { ...material, 'memory-mb': '2048' });
    await app.waitFor('Lambda total');
    expect(app.frame()).not.toContain('$103.33');
    await app.press('p');
    await app.waitFor('Corrected numbers');
    await app.press(keys.enter);
    await app.waitFor('$103.33');
    expect(app.frame()).toContain('The material says ~$185 a month');
    expect(cursorRow(app.frame())).toContain('100M/month');
  });

  it('the explain panel shows the arithmetic with the current numbers', async () => {
    const app = open(['cost'], material);
    await app.waitFor('$103.33');
    await app.press('e');
    await app.waitFor('GB-s: 100M × 0.5 GB × 0.1 s = 5M GB-s');
    const f = app.frame();
    expect(f).toContain('Requests: 100M × $0.20/M = $20.00');
    expect(f).toContain('Duration: GB-s × $0.0000166667 = $83.33');
    expect(f).toContain('× 730 h × 1 = $9.01');
    expect(f).toMatch(/Break-even N = F \/ c = \$9\.01 \/ \$0\.00000103/);
    // It follows the values: a bigger function doubles the GB-s.
    await app.press(keys.down, keys.right);
    await app.waitFor('GB-s: 100M × 1 GB × 0.1 s = 10M GB-s');
    await app.press('e');
    await app.waitFor((fr) => !fr.includes('GB-s: 100M'));
  });

  it('a route pushed from inside the app with a bad value shows one line and runs the defaults', async () => {
    const app = open(['cost'], { 'memory-mb': '99' });
    await app.waitFor('Lambda total');
    expect(app.frame()).toContain(
      '--memory-mb must be a whole number from 128 to 10240 (got "99")',
    );
    expect(app.frame()).toMatch(/Lambda total\s+\$103\.33/);
  });

  it('fits a 50x14 terminal: the chart gives way, the panel and results stay', async () => {
    const app = open(['cost'], material, { columns: 50, rows: 14 });
    await app.waitFor('Lambda total');
    const lines = app.frame().split('\n');
    expect(lines.length).toBeLessThan(14);
    expect(lines.every((l) => l.length <= 50)).toBe(true);
    expect(app.frame()).not.toContain('break-even');
    expect(app.frame()).toContain('› invocations');
  });
});

describe('sim chooser', () => {
  it('lists the three simulators; Enter opens one, Esc comes back', async () => {
    const app = open([]);
    await app.waitFor('Cold starts');
    expect(app.frame()).toContain('DB connections');
    expect(app.frame()).toContain('Cost');
    await app.press(keys.down, keys.down, keys.enter);
    await app.waitFor('Lambda total');
    await app.press(keys.esc);
    await app.waitFor('What-if simulators');
  });
});

describe('sim cold-start screen', () => {
  it('shows progress while simulating, then the results', async () => {
    const app = open(['cold-start'], { rate: '20', 'duration-ms': '1000', 'horizon-s': '100000' });
    await app.waitFor(/simulating… \d+%/);
    await app.waitFor('Simulated 100,000 s', 15_000);
    const f = app.frame();
    expect(f).toMatch(/requests\s+\d{1,3}(,\d{3})+/);
    expect(f).toMatch(/cold starts\s+[\d.]+%/);
    expect(f).toMatch(/latency p50\/p95\/p99\s+[\d,.]+\/[\d,.]+\/[\d,.]+ ms/);
    expect(f).toContain('P(cold)');
  });

  it('keys still work while a long run is going', async () => {
    const app = open(['cold-start'], { rate: '1000', 'horizon-s': '150000' });
    await app.waitFor(/simulating… \d+%/);
    expect(cursorRow(app.frame())).toContain('rate');
    await app.press(keys.down);
    await app.waitFor((f) => cursorRow(f).includes('duration-ms'));
    // Moved mid-run: the run is still going.
    expect(app.frame()).toMatch(/simulating… \d+%/);
  });

  it('a runtime preset sets the init time from the runtime table', async () => {
    const app = open(['cold-start'], { 'horizon-s': '1000' });
    await app.waitFor('Simulated');
    await app.press('p');
    await app.waitFor('Corrected numbers');
    // The keys are sent at once: none may be lost while the run keeps the loop busy.
    await app.press(...Array.from({ length: 11 }, () => keys.down));
    await app.waitFor('❯ java21 (init 242 ms)');
    await app.press(keys.enter);
    await app.waitFor('242 ms (java21 preset)');
  });

  it('--per-env-concurrency shows environments and busy slots, and the Web Functions preset sets 64', async () => {
    const app = open(['cold-start'], {
      rate: '20',
      'duration-ms': '500',
      'horizon-s': '600',
      'per-env-concurrency': '8',
    });
    await app.waitFor('Simulated');
    expect(app.frame()).toMatch(/mean environments/);
    expect(app.frame()).toMatch(/mean busy slots/);
    expect(app.frame()).toMatch(/slots per env\s+8/);
    expect(app.frame()).toMatch(/per-env-concurrency\s+8/);
    await app.press('p');
    await app.waitFor('Web Functions');
    await app.press(...Array.from({ length: 4 }, () => keys.down));
    await app.waitFor('❯ Web Functions: 64 per environment');
    await app.press(keys.enter);
    await app.waitFor(/slots per env\s+64/);
  });

  it('x switches the chart between keep-alive and rate', async () => {
    const app = open(['cold-start'], { 'horizon-s': '1000' });
    await app.waitFor('vs keep-alive s');
    await app.press('x');
    await app.waitFor(/vs (rate|req\/s)/);
  });
});

describe('sim connections screen', () => {
  it('per invocation: the simulated refusals beside Erlang B, and the load = connections mark', async () => {
    const app = open(['connections'], {
      mode: 'per-invocation',
      rate: '100',
      'duration-ms': '800',
      'horizon-s': '20000',
    });
    await app.waitFor('Simulated', 15_000);
    const f = app.frame();
    expect(f).toMatch(/refused \(simulated\)\s+[\d.]+%/);
    expect(f).toMatch(/Erlang B \(analytic\)\s+[\d.]+%/);
    expect(f).toMatch(/offered load\s+80 E/);
    expect(f).toContain('load = connections');
  });

  it('held: connections follow environments, beside the usable line', async () => {
    const app = open(['connections'], { 'horizon-s': '20000' });
    await app.waitFor('Simulated', 15_000);
    const f = app.frame();
    expect(f).toMatch(/peak connections\s+\d+ of 97 usable/);
    expect(f).toContain('usable 97');
    await app.press('e');
    await app.waitFor('connections = environments (busy + idle)');
  });

  it('changing the mode with → hides the other modes’ parameters', async () => {
    const app = open(['connections'], { 'horizon-s': '1000' });
    await app.waitFor('keep-alive-s');
    await app.press(keys.right);
    await app.waitFor((f) => cursorRow(f).includes('per-invocation'));
    expect(app.frame()).not.toContain('keep-alive-s');
    await app.press(keys.right);
    await app.waitFor('pool-size');
    expect(app.frame()).toContain('auto (97)');
  });
});
