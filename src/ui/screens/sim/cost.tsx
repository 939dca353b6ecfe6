// The cost simulator: Lambda against Fargate and EC2 a month, and the break-even volume.
// Closed form, so results follow every change at once.
import { Text } from 'ink';
import { useMemo } from 'react';
import { formatCount, formatInt } from '../../../core/format.js';
import { compactNumber, decades, logGrid, logIndex } from '../../../core/log-scale.js';
import { costLines } from '../../../sim/cost-lines.js';
import { explainCost } from '../../../sim/explain.js';
import { type CostParams, type CostResult, computeCost } from '../../../sim/models/cost.js';
import { costQuantity, whyLine } from '../../../sim/predict.js';
import { buildCost, type SimResources } from '../../../sim/screen-params.js';
import { costCurves, costRange } from '../../../sim/sweeps.js';
import { Chart } from '../../components/chart.js';
import { type ChartData, chartPoints } from '../../components/chart-grid.js';
import type { Flags } from '../../routes.js';
import { colors, glyphs } from '../../theme.js';
import { useSimControls } from './controls.js';
import { type ResultRow, ResultsTable, SimBody } from './parts.js';
import { type PredictAnswer, predictionPart, usePredictGrading } from './predict.js';

const lineColors = {
  lambda: colors.accent,
  fargate: colors.warn,
  ec2: colors.good,
  warn: colors.bad,
} as const;

function resultRows(p: CostParams, r: CostResult): ResultRow[] {
  return costLines(p, r, (x) => `${compactNumber(x)}/month`).map((l) => {
    const row: ResultRow = { label: l.label.trim(), value: l.value };
    if (l.note) row.note = l.note;
    if (l.kind !== 'plain') row.color = lineColors[l.kind];
    return row;
  });
}

/** Dollars on a log axis: $0.10, $1, $25, $1.2k, $3.4M. */
function usdLog(y: number): string {
  const v = 10 ** y;
  if (v < 1) return `$${v.toPrecision(1)}`;
  return `$${compactNumber(Number(v.toPrecision(2)))}`;
}

function costChart(p: CostParams, r: CostResult, res: SimResources, width: number): ChartData {
  const n = chartPoints(width);
  const range = costRange(p, r.breakEvens.fargate);
  const xs = logGrid(range.lo, range.hi, n);
  const curves = costCurves(p, res.prices, xs);
  const all = [...curves.lambda, ...curves.fargate, ...curves.ec2].filter((v) => v > 0);
  // Log y: each line keeps its shape across decades; free months sit on the floor.
  const floor = Math.max(0.01, Math.min(...all, Number.POSITIVE_INFINITY));
  const log = (v: number) => Math.log10(Math.max(v, floor));
  const markers = [];
  // Every crossing with Fargate: a sized fleet's step-shaped total can cross Lambda's often.
  for (const be of r.breakEvens.fargate) {
    const index = logIndex(be, range.lo, range.hi, n);
    if (index !== null)
      markers.push({ index, ch: glyphs.marker, color: colors.warn, label: 'break-even' });
  }
  const nowIndex = logIndex(p.invocations, range.lo, range.hi, n);
  if (nowIndex !== null)
    markers.push({ index: nowIndex, ch: glyphs.nowMarker, color: colors.accent, label: 'now' });
  return {
    series: [
      { label: 'EC2', values: curves.ec2.map(log), color: colors.good, style: 'dotted' },
      { label: 'Fargate', values: curves.fargate.map(log), color: colors.warn, style: 'double' },
      { label: 'Lambda', values: curves.lambda.map(log), color: colors.accent },
    ],
    markers,
    markOverlap: true,
    yFormat: usdLog,
    xTicks: decades(range.lo, range.hi).map((d) => ({
      index: logIndex(d, range.lo, range.hi, n) ?? 0,
      text: compactNumber(d),
    })),
  };
}

export function CostScreen({ cmd, res }: { cmd: Flags; res: SimResources }) {
  const controls = useSimControls('cost', cmd, res);
  const built = useMemo(() => {
    try {
      const p = buildCost(controls.values, res);
      return { p, r: computeCost(p, res.prices) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  }, [controls.values, res]);
  // Closed form: a submitted prediction is graded at once.
  const sub = controls.predict.submitted;
  const answer: PredictAnswer | undefined =
    'error' in built || !sub || controls.predict.phase !== 'waiting'
      ? undefined
      : {
          actual: costQuantity(sub.quantity, built.r),
          why: whyLine(sub.quantity, explainCost(built.p, built.r, res.prices)),
          params: built.p,
        };
  usePredictGrading(
    controls,
    answer,
    'No break-even: Lambda stays cheaper than the Fargate tasks below 10T invocations a month. Nothing to grade.',
  );

  if ('error' in built) {
    return <Text color={colors.bad}>{built.error}</Text>;
  }
  const { p, r } = built;
  return (
    <SimBody
      status={
        <Text>
          Monthly cost at {formatCount(p.invocations)} invocations {glyphs.times}{' '}
          {formatInt(p.memoryMb)} MB {glyphs.times} {formatInt(p.durationMs)} ms ({p.arch})
        </Text>
      }
      panel={controls.panel}
      results={(layout) => (
        <ResultsTable
          rows={resultRows(p, r)}
          height={layout.resultRows}
          width={layout.resultsWidth}
        />
      )}
      chart={(rows, width) => (
        <Chart
          data={costChart(p, r, res, width)}
          height={rows}
          legend={[
            { ch: glyphs.chart.solid[4], label: 'Lambda', color: colors.accent },
            { ch: glyphs.chart.double[4], label: 'Fargate', color: colors.warn },
            { ch: glyphs.chart.dotted[4], label: 'EC2', color: colors.good },
            { ch: glyphs.marker, label: 'break-even', color: colors.warn },
            { ch: glyphs.nowMarker, label: 'now', color: colors.accent },
            { ch: glyphs.overlap, label: 'both' },
            { ch: '', label: '(invocations/month, log)' },
          ]}
        />
      )}
      {...(controls.explain ? { explain: explainCost(p, r, res.prices) } : {})}
      {...(controls.message ? { message: controls.message } : {})}
      {...(controls.predict.on ? { prediction: predictionPart(controls) } : {})}
    />
  );
}
