import type { LevelId } from '../../data/schema/common';
import type { RankingRow } from './ranking-rows';

/** One bar (or unknown marker) of the ranking chart. */
export interface RankingDatum {
  slug: string;
  name: string;
  rank: number;
  level: LevelId;
  /** 'published': a bar to `value`; 'unknown': a dashed marker up to the derived bound (`value`), or none. */
  kind: 'published' | 'unknown';
  /** The published share, or the derived upper bound of an unknown one (0 when there is no bound: nothing drawn). */
  value: number;
  share: number | null;
  upperBound: number | null;
}

/**
 * The ranking chart's series: the given rows, always in rank order (the article's order), each as a
 * published bar or an unknown marker. Never turns an unknown share into a value.
 */
export function toRankingSeries(rows: readonly RankingRow[]): RankingDatum[] {
  return [...rows]
    .sort((a, b) => a.rank - b.rank)
    .map((row) => ({
      slug: row.slug,
      name: row.name,
      rank: row.rank,
      level: row.level,
      kind: row.share === null ? 'unknown' : 'published',
      value: row.share ?? row.upperBound ?? 0,
      share: row.share,
      upperBound: row.upperBound,
    }));
}

/** Height of the chart for n rows: a fixed band per row plus room for the axis and the reference label. */
export function rankingChartHeight(rowCount: number, band = 34): number {
  return Math.max(160, rowCount * band + 72);
}
