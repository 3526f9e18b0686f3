import type { LevelId } from '../../data/schema/common';
import type { IntakeRound, ProgrammeFigure } from '../../data/schema/programme';
import type { Qualifier, SourcedNumber } from '../../data/schema/sourced-values';
import type { LocalizedText } from '../../data/schema/common';
import type { YearSlot } from '../../domain/programme/figures-by-year';

/**
 * One bar of a year chart: a value as the sources give it (with its qualifier), and every source that gives
 * exactly that value. Where sources disagree, each value is its own mark (side by side), never one picked.
 * `value` null: the round or figure exists but its number is not published.
 */
export interface YearMark {
  key: string;
  /** The series: a level, or null for the whole programme (or a metric's own series key). */
  series: string;
  level: LevelId | null;
  value: number | null;
  qualifier: Qualifier;
  sources: string[];
  /** What the source counts, or a second number (applicants), shown in the table. */
  note: LocalizedText | null;
  /** The applicants of an intake round, where known (several where sources disagree). */
  applicants?: YearMark[] | null;
  inferred: boolean;
}

export interface YearGroup {
  year: number;
  /** null: a gap — no source gives a figure that year (no bar; the table says not published). */
  marks: YearMark[] | null;
}

/** Values that agree (same number and qualifier) become one mark with every source; values that differ stay apart. */
export function marksOf(
  values: readonly SourcedNumber[],
  base: { key: string; series: string; level: LevelId | null; note: LocalizedText | null },
): YearMark[] {
  const marks: YearMark[] = [];
  for (const v of values) {
    const same = marks.find((m) => m.value === v.value && m.qualifier === v.qualifier);
    if (same) {
      if (!same.sources.includes(v.source)) same.sources.push(v.source);
      same.inferred ||= v.confidence === 'I';
      continue;
    }
    marks.push({
      ...base,
      key: `${base.key}-${marks.length}`,
      value: v.value,
      qualifier: v.qualifier,
      sources: [v.source],
      inferred: v.confidence === 'I',
    });
  }
  return marks;
}

/** Figure slots of several series (one per level, say) merged year by year; a year none of them has is a gap. */
export function mergeFigureSlots(
  series: readonly { series: string; level: LevelId | null; slots: readonly YearSlot<ProgrammeFigure>[] }[],
): YearGroup[] {
  const years = [...new Set(series.flatMap((s) => s.slots.map((slot) => slot.year)))].sort((a, b) => a - b);
  return years.map((year) => {
    const marks = series.flatMap((s) =>
      (s.slots.find((slot) => slot.year === year)?.entries ?? []).flatMap((figure) =>
        marksOf(figure.values, { key: figure.id, series: s.series, level: s.level, note: figure.label }),
      ),
    );
    return { year, marks: marks.length > 0 ? marks : null };
  });
}

/** Intake rounds year by year, one mark per level and admitted value; applicants kept with each round's marks. */
export function intakeGroups(intakes: readonly IntakeRound[], from: number, to: number): YearGroup[] {
  const groups: YearGroup[] = [];
  for (let year = from; year <= to; year += 1) {
    const rounds = intakes.filter((round) => round.year === year);
    const marks = rounds.flatMap((round) => {
      const base = { key: round.id, series: round.level ?? 'all', level: round.level, note: round.note ?? null };
      const applicants = Array.isArray(round.applicants)
        ? marksOf(round.applicants, { ...base, key: `${round.id}-applicants` })
        : null;
      if (!Array.isArray(round.admitted)) {
        return [{ ...base, value: null, qualifier: 'exact' as const, sources: [], applicants, inferred: false }];
      }
      return marksOf(round.admitted, base).map((mark) => ({ ...mark, applicants }));
    });
    groups.push({ year, marks: marks.length > 0 ? marks : null });
  }
  return groups;
}

/** One row of the horizontal chart: a mark, or a gap year (no bar). The year is written on its first row only. */
export interface YearBarRow {
  key: string;
  year: number;
  firstOfYear: boolean;
  mark: YearMark | null;
  value: number | null;
}

export function toYearBarRows(groups: readonly YearGroup[]): YearBarRow[] {
  return groups.flatMap((group): YearBarRow[] =>
    group.marks === null
      ? [{ key: `gap-${group.year}`, year: group.year, firstOfYear: true, mark: null, value: null }]
      : group.marks.map((mark, index) => ({
          key: mark.key,
          year: group.year,
          firstOfYear: index === 0,
          mark,
          value: mark.value,
        })),
  );
}

/** The largest value drawn (for the axis), 1 when there is none. */
export function maxValue(groups: readonly YearGroup[]): number {
  return Math.max(1, ...groups.flatMap((g) => (g.marks ?? []).flatMap((m) => (m.value === null ? [] : [m.value]))));
}
