import { LEVEL_IDS, type LevelId } from '../../data/schema/level-ids';
import type { Lang } from '../../i18n/lang';
import { nameCollator } from '../../i18n/format';
import { matchesLevels, type SortKey } from '../../state/filters/filter-state';
import type { ClusterIndex } from '../../domain/search/cluster-search';
import type { RankingRow } from './ranking-rows';

/**
 * The rows the current filters show (level, and the search over names, aliases, place and sector in
 * the clusters' index), in the given order.
 */
export function filterRows(
  rows: readonly RankingRow[],
  filters: { levels: readonly LevelId[]; q: string },
  index: ClusterIndex,
): RankingRow[] {
  const found = index.matching(filters.q);
  return rows.filter((row) => matchesLevels(filters.levels, row.level) && (found === null || found.has(row.slug)));
}

/**
 * Rows ordered by rank (the article's order; also for `first-year`, which only the directory uses), by name
 * (per the language's collation), or by level then rank.
 */
export function sortRows(rows: readonly RankingRow[], sort: SortKey, lang: Lang): RankingRow[] {
  const copy = [...rows];
  if (sort === 'rank' || sort === 'first-year') return copy.sort((a, b) => a.rank - b.rank);
  if (sort === 'name') {
    const collator = nameCollator(lang);
    return copy.sort((a, b) => collator.compare(a.name, b.name) || a.rank - b.rank);
  }
  return copy.sort((a, b) => LEVEL_IDS.indexOf(a.level) - LEVEL_IDS.indexOf(b.level) || a.rank - b.rank);
}

/** What the summary sentence says about the current view. */
export interface ViewSummary {
  shown: number;
  total: number;
  published: number;
  /** The shown row with the highest published share, if any. */
  highest: RankingRow | null;
  /** Derived: the highest bound among shown rows without a published share (null if none). */
  maxBound: number | null;
}

export function summarizeView(shown: readonly RankingRow[], total: number): ViewSummary {
  const published = shown.filter((r) => r.share !== null);
  const highest = published.reduce<RankingRow | null>(
    (best, row) => (best === null || (row.share ?? 0) > (best.share ?? 0) ? row : best),
    null,
  );
  const bounds = shown.flatMap((r) => (r.share === null && r.upperBound !== null ? [r.upperBound] : []));
  return {
    shown: shown.length,
    total,
    published: published.length,
    highest,
    maxBound: bounds.length > 0 ? Math.max(...bounds) : null,
  };
}
