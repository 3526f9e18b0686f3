import { figuresByYear } from '../../domain/programme/figures-by-year';
import type { LevelId } from '../../data/schema/common';
import type { ProgrammeFigure, ProgrammeFile, ProgrammeMetric } from '../../data/schema/programme';
import { intakeGroups, mergeFigureSlots, type YearGroup } from './year-bars';

/** The charts of /programme: each a set of year groups, and the figures that cannot sit in one year. */
export interface ProgrammeChartData {
  groups: YearGroup[];
  unplaced: ProgrammeFigure[];
}

function yearRange(figures: readonly ProgrammeFigure[], metrics: readonly ProgrammeMetric[]): [number, number] {
  const years = figures.filter((f) => metrics.includes(f.metric)).map((f) => f.date.year);
  return [Math.min(...years), Math.max(...years)];
}

function bySeries(
  programme: ProgrammeFile,
  entries: readonly { metric: ProgrammeMetric; level: LevelId | null; series: string }[],
): ProgrammeChartData {
  const [from, to] = yearRange(
    programme.figures,
    entries.map((e) => e.metric),
  );
  const series = entries.map((entry) => ({
    entry,
    result: figuresByYear(programme.figures, entry.metric, entry.level, from, to),
  }));
  return {
    groups: mergeFigureSlots(
      series.map(({ entry, result }) => ({ series: entry.series, level: entry.level, slots: result.years })),
    ),
    unplaced: series.flatMap(({ result }) => result.unplaced),
  };
}

/** Clusters in the programme per year: the whole programme and each level, where a source gives it. */
export const clustersByYear = (programme: ProgrammeFile): ProgrammeChartData =>
  bySeries(programme, [
    { metric: 'clusters', level: null, series: 'all' },
    { metric: 'clusters', level: 'arena', series: 'arena' },
    { metric: 'clusters', level: 'arena-pro', series: 'arena-pro' },
    { metric: 'clusters', level: 'nce', series: 'nce' },
    { metric: 'clusters', level: 'gce', series: 'gce' },
  ]);

/** The money by year (MNOK): the whole programme and the levels where a source gives theirs. */
export const budgetByYear = (programme: ProgrammeFile): ProgrammeChartData =>
  bySeries(programme, [
    { metric: 'budget', level: null, series: 'all' },
    { metric: 'budget', level: 'arena', series: 'arena' },
    { metric: 'budget', level: 'nce', series: 'nce' },
  ]);

/** Member firms in the clusters, by year. */
export const memberFirmsByYear = (programme: ProgrammeFile): ProgrammeChartData =>
  bySeries(programme, [{ metric: 'member-firms', level: null, series: 'all' }]);

/** The effect figures (members against non-members, percentage points), by year and measure. */
export const effectsByYear = (programme: ProgrammeFile): ProgrammeChartData =>
  bySeries(programme, [
    { metric: 'effect-value-creation', level: null, series: 'effect-value-creation' },
    { metric: 'effect-sales', level: null, series: 'effect-sales' },
    { metric: 'effect-man-years', level: null, series: 'effect-man-years' },
  ]);

/** Intake rounds per year by level (admitted; applicants where known). */
export function intakesByYearAndLevel(programme: ProgrammeFile): ProgrammeChartData {
  const years = programme.intakes.map((round) => round.year);
  return { groups: intakeGroups(programme.intakes, Math.min(...years), Math.max(...years)), unplaced: [] };
}

/** The data of each /programme figure by its chart id (for the page and its slides alike). */
export const PROGRAMME_CHART_DATA = {
  'programme-clusters': clustersByYear,
  'programme-intakes': intakesByYearAndLevel,
  'programme-budget': budgetByYear,
  'programme-member-firms': memberFirmsByYear,
  'programme-effects': effectsByYear,
} as const satisfies Record<string, (programme: ProgrammeFile) => ProgrammeChartData>;
