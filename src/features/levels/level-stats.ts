import { LEVEL_IDS, type LevelId } from '../../data/schema/level-ids';
import type { Cluster } from '../../data/schema/clusters';
import { groupByLevel } from '../../domain/level-groups';
import { publishedShare, shareUpperBounds } from '../../domain/shares';
import { matchesLevels } from '../../state/filters/filter-state';

/** The median of some numbers (mean of the two middle values for an even count); null when there are none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  if (sorted.length % 2 === 1) return upper;
  const lower = sorted[middle - 1] ?? upper;
  return (lower + upper) / 2;
}

/** The largest of some bounds; null when none is known. */
function maxOrNull(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length > 0 ? Math.max(...known) : null;
}

/** One evaluated cluster as the level views show it. */
export interface LevelCluster {
  slug: string;
  name: string;
  level: LevelId;
  /** 1-based place in the article's list, best to worst on international relations. */
  rank: number;
  /** Published share (0–100) of members who agree, or null when not published. */
  share: number | null;
  shareSource: string;
}

export function toLevelCluster(cluster: Cluster): LevelCluster {
  return {
    slug: cluster.slug,
    name: cluster.name,
    level: cluster.level,
    rank: cluster.rank,
    share: publishedShare(cluster),
    shareSource: cluster.share.source,
  };
}

/** Derived figures for one level among the evaluated clusters. */
export interface LevelSummary {
  level: LevelId;
  /** The level's evaluated clusters, best rank first. */
  clusters: LevelCluster[];
  /** Derived: median rank, null when no evaluated cluster held the level. */
  medianRank: number | null;
  /** Published shares (best first); the others are not published. */
  publishedShares: { slug: string; name: string; value: number; source: string }[];
  unpublishedCount: number;
  /** Derived: the highest an unpublished share of the level can be (see domain/shares); null if none. */
  maxBound: number | null;
}

/** Per level (in the given order): its evaluated clusters, their median rank and their published shares. */
export function summarizeLevels(
  clusters: readonly Cluster[],
  levelOrder: readonly LevelId[] = LEVEL_IDS,
): LevelSummary[] {
  const groups = groupByLevel(clusters.map(toLevelCluster));
  const bounds = shareUpperBounds(clusters);
  return levelOrder.map((level) => {
    const members = [...groups[level]].sort((a, b) => a.rank - b.rank);
    const publishedShares = members.flatMap((c) =>
      c.share === null ? [] : [{ slug: c.slug, name: c.name, value: c.share, source: c.shareSource }],
    );
    return {
      level,
      clusters: members,
      medianRank: median(members.map((c) => c.rank)),
      publishedShares,
      unpublishedCount: members.length - publishedShares.length,
      maxBound: maxOrNull(members.flatMap((c) => (c.share === null ? [bounds.get(c.slug) ?? null] : []))),
    };
  });
}

/** How two levels compare by median rank (lower rank = better on international relations). */
export type RankComparison =
  { kind: 'better' | 'worse' | 'equal'; first: number; second: number } | { kind: 'incomparable' };

export function compareMedianRanks(first: number | null, second: number | null): RankComparison {
  if (first === null || second === null) return { kind: 'incomparable' };
  const kind = first < second ? 'better' : first > second ? 'worse' : 'equal';
  return { kind, first, second };
}

/** The summaries that pass the level filter (empty selection = all). */
export function filterSummaries(summaries: readonly LevelSummary[], selected: readonly LevelId[]): LevelSummary[] {
  return summaries.filter((s) => matchesLevels(selected, s.level));
}
