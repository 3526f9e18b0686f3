/** Each row: a line of text (series, value, source) above a thin bar, so the label never sits on a bar. */
export const YEAR_ROW_HEIGHT = 34;
export const YEAR_AXIS_HEIGHT = 30;

export const yearBarsHeight = (rows: number): number => rows * YEAR_ROW_HEIGHT + YEAR_AXIS_HEIGHT + 8;
