import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cliPath, keys, sessionsForEachTest, tempHome } from '../helpers/pty.js';

const open = sessionsForEachTest();

const costArgs = [
  'sim',
  'cost',
  '--invocations',
  '20000000',
  '--memory-mb',
  '512',
  '--duration-ms',
  '100',
];

describe('predict, then run', () => {
  it('predict a break-even in sim cost, see it graded, find it in stats', async () => {
    const home = tempHome();
    const app = open({ args: [...costArgs, '--predict'], home });
    await app.waitFor('Prediction pending');
    expect(app.text()).toContain('Predict: Break-even vs Fargate');
    expect(app.text()).not.toContain('Lambda total');
    app.press('12.2M');
    await app.waitFor('Yours: 12.2M');
    expect(app.text()).not.toContain('12.3M');
    app.press(keys.enter);
    await app.waitFor('Your prediction');
    // The sized Fargate fleet's first crossing (two 0.25 vCPU tasks at the default utilisation).
    expect(app.text()).toMatch(/yours 12\.2M · model 12\.3M · off by 0\.42% · Easy/);
    expect(app.text()).toMatch(/Lambda total\s+\$20\.67/);
    app.press('P');
    await app.waitFor('break-even'); // the chart's legend is back
    app.press(keys.esc); // back one level: the Simulators list
    await app.waitFor('What-if simulators');
    app.press('q');
    expect(await app.waitForExit()).toBe(0);

    const stats = JSON.parse(
      execFileSync(process.execPath, [cliPath, 'stats', '--json'], {
        env: { ...process.env, FAAS_PREP_HOME: home },
        encoding: 'utf8',
      }),
    );
    expect(stats).toMatchObject({ predictions: 1, predictionsWithinTolerance: 1 });
    expect(stats.topics.cost).toBeGreaterThan(0);

    const progress = open({ args: ['stats'], home });
    await progress.waitFor('1 prediction (1 within tolerance)');
  });

  it('--predict without the screen is a usage error', () => {
    for (const extra of [['--json'], []]) {
      const r = spawnSync(process.execPath, [cliPath, ...costArgs, '--predict', ...extra], {
        env: { ...process.env, FAAS_PREP_HOME: tempHome() },
        encoding: 'utf8',
      });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^faas-prep: --predict needs the interactive screen\./);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stdout).toBe('');
    }
  });
});
