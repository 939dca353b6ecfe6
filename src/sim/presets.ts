// Presets of the simulator screens: the study material's numbers, the corrected ones, and
// measured runtimes / database defaults. A preset sets inputs only; every result comes from the
// models. Notes quote what the material claims (the claims are inputs to compare, not results).
import type { SimulatorName } from './help.js';
import type { ParamValues } from './params.js';
import type { RuntimeTable } from './runtimes.js';
import { defaultValues, withValue } from './screen-params.js';

export interface SimPreset {
  id: string;
  label: string;
  /** One line: where the material differs, or where the numbers come from. */
  note: string;
  values: ParamValues;
  /** Change only these values (true), or start from the simulator's defaults (false). */
  merge?: boolean;
}

const costPresets: SimPreset[] = [
  {
    id: 'material',
    label: "The material's numbers",
    note: 'The material says ~$185 a month, Fargate ~$12, EC2 ~$8, break-even 10–15M',
    values: {
      invocations: 100_000_000,
      memoryMb: 512,
      durationMs: 100,
      fargateVcpu: 0.25,
      fargateMemoryGb: 0.5,
      fleet: 'fixed',
      publicIpv4: false,
    },
  },
  {
    id: 'corrected',
    label: 'Corrected numbers',
    note: 'Free tier; fleets sized to the load at 70% CPU (t3 on its baseline); IPv4 in',
    values: {
      invocations: 100_000_000,
      memoryMb: 512,
      durationMs: 100,
      freeTier: true,
      fleet: 'sized',
      targetUtilization: 0.7,
      publicIpv4: true,
    },
  },
  {
    id: 'material-185',
    label: "Where the material's ~$185 comes from",
    note: 'At 1,024 MB, not 512 MB, 100M invocations cost about what the material says',
    values: { invocations: 100_000_000, memoryMb: 1024, durationMs: 100 },
  },
  {
    id: 'arm64',
    label: 'Graviton (arm64)',
    note: 'Lambda and Fargate on arm64, EC2 t4g.micro',
    values: { invocations: 100_000_000, memoryMb: 512, durationMs: 100, arch: 'arm64' },
  },
  {
    id: 'http-api',
    label: 'With an HTTP API in front',
    note: 'API Gateway is priced per request and often costs more than the function',
    values: { invocations: 100_000_000, memoryMb: 512, durationMs: 100, api: 'http' },
  },
];

function coldStartPresets(runtimes: RuntimeTable): SimPreset[] {
  const presets: SimPreset[] = [
    {
      id: 'material',
      label: "The material's numbers",
      note: 'Material: cold starts 100 ms–3 s, warm 5–15 min (AWS publishes no keep-alive)',
      values: { rate: 0.01, durationMs: 100, initMs: 3000, keepAliveS: 300, horizonS: 1_000_000 },
    },
    {
      id: 'corrected',
      label: 'Corrected numbers',
      note: `java21 hello-world init (lambda-perf ${runtimes.asOf}); keep-alive ~10 min (2020 test)`,
      values: {
        rate: 0.01,
        durationMs: 100,
        runtime: 'java21',
        keepAliveS: 600,
        horizonS: 1_000_000,
      },
    },
    {
      id: 'simfaas',
      label: 'SimFaaS reference (1 req/s of 2 s)',
      note: 'The published SimFaaS setup: warm 2 s, init 200 ms, keep-alive 600 s',
      values: { rate: 1, durationMs: 2000, initMs: 200, keepAliveS: 600 },
    },
    {
      id: 'one-per-env',
      label: 'Event Functions: 1 per environment',
      note: 'Each environment serves one request at a time: concurrency = environments',
      values: { perEnvConcurrency: 1 },
      merge: true,
    },
    {
      id: 'web-functions',
      label: 'Web Functions: 64 per environment',
      note: 'maxConcurrencyPerEnvironment: default 64, 1–128 (Lambda guide, 2026)',
      values: { perEnvConcurrency: 64 },
      merge: true,
    },
    {
      id: 'cloud-run',
      label: 'Cloud Run: 80 per instance',
      note: 'Default concurrency 80 per instance, up to 1,000 (Cloud Run docs)',
      values: { perEnvConcurrency: 80 },
      merge: true,
    },
  ];
  for (const r of runtimes.runtimes) {
    presets.push({
      id: `runtime:${r.name}`,
      label: `${r.name} (init ${r.initMs} ms)`,
      note: r.note
        ? `Init reused from a neighbouring runtime (${r.asOf}): see content/runtimes.yaml`
        : `Hello-world init (lambda-perf ${r.asOf}); your own init code adds to it`,
      values: { runtime: r.name, snapstart: false, provisioned: 0 },
      merge: true,
    });
    if (r.snapstart && r.restoreMs !== undefined) {
      const restore = r.restoreMs;
      const javaOnly = r.restoreNote?.includes('Java only') === true;
      presets.push({
        id: `runtime:${r.name}+snapstart`,
        label: `${r.name} + SnapStart (${restore} ms)`,
        note: javaOnly
          ? `Restore ~${restore} ms: measured for Java only, reused here (material: ~100 ms)`
          : `Restore ~${restore} ms replaces init (material: ~100 ms): pays off only for heavy init`,
        values: { runtime: r.name, snapstart: true, provisioned: 0 },
        merge: true,
      });
    }
  }
  return presets;
}

const connectionsPresets: SimPreset[] = [
  {
    id: 'material',
    label: "The material's numbers",
    note: 'Material: a connection per execution, limit 100 (it leaves out the 3 reserved)',
    values: { mode: 'held', rate: 100, durationMs: 1000, maxConnections: 100, reserved: 3 },
  },
  {
    id: 'corrected',
    label: 'Corrected numbers',
    note: 'Held connections follow environments (busy + idle), not concurrency λ×d',
    values: { mode: 'held', rate: 10, durationMs: 2000, keepAliveS: 600 },
  },
  {
    id: 'postgres',
    label: 'PostgreSQL defaults (100, 3 reserved)',
    note: 'max_connections 100, superuser_reserved_connections 3',
    values: { maxConnections: 100, reserved: 3 },
    merge: true,
  },
  {
    id: 'rds-proxy',
    label: 'RDS Proxy defaults (borrow timeout 120 s)',
    note: 'Borrow timeout 120 s; MaxConnectionsPercent 100: pool = all usable connections',
    values: { mode: 'proxy', borrowTimeoutS: 120, poolSize: undefined },
    merge: true,
  },
  {
    id: 'per-invocation',
    label: 'Connect per invocation (Erlang B)',
    note: 'Each request opens and closes its own connection: a full database refuses it',
    values: { mode: 'per-invocation' },
    merge: true,
  },
];

export function simPresets(name: SimulatorName, runtimes: RuntimeTable): SimPreset[] {
  switch (name) {
    case 'cost':
      return costPresets;
    case 'cold-start':
      return coldStartPresets(runtimes);
    case 'connections':
      return connectionsPresets;
  }
}

/** The values a preset gives, from the current ones (merge) or the simulator's defaults. */
export function applyPreset(
  name: SimulatorName,
  current: ParamValues,
  preset: SimPreset,
): ParamValues {
  let next = preset.merge ? { ...current } : defaultValues(name);
  // Mode first: changing it resets the other modes' params, which the preset may then set.
  if (preset.values.mode !== undefined) next = withValue(name, next, 'mode', preset.values.mode);
  for (const [key, value] of Object.entries(preset.values)) {
    if (key !== 'mode') next[key] = value;
  }
  return next;
}
