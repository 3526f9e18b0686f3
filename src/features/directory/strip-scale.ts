import type { DayNumber } from '../../data/date-bounds';
import type { HistorySegment } from '../../domain/programme/level-history';

/** A day as a fractional year: 2014-07-01 → about 2014.5. */
export function yearFraction(day: DayNumber): number {
  const year = Math.floor(day / 10_000);
  const month = Math.floor((day % 10_000) / 100);
  const date = day % 100;
  return year + (month - 1) / 12 + (date - 1) / 365;
}

/** One drawn piece of a strip lane, in fractional years: held for sure, uncertain (faded), or open (dashed). */
export interface StripPiece {
  kind: 'held' | 'uncertain' | 'open';
  from: number;
  to: number;
}

export interface StripScale {
  /** First and last year on the axis (the axis runs from the start of `from` to the end of `to`). */
  from: number;
  to: number;
  lanes: StripPiece[][];
}

/**
 * Lays a cluster's periods out on one year axis. A known edge spans the days the source's precision allows
 * (a year-only end is uncertain over that whole year, drawn faded); an unknown start or end is drawn as an
 * open, dashed run to the axis edge, never as a guessed date. The axis ends two years after the last known
 * date when some end is unknown, so an open end has room to show.
 */
export function stripScale(segments: readonly HistorySegment[]): StripScale | null {
  const known = segments.flatMap((s) => [s.start, s.end]).flatMap((e) => (e.known ? [e] : []));
  if (known.length === 0) return null;
  const first = Math.floor(yearFraction(Math.min(...known.map((e) => e.earliest))));
  const lastKnown = Math.floor(yearFraction(Math.max(...known.map((e) => e.latest))));
  const openAny = segments.some((s) => !s.start.known || !s.end.known);
  const from = segments.some((s) => !s.start.known) ? first - 2 : first;
  const to = openAny ? lastKnown + 2 : lastKnown;
  const axisStart = from;
  const axisEnd = to + 1;
  const lanes = segments.map((segment): StripPiece[] => {
    const pieces: StripPiece[] = [];
    const { start, end } = segment;
    const heldFrom = start.known ? yearFraction(start.latest) + 1 / 365 : null;
    const heldTo = end.known ? yearFraction(end.earliest) : null;
    if (start.known && start.latest > start.earliest) {
      pieces.push({ kind: 'uncertain', from: yearFraction(start.earliest), to: yearFraction(start.latest) + 1 / 365 });
    }
    if (!start.known) pieces.push({ kind: 'open', from: axisStart, to: heldTo ?? axisEnd });
    if (heldFrom !== null && heldTo !== null && heldTo > heldFrom)
      pieces.push({ kind: 'held', from: heldFrom, to: heldTo });
    if (end.known && end.latest > end.earliest) {
      pieces.push({ kind: 'uncertain', from: yearFraction(end.earliest), to: yearFraction(end.latest) + 1 / 365 });
    }
    if (!end.known && heldFrom !== null) pieces.push({ kind: 'open', from: heldFrom, to: axisEnd });
    return pieces;
  });
  return { from, to, lanes };
}
