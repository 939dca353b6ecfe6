import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/commands/sim.js';
import { type Io, UsageError } from '../../src/cli/io.js';
import { MAX_ARRIVALS_BYTES } from '../../src/sim/arrivals-csv.js';

function fakeIo(cwd = process.cwd()): Io & { out: () => string } {
  let out = '';
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: () => true },
    env: {},
    stdinIsTTY: false,
    stdoutIsTTY: false,
    now: () => 0,
    cwd,
    out: () => out,
  };
}

type Values = Record<string, string | boolean | undefined>;

async function json(sim: string, values: Values, cwd?: string): Promise<Record<string, unknown>> {
  const io = fakeIo(cwd);
  expect(await run({ positionals: [sim], values: { ...values, json: true } }, io)).toBe(0);
  return JSON.parse(io.out());
}

async function usageError(positionals: string[], values: Values): Promise<UsageError> {
  try {
    await run({ positionals, values }, fakeIo());
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    const err = e as UsageError;
    expect(err.exitCode).toBe(2);
    expect(err.message).not.toContain('\n');
    return err;
  }
  throw new Error('expected a UsageError');
}

describe('sim --json output', () => {
  it('cost has every named field, in dollars a month', async () => {
    const r = await json('cost', {
      invocations: '100000000',
      'memory-mb': '512',
      'duration-ms': '100',
      fleet: 'fixed',
      'no-public-ipv4': true,
    });
    const lambda = r.lambda as Record<string, number>;
    for (const k of ['requests', 'compute', 'api', 'provisioned', 'total'])
      expect(typeof lambda[k]).toBe('number');
    expect((r.fargate as Record<string, number>).total).toBeCloseTo(9.01, 2);
    // One t3.micro above its 0.2 vCPU baseline pays surplus credits: 7.592 + 0.9023 × 0.05 × 730.
    const load = (1e8 / 2_628_000) * 0.1 * (512 / 1769);
    expect((r.ec2 as Record<string, number>).total).toBeCloseTo(7.592 + (load - 0.2) * 36.5, 4);
    const be = r.breakEven as Record<string, number>;
    expect(be.fargate).toBeGreaterThan(8.71e6);
    expect(be.fargate).toBeLessThan(8.73e6);
    expect(typeof be.ec2).toBe('number');
    expect(lambda.total).toBeCloseTo(103.33, 2);
  });

  it('cost sizes the fleet by default: 1B × 512 MB × 100 ms needs ≈11 vCPU (issue 13)', async () => {
    const r = await json('cost', {
      invocations: '1000000000',
      'memory-mb': '512',
      'duration-ms': '100',
    });
    const fargate = r.fargate as Record<string, number>;
    const ec2 = r.ec2 as Record<string, number | boolean>;
    // 1e9 / 2,628,000 s × 0.1 s × 512/1769 = 11.013 vCPU; 0.25 vCPU tasks at 70% carry 0.175.
    const tasks = Number(fargate.tasks);
    expect(tasks).toBe(Math.ceil(11.013282 / 0.175));
    expect(tasks).toBeGreaterThanOrEqual(45);
    // t3.micro sustains 2 × 10% = 0.2 vCPU: 0.14 at 70% → 79 instances, not 8.
    expect(ec2.count).toBe(Math.ceil(11.013282 / 0.14));
    expect(ec2.sustainedVcpu).toBeCloseTo(0.2, 12);
    expect((r.capacity as Record<string, number>).targetUtilization).toBe(0.7);
    expect(fargate.overloaded).toBe(false);
    // IPv4 on by default: $0.005 × 730 h per task.
    expect(fargate.ipv4).toBeCloseTo(tasks * 3.65, 6);
    expect(fargate.total).toBeCloseTo(tasks * (9.010025 + 3.65), 4);
  });

  it('a fixed fleet that cannot carry the load says so, and keeps its counts', async () => {
    const r = await json('cost', {
      invocations: '1000000000',
      'memory-mb': '512',
      'duration-ms': '100',
      fleet: 'fixed',
    });
    const fargate = r.fargate as Record<string, number | boolean>;
    expect(fargate.tasks).toBe(1);
    expect(fargate.overloaded).toBe(true);
    expect(fargate.requiredVcpu).toBeCloseTo(11.013282, 5);
    expect((r.ec2 as Record<string, number>).count).toBe(1);
  });

  it('10 provisioned environments never cross one fixed task: breakEven is null', async () => {
    const r = await json('cost', {
      invocations: '1000000',
      'memory-mb': '1024',
      'duration-ms': '100',
      provisioned: '10',
      fleet: 'fixed',
    });
    expect(r.breakEven).toEqual({ fargate: null, ec2: null });
    expect(r.breakEvens).toEqual({ fargate: [], ec2: [] });
  });

  it('cold-start has every named field', async () => {
    const r = await json('cold-start', {
      rate: '2',
      'duration-ms': '2000',
      'horizon-s': '5000',
      seed: '4',
    });
    for (const k of [
      'requests',
      'coldStarts',
      'coldStartProbability',
      'rejected',
      'rejectionProbability',
      'meanInstances',
      'meanBusy',
      'meanIdle',
      'peakInstances',
    ]) {
      expect(typeof r[k], k).toBe('number');
    }
    const lat = r.latencyMs as Record<string, number>;
    for (const k of ['mean', 'p50', 'p95', 'p99']) expect(typeof lat[k]).toBe('number');
    expect(r.initMs).toBe(200);
  });

  it('cold-start takes init times from runtime presets and SnapStart', async () => {
    expect(
      (
        await json('cold-start', {
          rate: '1',
          'duration-ms': '100',
          'horizon-s': '100',
          runtime: 'rust',
        })
      ).initMs,
    ).toBe(16);
    const snap = await json('cold-start', {
      rate: '1',
      'duration-ms': '100',
      'horizon-s': '100',
      runtime: 'java21',
      snapstart: true,
    });
    expect(snap.initMs).toBe(610);
  });

  it('cold-start replays a CSV of arrival times (header allowed) and runs bursts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faas-arrivals-'));
    writeFileSync(
      join(dir, 'a.csv'),
      'timestamp,path\n1700000000,/a\n1700000001.5,/b\n1700000010,/c\n',
    );
    const r = await json('cold-start', { 'duration-ms': '100', arrivals: 'a.csv' }, dir);
    expect(r.requests).toBe(3);
    expect(r.coldStarts).toBe(1);
    const b = await json('cold-start', {
      rate: '1',
      'duration-ms': '100',
      burst: '60:600',
      'horizon-s': '6000',
    });
    expect(b.requests).toBeGreaterThan(5000);
  });

  it('connections: each mode has its fields', async () => {
    const base = { rate: '800', 'duration-ms': '100', 'horizon-s': '50' };
    const held = await json('connections', { ...base, mode: 'held' });
    for (const k of [
      'meanConnections',
      'peakConnections',
      'failedRequests',
      'failureProbability',
    ]) {
      expect(typeof held[k], k).toBe('number');
    }
    const per = await json('connections', { ...base, mode: 'per-invocation' });
    expect(typeof per.erlangB).toBe('number');
    const proxy = await json('connections', {
      ...base,
      mode: 'proxy',
      'pool-size': '90',
      'query-ms': '50',
    });
    const p = proxy.proxy as Record<string, unknown>;
    for (const k of ['waitProbability', 'meanWaitMs', 'timeouts'])
      expect(typeof p[k], k).toBe('number');
    expect(p.poolSize).toBe(90);
  });
});

