import { clusterIndexOf, type SearchableCluster } from './cluster-search';

/**
 * The clusters whose names are nearest to a slug that matched none (a typo such as "nce-medai"), best
 * first. Asks the same search index as the ranking's search, with the slug's words as the query.
 */
export function nearestSlugs<T extends SearchableCluster>(input: string, clusters: readonly T[], limit = 3): T[] {
  const query = input.slice(0, 80).replace(/[-_/]+/g, ' ');
  const bySlug = new Map(clusters.map((cluster) => [cluster.slug, cluster]));
  return clusterIndexOf(clusters)
    .suggest(query, limit)
    .flatMap((slug) => {
      const cluster = bySlug.get(slug);
      return cluster ? [cluster] : [];
    });
}
