import type { LevelId, LocalizedText } from '../../data/schema/common';
import type { Cluster } from '../../data/schema/clusters';
import { publishedShare, shareUpperBounds } from '../../domain/shares';

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

/** The clusters, in the article's order, as ranking rows with shares and derived bounds. */
export function toRankingRows(clusters: readonly Cluster[]): RankingRow[] {
  const bounds = shareUpperBounds(clusters);
  return clusters.map((cluster) => ({
    rank: cluster.rank,
    slug: cluster.slug,
    name: cluster.name,
    formerNames: cluster.formerNames,
    level: cluster.level,
    share: publishedShare(cluster),
    upperBound: bounds.get(cluster.slug) ?? null,
    shareSource: cluster.share.source,
    home: cluster.home,
  }));
}
