import { LEVEL_IDS, type LevelId } from '../../data/schema/level-ids';
import type { Lang } from '../../i18n/lang';
import { LOCALE } from '../../i18n/lang';
import { matchesLevels, type SortKey } from '../../state/filters/filter-state';
import type { RankingRow } from './ranking-rows';

/** Folds case and diacritics so "energi" finds "Energy" and "oyde" finds "Øyde"-style spellings. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ø/gi, 'o')
    .replace(/æ/gi, 'ae')
    .replace(/å/gi, 'a')
    .toLocaleLowerCase('nb')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a row matches the name search (its name or a former name; empty search matches all). */
export function matchesQuery(row: Pick<RankingRow, 'name' | 'formerNames'>, q: string): boolean {
  const needle = foldForSearch(q);
  if (needle === '') return true;
  return [row.name, ...row.formerNames].some((name) => foldForSearch(name).includes(needle));
}

/** The rows the current filters show (level and name search), in the given order. */
export function filterRows(
  rows: readonly RankingRow[],
  filters: { levels: readonly LevelId[]; q: string },
): RankingRow[] {
  return rows.filter((row) => matchesLevels(filters.levels, row.level) && matchesQuery(row, filters.q));
}

/**
 * Rows ordered by rank (the article's order; also for `first-year`, which only the directory uses), by name
 * (per the language's collation), or by level then rank.
 */
export function sortRows(rows: readonly RankingRow[], sort: SortKey, lang: Lang): RankingRow[] {
  const copy = [...rows];
  if (sort === 'rank' || sort === 'first-year') return copy.sort((a, b) => a.rank - b.rank);
  if (sort === 'name') {
    const collator = new Intl.Collator(LOCALE[lang], { sensitivity: 'base' });
    return copy.sort((a, b) => collator.compare(a.name, b.name) || a.rank - b.rank);
  }
  return copy.sort((a, b) => LEVEL_IDS.indexOf(a.level) - LEVEL_IDS.indexOf(b.level) || a.rank - b.rank);
}

/** Derived: how many rows hold each level (every level present, 0 where none). For the filter chips. */
export function countByLevel(rows: readonly { level: LevelId }[]): Record<LevelId, number> {
  const counts = { arena: 0, 'arena-pro': 0, nce: 0, gce: 0 } satisfies Record<LevelId, number>;
  for (const row of rows) counts[row.level] += 1;
  return counts;
}

/** Derived: a cluster's rank among the evaluated clusters of its own level (1 = best of that level). */
export function rankWithinLevel(
  rows: readonly RankingRow[],
  slug: string,
): { rank: number; of: number; level: LevelId } | null {
  const row = rows.find((r) => r.slug === slug);
  if (!row) return null;
  const sameLevel = rows.filter((r) => r.level === row.level).sort((a, b) => a.rank - b.rank);
  return { rank: sameLevel.findIndex((r) => r.slug === slug) + 1, of: sameLevel.length, level: row.level };
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
