import { Paragraph } from '@digdir/designsystemet-react';
import { useShallow } from 'zustand/react/shallow';
import { DatasetGate } from '../components/data/dataset-gate';
import { PageHead } from '../components/layout/page-head';
import { PageHeading } from '../components/layout/page-heading';
import { clusterMessages } from '../features/clusters/cluster-messages';
import { RankingView } from '../features/clusters/ranking-view';
import { FilterBar } from '../features/filters/filter-bar';
import { useMessages } from '../i18n/use-messages';
import { useFilterStore } from '../state/filters/filter-store';

export function RankingPage() {
  const t = useMessages(clusterMessages);
  const { levels, q, sort, setSort, resetFilters, searchAllLevels } = useFilterStore(
    useShallow((s) => ({
      levels: s.levels,
      q: s.q,
      sort: s.sort,
      setSort: s.setSort,
      resetFilters: s.resetFilters,
      searchAllLevels: s.searchAllLevels,
    })),
  );
  return (
    <>
      <PageHead title={t.rankingTitle} description={t.rankingLead} />
      <PageHeading>{t.rankingTitle}</PageHeading>
      <Paragraph>{t.rankingLead}</Paragraph>
      <DatasetGate>
        {(dataset) => (
          <RankingView
            dataset={dataset}
            levels={levels}
            q={q}
            sort={sort}
            onSort={setSort}
            onReset={resetFilters}
            onSearch={searchAllLevels}
            filters={(counts) => <FilterBar counts={counts} />}
          />
        )}
      </DatasetGate>
    </>
  );
}
