import type { LevelId } from '../../data/schema/common';
import type { IntakeRound, ProgrammeFigure, ProgrammeMetric } from '../../data/schema/programme';

export interface YearSlot<T> {
  year: number;
  /** Every sourced entry of that year, or null: a gap (never 0, never interpolated). */
  entries: T[] | null;
}

export interface FigureSeries {
  years: YearSlot<ProgrammeFigure>[];
  /** Figures that cannot sit in one year: a total over a span, or a date known only as a range. */
  unplaced: ProgrammeFigure[];
}

function slots<T>(items: readonly T[], yearOf: (item: T) => number, from: number, to: number): YearSlot<T>[] {
  const out: YearSlot<T>[] = [];
  for (let year = from; year <= to; year += 1) {
    const entries = items.filter((item) => yearOf(item) === year);
    out.push({ year, entries: entries.length > 0 ? entries : null });
  }
  return out;
}

/** One metric (and level; null = the whole programme) year by year from `from` to `to`, with gaps as null. */
export function figuresByYear(
  figures: readonly ProgrammeFigure[],
  metric: ProgrammeMetric,
  level: LevelId | null,
  from: number,
  to: number,
): FigureSeries {
  const matching = figures.filter((figure) => figure.metric === metric && figure.level === level);
  const placed = matching.filter((figure) => figure.latest === null && figure.from === null);
  return {
    years: slots(placed, (figure) => figure.date.year, from, to),
    unplaced: matching.filter((figure) => !placed.includes(figure)),
  };
}

/** The intake rounds of one level (null = rounds given across levels) year by year, with gaps as null. */
export function intakesByYear(
  intakes: readonly IntakeRound[],
  level: LevelId | null,
  from: number,
  to: number,
): YearSlot<IntakeRound>[] {
  return slots(
    intakes.filter((round) => round.level === level),
    (round) => round.year,
    from,
    to,
  );
}
