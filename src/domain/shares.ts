import type { Cluster } from '../data/schema/clusters';

/** A published share of members who agree (0–100), or null when the share is not published. */
export function publishedShare(cluster: Pick<Cluster, 'share'>): number | null {
  return cluster.share.status === 'published' ? cluster.share.value : null;
}

/** The clusters in the article's order, best to worst (rank 1 first); the input is left as it is. */
export function byRank<T extends { rank: number }>(clusters: readonly T[]): T[] {
  return [...clusters].sort((a, b) => a.rank - b.rank);
}

/**
 * Derived: for each cluster without a published share, the highest its share can be. The article
 * lists the clusters best to worst, so it is at most the nearest published share ranked above it.
 * Null for a published share, and for an unpublished one with no published share above it.
 */
export function shareUpperBounds(clusters: readonly Cluster[]): Map<string, number | null> {
  const bounds = new Map<string, number | null>();
  let above: number | null = null;
  for (const cluster of byRank(clusters)) {
    const share = publishedShare(cluster);
    bounds.set(cluster.slug, share === null ? above : null);
    if (share !== null) above = share;
  }
  return bounds;
}

/** Derived: the upper bound of one cluster's unpublished share (see `shareUpperBounds`). */
export function shareUpperBound(clusters: readonly Cluster[], slug: string): number | null {
  return shareUpperBounds(clusters).get(slug) ?? null;
}

/** The published shares, in the order given. */
export function publishedShares(clusters: readonly Pick<Cluster, 'share'>[]): number[] {
  return clusters.flatMap((c) => {
    const share = publishedShare(c);
    return share === null ? [] : [share];
  });
}
