import MiniSearch, { type SearchOptions } from 'minisearch';
import type { KnownOrUnknownText } from '../../data/schema/directory';
import { foldForSearch, stemQueryTerm } from './search-terms';

export { foldForSearch, stemQueryTerm } from './search-terms';

/**
 * What the search reads of a cluster: its names, the names the sources use, where it is and what it does.
 * Fits both an evaluated cluster and a directory entry (whose place or sector may be unknown).
 */
export interface SearchableCluster {
  slug: string;
  name: string;
  formerNames: readonly string[];
  aliases?: readonly string[] | undefined;
  home?: KnownOrUnknownText | undefined;
  county?: KnownOrUnknownText | undefined;
  sector?: KnownOrUnknownText | undefined;
}

/** One indexed document: both languages' texts, so "helse" and "health" both work in either interface. */
interface SearchDocument {
  id: string;
  name: string;
  otherNames: string;
  place: string;
  sector: string;
}

const FIELDS = ['name', 'otherNames', 'place', 'sector'] as const;

function toDocument(cluster: SearchableCluster): SearchDocument {
  const both = (text: KnownOrUnknownText | undefined) => (text && 'nb' in text ? `${text.nb} ${text.en}` : '');
  return {
    id: cluster.slug,
    name: cluster.name,
    otherNames: [...cluster.formerNames, ...(cluster.aliases ?? [])].join(' | '),
    place: `${both(cluster.home)} ${both(cluster.county)}`,
    sector: both(cluster.sector),
  };
}

/** Typos are forgiven in longer words only (one edit in five letters), so short words stay exact. */
const fuzzyFor = (share: number) => (term: string) => (term.length >= 5 ? share : false);

const MATCH: SearchOptions = {
  combineWith: 'AND',
  prefix: true,
  fuzzy: fuzzyFor(0.2),
  boost: { name: 3, otherNames: 2 },
  // A name that begins with the word ranks first ("energy" → Energy Valley before NCE Smart Energy Markets).
  boostDocument: (_id, term, stored) => {
    const name = stored?.['name'];
    return typeof name === 'string' && foldForSearch(name).startsWith(term) ? 2 : 1;
  },
  processTerm: (term) => stemQueryTerm(foldForSearch(term)) || null,
};

const SUGGEST: SearchOptions = { ...MATCH, combineWith: 'OR', fuzzy: fuzzyFor(0.4) };

export interface ClusterIndex {
  /** The slugs of the clusters a search finds (every word must match); null for an empty search (all). */
  matching: (q: string) => ReadonlySet<string> | null;
  /** Best first: clusters that resemble the search (any word, more typos forgiven), for "did you mean". */
  suggest: (q: string, limit?: number) => string[];
}

/**
 * The search index of the clusters, built from the data (MiniSearch; docs/decisions/061-search-library.md)
 * at the first search that has words: a page without a search (most) never builds it, and a phone's
 * hydration of `/` does not pay for it (≈ 20 ms at 4× CPU; ADR 036).
 */
export function buildClusterIndex(clusters: readonly SearchableCluster[]): ClusterIndex {
  let index: MiniSearch<SearchDocument> | null = null;
  const miniSearch = () => {
    if (index === null) {
      index = new MiniSearch<SearchDocument>({
        fields: [...FIELDS],
        storeFields: ['name'],
        processTerm: (term) => foldForSearch(term) || null,
      });
      index.addAll(clusters.map(toDocument));
    }
    return index;
  };
  const slugsOf = (q: string, options: SearchOptions) =>
    miniSearch()
      .search(q.slice(0, 80), options)
      .map((result) => String(result.id));
  return {
    matching: (q) => (foldForSearch(q) === '' ? null : new Set(slugsOf(q, MATCH))),
    suggest: (q, limit = 3) => (foldForSearch(q) === '' ? [] : slugsOf(q, SUGGEST).slice(0, limit)),
  };
}

const built = new WeakMap<readonly SearchableCluster[], ClusterIndex>();

/** The index of a list of clusters, built once per list (the dataset is loaded once). */
export function clusterIndexOf(clusters: readonly SearchableCluster[]): ClusterIndex {
  const known = built.get(clusters);
  if (known) return known;
  const index = buildClusterIndex(clusters);
  built.set(clusters, index);
  return index;
}

/**
 * "Did you mean" for a search that shows nothing: the clusters the search finds at other levels, or
 * else the clusters that resemble it. Empty for an empty search.
 */
export function searchSuggestions(index: ClusterIndex, q: string, limit = 3): string[] {
  const found = index.matching(q);
  if (found === null) return [];
  return found.size > 0 ? [...found].slice(0, limit) : index.suggest(q, limit);
}
