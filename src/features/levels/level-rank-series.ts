import type { LevelId } from '../../data/schema/common';
import type { LevelSummary } from './level-stats';

/** A cluster's dot: x = its place in the list, y = its level's row. */
export interface RankDotDatum {
  kind: 'dot';
  x: number;
  y: number;
  slug: string;
  name: string;
  level: LevelId;
}

/** A level's derived median place, drawn as a mark in its row. */
export interface MedianDatum {
  kind: 'median';
  x: number;
  y: number;
  level: LevelId;
}

/** A row with no evaluated clusters: said in words, not left blank. */
export interface EmptyRowDatum {
  kind: 'empty';
  x: number;
  y: number;
  level: LevelId;
}

export interface RankSeries {
  rows: LevelId[];
  dots: RankDotDatum[];
  medians: MedianDatum[];
  empty: EmptyRowDatum[];
  /** The x domain: every place in the list, with half a place of room at each end. */
  domain: [number, number];
}

/** The strip plot's series: one row per level (in the summaries' order), a dot per cluster, the median. */
export function toRankSeries(summaries: readonly LevelSummary[], listLength: number): RankSeries {
  const domain: [number, number] = [0.5, listLength + 0.5];
  const middle = (listLength + 1) / 2;
  const series: RankSeries = { rows: [], dots: [], medians: [], empty: [], domain };
  summaries.forEach((summary, y) => {
    series.rows.push(summary.level);
    for (const cluster of summary.clusters) {
      series.dots.push({
        kind: 'dot',
        x: cluster.rank,
        y,
        slug: cluster.slug,
        name: cluster.name,
        level: cluster.level,
      });
    }
    if (summary.medianRank !== null)
      series.medians.push({ kind: 'median', x: summary.medianRank, y, level: summary.level });
    else series.empty.push({ kind: 'empty', x: middle, y, level: summary.level });
  });
  return series;
}

/** Ticks for the place axis: the first and last place and every fifth in between. */
export function rankTicks(listLength: number): number[] {
  const ticks = [1];
  for (let rank = 5; rank < listLength; rank += 5) ticks.push(rank);
  if (listLength > 1) ticks.push(listLength);
  return ticks;
}
