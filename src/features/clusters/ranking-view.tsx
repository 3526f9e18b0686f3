import './clusters.css';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Suspense, useDeferredValue, useMemo, type ReactNode } from 'react';
import type { LevelId } from '../../data/schema/common';
import type { Dataset } from '../../data/validate';
import { countByLevel } from '../../domain/level-groups';
import { evaluatedClusters } from '../../domain/evaluated';
import { useMessages } from '../../i18n/use-messages';
import type { SortKey } from '../../state/filters/filter-state';
import { clusterMessages } from './cluster-messages';
import { clusterIndexOf } from '../../domain/search/cluster-search';
import { filterRows, summarizeView } from './ranking-filters';
import { RankingFigure } from './ranking-figure';
import { toRankingRows } from './ranking-rows';
import { RankingSummary } from './ranking-summary';
import { SearchSuggestions } from '../../components/search/search-suggestions';

export interface RankingViewProps {
  dataset: Dataset;
  levels: readonly LevelId[];
  q: string;
  sort: SortKey;
  onSort: (sort: SortKey) => void;
  onReset: () => void;
  /** Searches for a suggested name at every level (a "did you mean" choice). */
  onSearch: (q: string) => void;
  /** The filter controls, given the level counts for the current search (composed by the page). */
  filters: (counts: Readonly<Record<LevelId, number>>) => ReactNode;
}

/** The ranking view: filters, a summary sentence, the chart and the table of the clusters the filters show. */
export function RankingView({ dataset, levels, q, sort, onSort, onReset, onSearch, filters }: RankingViewProps) {
  const t = useMessages(clusterMessages);
  const clusters = evaluatedClusters(dataset);
  const allRows = useMemo(() => toRankingRows(clusters), [clusters]);
  const index = clusterIndexOf(clusters);
  const counts = useMemo(() => countByLevel(filterRows(allRows, { levels: [], q }, index)), [allRows, q, index]);
  const shown = useMemo(() => filterRows(allRows, { levels, q }, index), [allRows, levels, q, index]);
  const summary = summarizeView(shown, allRows.length);
  // The figure follows the filters in a deferred render, while the chips and the summary answer the tap
  // at once; it is kept as an element while they stand, in a Suspense boundary of its own (nothing in it
  // suspends). So a prerendered page hydrates the shell first and the figure after, and a tap on a chip
  // while it hydrates hydrates the shell alone; the change reaches the figure in slices (ADR 036). The
  // empty state, which takes the figure's place, follows with it.
  const figureFilters = {
    levels: useDeferredValue(levels),
    q: useDeferredValue(q),
    sort: useDeferredValue(sort),
  };
  const figureShown = useMemo(
    () => filterRows(allRows, { levels: figureFilters.levels, q: figureFilters.q }, index),
    [allRows, figureFilters.levels, figureFilters.q, index],
  );
  const figure = useMemo(
    () => (
      <Suspense>
        <RankingFigure
          dataset={dataset}
          levels={figureFilters.levels}
          q={figureFilters.q}
          sort={figureFilters.sort}
          onSort={onSort}
          variant="page"
        />
      </Suspense>
    ),
    [dataset, figureFilters.levels, figureFilters.q, figureFilters.sort, onSort],
  );

  return (
    <>
      <section className="ranking-filters" aria-label={t.colLevel}>
        {filters(counts)}
      </section>
      <RankingSummary summary={summary} />
      {figureShown.length === 0 ? (
        <div className="empty-state">
          <Heading level={2} data-size="sm">
            {t.emptyTitle}
          </Heading>
          <Paragraph>{t.emptyBody}</Paragraph>
          <SearchSuggestions clusters={clusters} index={index} q={figureFilters.q} onSearch={onSearch} />
          <Button variant="primary" onClick={onReset}>
            {t.resetFilters}
          </Button>
        </div>
      ) : (
        figure
      )}
    </>
  );
}
