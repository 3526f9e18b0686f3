import { Paragraph } from '@digdir/designsystemet-react';
import { useShallow } from 'zustand/react/shallow';
import { DatasetGate } from '../components/data/dataset-gate';
import { PageHead } from '../components/layout/page-head';
import { PageHeading } from '../components/layout/page-heading';
import { PrintHandoutSlot } from '../components/print/print-handout-slot';
import { clusterMessages } from '../features/clusters/cluster-messages';
import { RankingView } from '../features/clusters/ranking-view';
import { FilterBar } from '../features/filters/filter-bar';
import { useDataset } from '../data/use-dataset';
import { evaluatedCount, exitPeriodText } from '../domain/evaluated';
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
  const data = useDataset().data;
  const lead = t.rankingLead(data ? evaluatedCount(data) : null, data ? exitPeriodText(data) : null);
  return (
    <>
      <PageHead title={t.rankingTitle} description={lead} />
      <PageHeading>{t.rankingTitle}</PageHeading>
      <Paragraph>{lead}</Paragraph>
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
      <PrintHandoutSlot />
    </>
  );
}
