import type { PartialDate } from '../data/schema/common';

/** A stretch of time in decimal years: 2014.5 is the middle of 2014. `end` is exclusive. */
export interface TimeSpan {
  start: number;
  end: number;
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysInYear = (year: number) => (isLeap(year) ? 366 : 365);

function dayOfYear(year: number, month: number, day: number): number {
  const start = Date.UTC(year, 0, 1);
  return Math.round((Date.UTC(year, month - 1, day) - start) / 86_400_000) + 1;
}

/**
 * What a date at its own precision covers on a time axis: a year-precise date is the whole year,
 * a month-precise date the whole month, a day-precise date that one day.
 */
export function dateSpan(date: PartialDate): TimeSpan {
  const { year, month, day } = date;
  if (month === null) return { start: year, end: year + 1 };
  if (day === null) return { start: year + (month - 1) / 12, end: year + month / 12 };
  const days = daysInYear(year);
  const start = year + (dayOfYear(year, month, day) - 1) / days;
  return { start, end: start + 1 / days };
}

/** The one position that stands for a date: the middle of what it covers. */
export function datePosition(date: PartialDate): number {
  const span = dateSpan(date);
  return (span.start + span.end) / 2;
}

/** From the start of `from` to the end of `to` (or of `from` when there is no `to`). */
export function rangeSpan(from: PartialDate, to: PartialDate | null): TimeSpan {
  return { start: dateSpan(from).start, end: dateSpan(to ?? from).end };
}

/**
 * Whether a date (or a range) is too coarse to draw as a point: a year, or a range of dates.
 * A month is precise enough to start or end a bar.
 */
export function isUncertain(date: PartialDate, latest: PartialDate | null): boolean {
  return latest !== null || date.precision === 'year';
}
