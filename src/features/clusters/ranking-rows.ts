import type { LevelId, LocalizedText } from '../../data/schema/common';
import type { Cluster } from '../../data/schema/clusters';

/** One evaluated cluster as the ranking shows it. */
export interface RankingRow {
  rank: number;
  slug: string;
  name: string;
  formerNames: readonly string[];
  level: LevelId;
  /** Published share of members who agree (0–100), or null when not published. */
  share: number | null;
  /**
   * Derived: for an unpublished share, the highest it can be. The article lists the clusters best to
   * worst, so it is at most the nearest published share ranked above it. Null for published shares,
   * and for an unpublished share with no published one above it.
   */
  upperBound: number | null;
  shareSource: string;
  home: LocalizedText;
}

/** The derived upper bound for the cluster at `index` of the article's (best-to-worst) list. */
export function shareUpperBound(clusters: readonly Cluster[], index: number): number | null {
  for (let i = index - 1; i >= 0; i -= 1) {
    const share = clusters[i]?.share;
    if (share?.status === 'published') return share.value;
  }
  return null;
}

/** The clusters, in the article's order, as ranking rows with shares and derived bounds. */
export function toRankingRows(clusters: readonly Cluster[]): RankingRow[] {
  return clusters.map((cluster, index) => ({
    rank: cluster.rank,
    slug: cluster.slug,
    name: cluster.name,
    formerNames: cluster.formerNames,
    level: cluster.level,
    share: cluster.share.status === 'published' ? cluster.share.value : null,
    upperBound: cluster.share.status === 'published' ? null : shareUpperBound(clusters, index),
    shareSource: cluster.share.source,
    home: cluster.home,
  }));
}
