/** Row and axis heights of the level rank chart; the figure reserves this height before the chart loads. */
export const ROW_HEIGHT = 72;
export const AXIS_HEIGHT = 48;

export function levelRankChartHeight(rows: number): number {
  return rows * ROW_HEIGHT + AXIS_HEIGHT;
}
