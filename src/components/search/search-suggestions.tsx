import './search-suggestions.css';
import { Button, Heading } from '@digdir/designsystemet-react';
import { searchSuggestions, type ClusterIndex } from '../../domain/search/cluster-search';
import { useMessages } from '../../i18n/use-messages';
import { searchMessages } from './search-messages';

/**
 * "Mente du …?": buttons that search for a suggested cluster among all levels, from the same index as the
 * search itself (the ranking and the directory each pass the index of their clusters).
 */
export function SearchSuggestions({
  clusters,
  index,
  q,
  onSearch,
}: {
  clusters: readonly { slug: string; name: string }[];
  index: ClusterIndex;
  q: string;
  onSearch: (q: string) => void;
}) {
  const t = useMessages(searchMessages);
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
