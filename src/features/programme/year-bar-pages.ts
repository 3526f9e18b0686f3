import type { YearGroup } from './year-bars';

/**
 * At most this many bar rows on a slide: at the slide's chart text (ADR 023) a row is a line of text above its
 * bar, and more rows would shrink the slide below the text a room can read.
 */
export const YEAR_ROWS_PER_SLIDE = 12;

const rowsOf = (group: YearGroup) => (group.marks === null ? 1 : group.marks.length);

/**
 * A figure's years split for slides: whole years only (a year's values that disagree stay side by side on one
 * slide), in order, on as few slides as hold at most `perSlide` rows, filled about evenly.
 */
export function yearBarPages(groups: readonly YearGroup[], perSlide = YEAR_ROWS_PER_SLIDE): YearGroup[][] {
  const total = groups.reduce((sum, g) => sum + rowsOf(g), 0);
  const target = Math.ceil(total / Math.max(1, Math.ceil(total / perSlide)));
  const pages: YearGroup[][] = [];
  let page: YearGroup[] = [];
  let rows = 0;
  for (const group of groups) {
    if (page.length > 0 && (rows + rowsOf(group) > perSlide || rows >= target)) {
      pages.push(page);
      page = [];
      rows = 0;
    }
    page.push(group);
    rows += rowsOf(group);
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}
