// `npm run bench:sim`: simulated requests per second of the cold-start model on the issue's
// workload (rate 10/s, 2 s exponential, keep-alive 600 s, 10^6 s ≈ 10M requests), against a
// tight C loop of the same model (scripts/bench-sim-ref.c, compiled with the system's cc when
// there is one; it must simulate the very same requests); the multi-request model (64 per
// environment) on the same load; and the heap in use at two horizons, to show memory stays flat.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type ColdStartParams, createColdStartRun } from '../src/sim/models/cold-start.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function params(horizonS: number, perEnvConcurrency = 1): ColdStartParams {
  return {
    perEnvConcurrency,
    arrivals: { kind: 'poisson', rate: 10 },
    durationMs: 2000,
    initMs: 200,
    keepAliveS: 600,
    maxConcurrency: 1000,
    provisioned: 0,
    distribution: 'exponential',
    horizonS,
    seed: 1,
  };
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MB`;

/** Wall time of one run to the end, in 1M-request slices (no GC calls inside). */
function timed(horizonS: number, perEnvConcurrency = 1) {
  const start = performance.now();
  const run = createColdStartRun(params(horizonS, perEnvConcurrency));
  while (!run.step(1_000_000)) {
    // slices
  }
  return { result: run.snapshot(), seconds: (performance.now() - start) / 1000 };
}

/** Live heap (after a full GC) before, at the largest between 250k-request slices, and after. */
function memory(horizonS: number) {
  gc();
  const before = process.memoryUsage().heapUsed;
  const run = createColdStartRun(params(horizonS));
  let peak = before;
  while (!run.step(250_000)) {
    gc();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  const requests = run.snapshot().requests;
  gc();
  return { requests, before, peak, after: process.memoryUsage().heapUsed };
}

timed(1e4); // let the JIT settle

const main = timed(1e6);
const r = main.result;
console.log('cold-start model: rate 10/s, 2 s exponential, init 200 ms, keep-alive 600 s, 10^6 s');
console.log(`  requests simulated   ${r.requests.toLocaleString('en-US')}`);
console.log(`  wall time            ${main.seconds.toFixed(2)} s`);
console.log(
  `  requests per second  ${Math.round(r.requests / main.seconds).toLocaleString('en-US')}`,
);
console.log(
  `  result               P(cold) ${r.coldStartProbability.toPrecision(3)}, mean instances ${r.meanInstances.toFixed(2)} (reference 0.000297, 37.33)`,
);

/** The C loop's result and time, or why there is none (no compiler). */
function reference(
  horizonS: number,
): { requests: number; coldStarts: number; seconds: number } | string {
  const dir = mkdtempSync(join(tmpdir(), 'faas-bench-'));
  const bin = join(dir, 'bench-sim-ref');
  try {
    execFileSync('cc', ['-O2', '-o', bin, join('scripts', 'bench-sim-ref.c'), '-lm'], {
      stdio: 'ignore',
    });
  } catch {
    return 'no C compiler (cc) found: the comparison is skipped';
  }
  return JSON.parse(execFileSync(bin, [String(horizonS)], { encoding: 'utf8' }));
}

const ref = reference(1e6);
if (typeof ref === 'string') {
  console.log(`  C reference          ${ref}`);
} else {
  const same = ref.requests === r.requests && ref.coldStarts === r.coldStarts;
  console.log(
    `  C reference (-O2)    ${ref.seconds.toFixed(2)} s: JS takes ${(main.seconds / ref.seconds).toFixed(2)}× as long (target ≤ 2×); same requests and cold starts: ${same ? 'yes' : 'NO'}`,
  );
  if (!same) process.exitCode = 1;
}

const multi = timed(1e6, 64);
console.log(
  `multi-request model, 64 per environment, same load: ${multi.seconds.toFixed(2)} s, ${Math.round(multi.result.requests / multi.seconds).toLocaleString('en-US')} requests/s, ${multi.result.coldStarts} cold starts`,
);

console.log('live heap (after a full GC; peak over 250k-request slices while the run is alive):');
for (const horizonS of [1e5, 1e6]) {
  const m = memory(horizonS);
  console.log(
    `  horizon ${horizonS.toExponential(0).padEnd(5)} ${m.requests.toLocaleString('en-US').padStart(11)} requests: before ${mb(m.before)}, peak ${mb(m.peak)}, after ${mb(m.after)}`,
  );
}
