// Plain-text summaries of simulator results (the non-TTY output of `faas-prep sim`): a title
// line and an aligned table of label, value and note.
import { formatCount, formatInt, formatPct, significant } from '../core/format.js';
import { costLines } from './cost-lines.js';
import type { ArrivalSpec, RateBasis } from './models/arrivals.js';
import type { ColdStartParams, ColdStartResult } from './models/cold-start.js';
import type { ConnectionsParams, ConnectionsResult } from './models/connections.js';
import type { CostParams, CostResult } from './models/cost.js';

type Row = [label: string, value: string, note?: string];

/** "Erlang B (analytic)", or which rate fed it when arrivals are not a steady Poisson stream. */
export function analyticLabel(formula: string, basis: RateBasis | undefined): string {
  if (basis === 'on-window') return `${formula} (on-window rate)`;
  if (basis === 'long-run') return `${formula} (long-run rate)`;
  return `${formula} (analytic)`;
}

function table(title: string, rows: Row[]): string {
  const lw = Math.max(...rows.map((r) => r[0].length));
  const vw = Math.max(...rows.map((r) => r[1].length));
  const lines = rows.map(([label, value, note]) =>
    `  ${label.padEnd(lw)}  ${value.padStart(vw)}${note ? `  ${note}` : ''}`.trimEnd(),
  );
  return `${title}\n${lines.join('\n')}\n`;
}

const n3 = (x: number) => significant(x, 3);
const n4 = (x: number) => significant(x, 4);
const ms = (x: number) => `${significant(x, 4)} ms`;

function arrivalsText(a: ArrivalSpec): string {
  switch (a.kind) {
    case 'poisson':
      return `Poisson ${n4(a.rate)} req/s`;
    case 'bursty':
      return `bursts of ${n4(a.onS)} s every ${n4(a.periodS)} s, average ${n4(a.rate)} req/s`;
    case 'replay':
      return `${formatInt(a.count)} replayed arrivals`;
  }
}

export function formatColdStart(r: ColdStartResult, p: ColdStartParams, initNote?: string): string {
  const slots = p.perEnvConcurrency ?? 1;
  const multi = slots > 1;
  const title =
    `Cold starts: ${arrivalsText(p.arrivals)}, ${p.distribution} ${ms(p.durationMs)}, ` +
    `init ${ms(p.initMs)}${initNote ? ` (${initNote})` : ''}, keep-alive ${n4(p.keepAliveS)} s` +
    `${p.provisioned > 0 ? `, ${formatInt(p.provisioned)} provisioned` : ''}` +
    `${multi ? `, ${formatInt(slots)} requests per environment` : ''}; ` +
    `${formatCount(r.simulatedS)} s simulated, seed ${p.seed}`;
  return table(title, [
    ['requests', formatInt(r.requests)],
    ['cold starts', formatInt(r.coldStarts), formatPct(r.coldStartProbability)],
    ['rejected (throttled)', formatInt(r.rejected), formatPct(r.rejectionProbability)],
    multi
      ? ['mean environments', n4(r.meanInstances), 'time average, busy or idle']
      : ['mean instances', n4(r.meanInstances), 'time average: busy + idle'],
    multi
      ? ['mean busy slots', n4(r.meanBusy), 'requests in flight (Little: rate × duration)']
      : ['mean busy', n4(r.meanBusy), 'concurrency (Little: rate × duration)'],
    ['mean idle', n4(r.meanIdle), multi ? 'environments of free slots' : undefined],
    [multi ? 'peak environments' : 'peak instances', formatInt(r.peakInstances)],
    ['latency mean', ms(r.latencyMs.mean)],
    ['latency p50', ms(r.latencyMs.p50)],
    ['latency p95', ms(r.latencyMs.p95)],
    ['latency p99', ms(r.latencyMs.p99)],
  ]);
}

export function formatConnections(r: ConnectionsResult, p: ConnectionsParams): string {
  const title =
    `Connections (${p.mode}): ${arrivalsText(p.arrivals)}, ${ms(p.durationMs)} requests, ` +
    `${formatInt(r.usableConnections)} usable of ${formatInt(p.maxConnections)}; ` +
    `${formatCount(r.simulatedS)} s simulated, seed ${p.seed}`;
  const rows: Row[] = [
    ['requests', formatInt(r.requests)],
    ['mean connections', n4(r.meanConnections)],
    ['peak connections', formatInt(r.peakConnections), `usable ${formatInt(r.usableConnections)}`],
    ['failed requests', formatInt(r.failedRequests), formatPct(r.failureProbability)],
  ];
  if (r.erlangB !== undefined) {
    rows.push([
      analyticLabel('Erlang B', r.analyticRate),
      formatPct(r.erlangB),
      `offered load ${n4(r.offeredLoad ?? 0)} E`,
    ]);
  }
  if (r.proxy) {
    const c = r.proxy.erlangC;
    rows.push(
      ['pool size', formatInt(r.proxy.poolSize), `offered load ${n4(r.offeredLoad ?? 0)} E`],
      [
        'waited for a connection',
        formatPct(r.proxy.waitProbability),
        `${analyticLabel('Erlang C', r.analyticRate)} ${formatPct(c.waitProbability)}`,
      ],
      [
        'mean wait',
        ms(r.proxy.meanWaitMs),
        `Erlang C ${c.meanWaitMs === null ? 'unbounded (load ≥ pool)' : ms(c.meanWaitMs)}`,
      ],
      ['borrow timeouts', formatInt(r.proxy.timeouts)],
    );
  }
  if (r.held) {
    rows.push(
      ['mean busy', n4(r.held.meanBusy), 'concurrency; connections follow environments'],
      ['cold starts', formatInt(r.held.coldStarts)],
      ['throttled', formatInt(r.held.throttled)],
    );
  }
  return table(title, rows);
}

export function formatCost(r: CostResult, p: CostParams): string {
  const title =
    `Monthly cost: ${formatCount(p.invocations)} invocations × ${formatInt(p.memoryMb)} MB × ` +
    `${ms(p.durationMs)} on ${p.arch}${p.freeTier ? ', free tier' : ''}` +
    `${p.api === 'none' ? '' : `, API Gateway ${p.api.toUpperCase()}`}`;
  const rows: Row[] = costLines(p, r).map((l) => [l.label, l.value, l.note]);
  rows.push([
    'load',
    `${n3(r.capacity.requiredVcpu)} vCPU`,
    'steady CPU: invocations a second × duration × memory/1,769 MB',
  ]);
  return table(title, rows);
}
