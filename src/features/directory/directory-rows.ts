import type { DayNumber } from '../../data/date-bounds';
import { LEVEL_IDS, type LevelId } from '../../data/schema/level-ids';
import type { DirectoryCluster, KnownOrUnknownText } from '../../data/schema/directory';
import { levelHistory, type HistorySegment } from '../../domain/programme/level-history';
import type { ClusterIndex } from '../../domain/search/cluster-search';
import { nameCollator } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import type { SortKey } from '../../state/filters/filter-state';

/** One cluster of the directory as the table shows it. */
export interface DirectoryRow {
  slug: string;
  name: string;
  formerNames: readonly string[];
  aliases: readonly string[];
  segments: HistorySegment[];
  /** Every programme level the cluster has held at any time (NCE as a brand is not a level). */
  levels: LevelId[];
  /** The level of its latest programme period (for sorting by level). */
  latestLevel: LevelId;
  /** The earliest day it may have entered the programme; null when no start is known. */
  firstDay: DayNumber | null;
  home: KnownOrUnknownText;
  county: KnownOrUnknownText;
  sector: KnownOrUnknownText;
  /** Its place in Menon's ranking when it was evaluated, else null. */
  rank: number | null;
}

export function toDirectoryRows(
  directory: readonly DirectoryCluster[],
  ranking: readonly { slug: string; rank: number }[],
): DirectoryRow[] {
  const rankOf = new Map(ranking.map((r) => [r.slug, r.rank]));
  return directory.map((cluster) => {
    const segments = levelHistory(cluster);
    const programme = segments.filter((s) => !s.brand);
    const starts = segments.flatMap((s) => (s.start.known ? [s.start.earliest] : []));
    return {
      slug: cluster.slug,
      name: cluster.name,
      formerNames: cluster.formerNames,
      aliases: cluster.aliases,
      segments,
      levels: LEVEL_IDS.filter((level) => programme.some((s) => s.level === level)),
      latestLevel: (programme.at(-1) ?? segments.at(-1))?.level ?? 'arena',
      firstDay: starts.length > 0 ? Math.min(...starts) : null,
      home: cluster.home,
      county: cluster.county,
      sector: cluster.sector,
      rank: rankOf.get(cluster.slug) ?? null,
    };
  });
}

/**
 * The rows the filters show. The level rule: a cluster is listed under a level when it has held that level at
 * any time (so `?level=gce` lists the three GCE clusters, also after their GCE period). The search `q` is the
 * ranking's: the same MiniSearch index (names, former names, aliases, place, sector), built over the directory.
 */
export function filterDirectoryRows(
  rows: readonly DirectoryRow[],
  filters: { levels: readonly LevelId[]; q: string },
  index: ClusterIndex,
): DirectoryRow[] {
  const found = index.matching(filters.q);
  return rows.filter(
    (row) =>
      (filters.levels.length === 0 || row.levels.some((level) => filters.levels.includes(level))) &&
      (found === null || found.has(row.slug)),
  );
}

/**
 * The directory's order: by name (also for the default `rank`, which the directory has no use for), by first
 * year in the programme (unknown last), or by latest level (Arena first), each then by name.
 */
export function sortDirectoryRows(rows: readonly DirectoryRow[], sort: SortKey, lang: Lang): DirectoryRow[] {
  const collator = nameCollator(lang);
  const byName = (a: DirectoryRow, b: DirectoryRow) => collator.compare(a.name, b.name);
  const copy = [...rows];
  if (sort === 'first-year') {
    const key = (row: DirectoryRow) => row.firstDay ?? Number.POSITIVE_INFINITY;
    return copy.sort((a, b) => key(a) - key(b) || byName(a, b));
  }
  if (sort === 'level') {
    return copy.sort((a, b) => LEVEL_IDS.indexOf(a.latestLevel) - LEVEL_IDS.indexOf(b.latestLevel) || byName(a, b));
  }
  return copy.sort(byName);
}

/** Derived: how many of the rows have held each level at some time (for the level chips). */
export function directoryLevelCounts(rows: readonly DirectoryRow[]): Record<LevelId, number> {
  const counts = { arena: 0, 'arena-pro': 0, nce: 0, gce: 0 } satisfies Record<LevelId, number>;
  for (const row of rows) for (const level of row.levels) counts[level] += 1;
  return counts;
}

/** A boundary's year as the table writes it: "2014", or "(2020–2023)" when the sources give only a span. */
export function edgeYears(edge: HistorySegment['start']): string | null {
  if (!edge.known) return null;
  const from = Math.floor(edge.earliest / 10_000);
  const to = Math.floor(edge.latest / 10_000);
  return from === to ? String(from) : `(${String(from)}–${String(to)})`;
}
