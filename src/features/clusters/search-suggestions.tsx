import { Button, Heading } from '@digdir/designsystemet-react';
import type { Cluster } from '../../data/schema/clusters';
import { useMessages } from '../../i18n/use-messages';
import { clusterMessages } from './cluster-messages';
import { searchSuggestions, type ClusterIndex } from './cluster-search';

/** "Mente du …?": buttons that search for a suggested cluster among all levels (from the same index). */
export function SearchSuggestions({
  clusters,
  index,
  q,
  onSearch,
}: {
  clusters: readonly Cluster[];
  index: ClusterIndex;
  q: string;
  onSearch: (q: string) => void;
}) {
  const t = useMessages(clusterMessages);
  const bySlug = new Map(clusters.map((c) => [c.slug, c]));
  const suggested = searchSuggestions(index, q).flatMap((slug) => {
    const cluster = bySlug.get(slug);
    return cluster ? [cluster] : [];
  });
  if (suggested.length === 0) return null;
  return (
    <section aria-labelledby="search-did-you-mean" className="search-suggestions">
      <Heading level={3} data-size="xs" id="search-did-you-mean">
        {t.didYouMeanQuestion}
      </Heading>
      <ul>
        {suggested.map((cluster) => (
          <li key={cluster.slug}>
            <Button variant="secondary" data-size="sm" onClick={() => onSearch(cluster.name)}>
              {cluster.name}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
