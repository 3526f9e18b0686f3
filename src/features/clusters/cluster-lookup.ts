import { clusterIndexOf, type SearchableCluster } from '../../domain/search/cluster-search';

/** A name as a slug would spell it: "NCE Micro- and Nanotechnology" → "nce-micro-and-nanotechnology". */
export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ø/gi, 'o')
    .replace(/æ/gi, 'ae')
    .replace(/å/gi, 'a')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The clusters whose names are nearest to a slug that matched none (a typo such as "nce-medai"), best
 * first: a renamed cluster whose former name or alias spells the slug, then what the same search index as
 * the ranking's search suggests for the slug's words.
 */
export function nearestSlugs<T extends SearchableCluster>(input: string, clusters: readonly T[], limit = 3): T[] {
  const wanted = input.toLowerCase().slice(0, 80);
  // A renamed cluster's old address (its former name or an alias spelt as a slug) comes first.
  const renamed = clusters.filter((cluster) =>
    [...cluster.formerNames, ...(cluster.aliases ?? [])].some((name) => slugOf(name) === wanted),
  );
  const query = wanted.replace(/[-_/]+/g, ' ');
  const bySlug = new Map(clusters.map((cluster) => [cluster.slug, cluster]));
  const similar = clusterIndexOf(clusters)
    .suggest(query, limit + renamed.length)
    .flatMap((slug) => {
      const cluster = bySlug.get(slug);
      return cluster && !renamed.includes(cluster) ? [cluster] : [];
    });
  return [...renamed, ...similar].slice(0, limit);
}