describe('sim plain-text output', () => {
  it('prints an aligned table', async () => {
    const io = fakeIo();
    await run(
      {
        positionals: ['cost'],
        values: { invocations: '100000000', 'memory-mb': '512', 'duration-ms': '100' },
      },
      io,
    );
    expect(io.out()).toMatch(/Lambda total\s+\$103\.33/);
    // Sized by default: 7 tasks of 0.25 vCPU, each $9.01 + $3.65 public IPv4.
    expect(io.out()).toMatch(/Fargate\s+\$88\.62\s+7 × 0\.25 vCPU, sized at 70% CPU/);
    expect(io.out()).toMatch(/Public IPv4\s+\$54\.75/);
    expect(io.out()).toMatch(/Break-even Fargate\s+12,251,618\s+crosses again at/);
  });
});

describe('sim flag checking', () => {
  const cost = { invocations: '1000', 'memory-mb': '512', 'duration-ms': '100' };

  it('names the simulators when none is given', async () => {
    expect((await usageError([], {})).message).toMatch(/cold-start, connections, cost/);
    expect((await usageError(['warmth'], {})).message).toMatch(/unknown simulator 'warmth'/);
  });

  it('checks type and range', async () => {
    expect((await usageError(['cost'], { ...cost, 'memory-mb': 'abc' })).message).toBe(
      '--memory-mb must be a whole number from 128 to 10240 (got "abc")',
    );
    expect((await usageError(['cost'], { ...cost, 'memory-mb': '10241' })).message).toMatch(
      /--memory-mb/,
    );
    expect((await usageError(['cost'], { ...cost, invocations: '-5' })).message).toMatch(
      /--invocations/,
    );
    expect((await usageError(['cost'], { ...cost, arch: 'x86' })).message).toMatch(
      /--arch must be one of x86_64, arm64/,
    );
    expect((await usageError(['cost'], { ...cost, 'ec2-type': 'm5.large' })).message).toMatch(
      /ec2Type|--ec2-type/,
    );
    expect((await usageError(['cold-start'], { rate: '0', 'duration-ms': '10' })).message).toMatch(
      /--rate must be a number above 0/,
    );
    expect((await usageError(['cold-start'], { rate: '1e', 'duration-ms': '10' })).message).toMatch(
      /--rate/,
    );
    expect(
      (await usageError(['cold-start'], { rate: '1', 'duration-ms': '10', seed: '1.5' })).message,
    ).toMatch(/--seed/);
    expect(
      (await usageError(['cold-start'], { rate: '1', 'duration-ms': '10', distribution: 'normal' }))
        .message,
    ).toMatch(/--distribution must be one of exponential, constant/);
  });

  it('requires the required flags', async () => {
    expect(
      (await usageError(['cost'], { 'memory-mb': '512', 'duration-ms': '100' })).message,
    ).toMatch(/--invocations is required/);
    expect(
      (await usageError(['connections'], { rate: '1', 'duration-ms': '100' })).message,
    ).toMatch(/--mode is required/);
  });

  it('rejects flags of another simulator or mode', async () => {
    expect((await usageError(['cost'], { ...cost, mode: 'held' })).message).toMatch(
      /--mode does not apply to sim cost/,
    );
    expect(
      (
        await usageError(['connections'], {
          mode: 'held',
          rate: '1',
          'duration-ms': '100',
          'pool-size': '4',
        })
      ).message,
    ).toMatch(/--pool-size applies only to --mode proxy/);
    expect(
      (await usageError(['cold-start'], { rate: '1', 'duration-ms': '100', predict: true }))
        .message,
    ).toMatch(/--predict needs the interactive screen/);
  });

  it('rejects conflicting flags', async () => {
    expect(
      (
        await usageError(['cold-start'], {
          rate: '1',
          'duration-ms': '100',
          runtime: 'nodejs22',
          snapstart: true,
        })
      ).message,
    ).toMatch(/--snapstart is not available for nodejs22/);
    expect(
      (await usageError(['cold-start'], { rate: '1', 'duration-ms': '100', runtime: 'cobol' }))
        .message,
    ).toMatch(/--runtime must be one of/);
    expect(
      (
        await usageError(['cold-start'], {
          rate: '1',
          'duration-ms': '100',
          snapstart: true,
          provisioned: '2',
        })
      ).message,
    ).toMatch(/--snapstart cannot be combined with --provisioned/);
    expect(
      (
        await usageError(['cold-start'], {
          rate: '1',
          'duration-ms': '100',
          snapstart: true,
          'init-ms': '3000',
        })
      ).message,
    ).toMatch(/--init-ms cannot be combined with --snapstart, which replaces init/);
    expect(
      (
        await usageError(['cold-start'], {
          rate: '1',
          'duration-ms': '100',
          provisioned: '20',
          'max-concurrency': '10',
        })
      ).message,
    ).toMatch(/--provisioned \(20\) cannot exceed --max-concurrency \(10\)/);
    expect((await usageError(['cost'], { ...cost, 'fargate-tasks': '3' })).message).toMatch(
      /--fargate-tasks needs --fleet fixed/,
    );
    expect(
      (await usageError(['cost'], { ...cost, 'public-ipv4': true, 'no-public-ipv4': true }))
        .message,
    ).toMatch(/--public-ipv4 and --no-public-ipv4 contradict/);
    expect(
      (
        await usageError(['connections'], {
          mode: 'proxy',
          rate: '1',
          'duration-ms': '100',
          'pool-size': '98',
        })
      ).message,
    ).toMatch(/--pool-size \(98\) cannot exceed/);
    expect(
      (await usageError(['cold-start'], { rate: '1', 'duration-ms': '100', burst: '600:60' }))
        .message,
    ).toMatch(/--burst/);
  });

  it('refuses a run above the work bound with a hint to shorten the horizon', async () => {
    const err = await usageError(['cold-start'], {
      rate: '1000',
      'duration-ms': '100',
      'horizon-s': '1000000',
    });
    expect(err.message).toMatch(/1,000,000,000 requests, above the limit of 200,000,000/);
    expect(err.hint).toMatch(/--horizon-s/);
  });

  it('counts a burst at its on-window rate: 1:10000 over 600 s is the whole first burst', async () => {
    // rate × period / on = 30,000 × 10,000 / 1 = 3e8 req/s for the 1 s of on-time: 300M.
    const err = await usageError(['cold-start'], {
      rate: '30000',
      'duration-ms': '100',
      burst: '1:10000',
      'horizon-s': '600',
    });
    expect(err.message).toMatch(/about 300,000,000 requests, above the limit/);
    expect(err.hint).toMatch(/--burst on-window/);
  });

  it('reports a missing or bad arrivals file on one line', async () => {
    expect(
      (await usageError(['cold-start'], { 'duration-ms': '100', arrivals: 'no-such.csv' })).message,
    ).toMatch(/--arrivals: cannot read "no-such\.csv": no such file/);
    const dir = mkdtempSync(join(tmpdir(), 'faas-arrivals-'));
    writeFileSync(join(dir, 'bad.csv'), 't\n1\n2\nsoon\n');
    try {
      await run(
        {
          positionals: ['cold-start'],
          values: { 'duration-ms': '100', arrivals: join(dir, 'bad.csv') },
        },
        fakeIo(),
      );
      throw new Error('expected a UsageError');
    } catch (e) {
      expect((e as Error).message).toMatch(/line 4: "soon" is not a time/);
    }
  });

  it('refuses files that never end, or past the size limit, before reading them (issue 16 §7)', async () => {
    const arrivals = (file: string) => ({ 'duration-ms': '100', arrivals: file });
    const dev = await usageError(['cold-start'], arrivals('/dev/zero'));
    expect(dev.message).toMatch(/"\/dev\/zero" is not a regular file/);
    const dir = mkdtempSync(join(tmpdir(), 'faas-arrivals-'));
    const big = join(dir, 'big.csv');
    // A sparse file: its size is past the limit without writing 257 MiB.
    writeFileSync(big, '');
    truncateSync(big, MAX_ARRIVALS_BYTES + 1);
    expect((await usageError(['cold-start'], arrivals(big))).message).toMatch(
      /is 256 MiB, above the limit of 256 MiB/,
    );
  });

  it('quotes at most ~80 characters of bad input, control characters escaped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faas-arrivals-'));
    const file = join(dir, 'esc.csv');
    writeFileSync(file, `t\n1\n\u001b[2J${'9x'.repeat(500)}\n`);
    const msg = (await usageError(['cold-start'], { 'duration-ms': '100', arrivals: file }))
      .message;
    expect(msg).toContain('"\\u001b[2J9x9x');
    expect(msg).not.toContain('\u001b');
    const cell = /line 3: (".*?") is not/.exec(msg)?.[1] ?? '';
    expect(Array.from(JSON.parse(cell) as string)).toHaveLength(80);
    // A line with no end (a file of one 5,000-character line) stops at the line limit.
    writeFileSync(file, '7'.repeat(5000));
    expect(
      (await usageError(['cold-start'], { 'duration-ms': '100', arrivals: file })).message,
    ).toMatch(/line 1 is longer than 4,096 characters/);
    // Flag values too.
    const arch = await usageError(['cost'], {
      invocations: '1',
      'memory-mb': '512',
      'duration-ms': '1',
      arch: `\u001b]0;${'a'.repeat(300)}`,
    });
    expect(arch.message).not.toContain('\u001b');
    expect(arch.message.length).toBeLessThan(200);
  });
});

describe('sim help text', () => {
  it('lists every flag of a simulator with its range and default, and explains --burst', async () => {
    const { simHelp } = await import('../../src/sim/help.js');
    const text = simHelp('cold-start');
    expect(text).toMatch(/--burst <ON_S:PERIOD_S>\s+Bursty arrivals/);
    expect(text).toMatch(/--keep-alive-s <s>.*default 600/);
    expect(simHelp('cost')).toMatch(/--memory-mb <MB>.*from 128 to 10240; required/);
    expect(simHelp('connections')).toMatch(/--pool-size .*proxy only/);
  });
});
