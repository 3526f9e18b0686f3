import type { DatePrecision, PartialDate } from '../../data/schema/common';

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

/** The whole years that cover the given spans: [2002, 2025] for spans from 2002 to some time in 2024. */
export function timeDomain(spans: readonly TimeSpan[]): TimeSpan {
  if (spans.length === 0) return { start: 0, end: 1 };
  const start = Math.floor(Math.min(...spans.map((s) => s.start)));
  const end = Math.ceil(Math.max(...spans.map((s) => s.end)));
  return { start, end: end > start ? end : start + 1 };
}

/** A position as a percentage of the domain (0–100, clamped), for CSS `left` and `width`. */
export function toPercent(value: number, domain: TimeSpan): number {
  const ratio = (value - domain.start) / (domain.end - domain.start);
  return Math.min(100, Math.max(0, ratio * 100));
}

/** Percent offset and width of a span within the domain. */
export function spanToPercent(span: TimeSpan, domain: TimeSpan): { left: number; width: number } {
  const left = toPercent(span.start, domain);
  return { left, width: toPercent(span.end, domain) - left };
}

export interface YearTick {
  year: number;
  /** Percent position of 1 January of the year. */
  left: number;
  /** Labelled on narrow screens too (every `majorEvery` years, and the first year). */
  major: boolean;
}

/** A tick at 1 January of every year in the domain. */
export function yearTicks(domain: TimeSpan, majorEvery = 5): YearTick[] {
  const ticks: YearTick[] = [];
  for (let year = Math.ceil(domain.start); year <= Math.floor(domain.end); year += 1) {
    ticks.push({ year, left: toPercent(year, domain), major: year % majorEvery === 0 });
  }
  return ticks;
}

export const PRECISIONS: readonly DatePrecision[] = ['year', 'month', 'day'];
