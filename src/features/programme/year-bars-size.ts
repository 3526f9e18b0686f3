/** Each row: a line of text (series, value, source) above a thin bar, so the label never sits on a bar. */
export const YEAR_ROW_HEIGHT = 34;
export const YEAR_AXIS_HEIGHT = 30;

/** The chart's height for its rows; on a slide its text, and so its rows, are `textScale` times larger (ADR 023). */
export const yearBarsHeight = (rows: number, textScale = 1): number =>
  (rows * YEAR_ROW_HEIGHT + YEAR_AXIS_HEIGHT) * textScale + 8;
