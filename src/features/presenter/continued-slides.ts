import { DESIGN_HEIGHT } from './use-fit-scale';

/**
 * How many rows of a list fit one slide at the slide's own type (ADR 023): the design height less the
 * room the title, axis and legend take, divided by a row's height. Decided once for the deck, not per
 * screen, so the presenting window and a speaker window (of another size) number the slides alike; a
 * slide is then scaled to its screen whole, and at this many rows its text stays at or above the
 * ADR 023 minimum on every screen of a room.
 */
export function rowsPerSlide({
  designHeight = DESIGN_HEIGHT,
  reserved,
  rowHeight,
}: {
  designHeight?: number;
  /** Design px taken by everything on the slide that is not a row. */
  reserved: number;
  /** Design px of one row, with room for some rows wrapping to a second line. */
  rowHeight: number;
}): number {
  return Math.max(1, Math.floor((designHeight - reserved) / rowHeight));
}

/**
 * A list split into consecutive parts of at most `perSlide` rows, as even as can be (29 rows at 10 a
 * slide: 10, 10, 9, not 10, 10, 9 … nor a last slide of one row). The first part is the slide; the
 * others are its continued slides. An empty list is one empty part (the slide says so itself).
 */
export function splitForSlides<T>(rows: readonly T[], perSlide: number): T[][] {
  const per = Math.max(1, Math.trunc(perSlide));
  const parts = Math.max(1, Math.ceil(rows.length / per));
  const base = Math.floor(rows.length / parts);
  const larger = rows.length % parts;
  const result: T[][] = [];
  let start = 0;
  for (let i = 0; i < parts; i++) {
    const size = base + (i < larger ? 1 : 0);
    result.push(rows.slice(start, start + size));
    start += size;
  }
  return result;
}

/**
 * The milestones per slide: the slide's 20 px type at line height 1.25 with its padding is 29 design
 * px a row, 44 with room for every other row's text to wrap; title, axis and legend take 160 of 600.
 * That is 10 rows; the timeline's 29 milestones make a slide and two continued slides.
 */
export const MILESTONES_PER_SLIDE = rowsPerSlide({ reserved: 160, rowHeight: 44 });

/**
 * The evaluated clusters' periods per slide: a row is a name in the label column, often on two lines
 * (44 design px with its padding, as a milestone); 10 rows. The 19 clusters make a slide and one continued slide.
 */
export const PERIODS_PER_SLIDE = rowsPerSlide({ reserved: 160, rowHeight: 44 });
