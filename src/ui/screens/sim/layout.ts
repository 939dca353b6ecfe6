// How a simulator screen shares the terminal: a status line, the parameter panel beside (or,
// when narrow, above) the results, a chart under them when there is room, a message line.

export interface SimLayout {
  /** Panel and results side by side (else stacked). */
  side: boolean;
  panelWidth: number;
  resultsWidth: number;
  panelRows: number;
  resultRows: number;
  /** Lines for the chart (or the explain panel); 0: no room for one. */
  chartRows: number;
  width: number;
}

/** Rows the frame takes around a screen's body: title, gap, key hints, and the last line. */
const FRAME_ROWS = 4;
/** The status line and the message line. */
const FIXED_ROWS = 2;
/** The fewest lines a chart is drawn in: 4 plot lines, ticks and legend. */
const MIN_CHART = 6;

export function simLayout(columns: number, rows: number): SimLayout {
  const avail = Math.max(2, rows - FRAME_ROWS - FIXED_ROWS);
  if (columns >= 70) {
    const panelWidth = Math.min(40, Math.floor(columns * 0.45));
    let top = avail;
    let chartRows = 0;
    if (avail >= 6 + MIN_CHART + 1) {
      top = Math.min(12, Math.max(6, Math.floor(avail / 2)));
      chartRows = avail - top;
    }
    return {
      side: true,
      panelWidth,
      resultsWidth: columns - panelWidth - 2,
      panelRows: top,
      resultRows: top,
      chartRows,
      width: columns,
    };
  }
  let rest = avail;
  let chartRows = 0;
  if (avail >= 12 + MIN_CHART) {
    chartRows = Math.min(10, avail - 12);
    rest = avail - chartRows;
  }
  const panelRows = Math.max(1, Math.floor(rest / 2));
  return {
    side: false,
    panelWidth: columns,
    resultsWidth: columns,
    panelRows,
    resultRows: rest - panelRows,
    chartRows,
    width: columns,
  };
}
