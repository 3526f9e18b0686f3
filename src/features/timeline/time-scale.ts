import type { TimeSpan } from '../../domain/dates';

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
