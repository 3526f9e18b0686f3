import type * as ClusterSearch from './cluster-search';
import type { SearchableCluster } from './cluster-search';
import { foldForSearch } from './search-terms';

let loaded: typeof ClusterSearch | null = null;
let loading: Promise<typeof ClusterSearch> | null = null;

/** Loads the search index code (MiniSearch) once; views that search import it themselves. */
export function loadClusterSearch(): Promise<typeof ClusterSearch> {
  loading ??= import('./cluster-search').then((module) => {
    loaded = module;
    return module;
  });
  return loading;
}

/** Until the index has loaded: every word of the search appears in the cluster's names, place or sector. */
export function matchesWords(cluster: SearchableCluster, q: string): boolean {
  const words = foldForSearch(q).split(' ').filter(Boolean);
  const text = foldForSearch(
    [
      cluster.name,
      ...cluster.formerNames,
      ...(cluster.aliases ?? []),
      cluster.home.nb,
      cluster.home.en,
      cluster.sector.nb,
      cluster.sector.en,
    ].join(' '),
  );
  return words.every((word) => text.includes(word));
}

/**
 * Whether a cluster is found by the search, for code on every view (the presentation's slides), which
 * should not carry the search library: through the index once it is loaded (the first search starts
 * loading it; the ranking page has it already), until then by `matchesWords`.
 */
export function matchesSearchDeferred(clusters: readonly SearchableCluster[], slug: string, q: string): boolean {
  if (foldForSearch(q) === '') return true;
  if (loaded) return loaded.matchesSearch(clusters, slug, q);
  void loadClusterSearch();
  const cluster = clusters.find((c) => c.slug === slug);
  return cluster ? matchesWords(cluster, q) : false;
}
