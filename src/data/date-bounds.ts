import type { PartialDate } from './schema/common';
import type { Boundary } from './schema/sourced-values';

/** A day as a sortable number, 2014-06-18 → 20140618. */
export type DayNumber = number;

const dayNumber = (year: number, month: number, day: number): DayNumber => year * 10_000 + month * 100 + day;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day a partial date can mean: "2014" → 2014-01-01, "2014-06" → 2014-06-01. */
export function firstDayOf(date: PartialDate): DayNumber {
  return dayNumber(date.year, date.month ?? 1, date.day ?? 1);
}

/** The last day a partial date can mean: "2014" → 2014-12-31, "2014-02" → 2014-02-28. */
export function lastDayOf(date: PartialDate): DayNumber {
  const month = date.month ?? 12;
  return dayNumber(date.year, month, date.day ?? daysInMonth(date.year, month));
}

/** The earliest day a boundary can be (the earliest of its values); null when unknown. */
export function earliestOf(boundary: Boundary): DayNumber | null {
  if (boundary.status === 'unknown') return null;
  return Math.min(...boundary.values.map((value) => firstDayOf(value.date)));
}

/** The latest day a boundary can be (the end of its latest value or range); null when unknown. */
export function latestOf(boundary: Boundary): DayNumber | null {
  if (boundary.status === 'unknown') return null;
  return Math.max(...boundary.values.map((value) => lastDayOf(value.latest ?? value.date)));
}
