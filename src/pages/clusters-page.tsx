import { Paragraph } from '@digdir/designsystemet-react';
import { useShallow } from 'zustand/react/shallow';
import { DatasetGate } from '../components/data/dataset-gate';
import { PageHead } from '../components/layout/page-head';
import { PageHeading } from '../components/layout/page-heading';
import { directoryMessages } from '../features/directory/directory-messages';
import { DirectoryView } from '../features/directory/directory-view';
import { FilterBar } from '../features/filters/filter-bar';
import { useMessages } from '../i18n/use-messages';
import { useFilterStore } from '../state/filters/filter-store';

/** /clusters: the directory of every sourced cluster, with the shared level filter, search and sort. */
export function ClustersPage() {
  const t = useMessages(directoryMessages);
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
      <PageHead title={t.title} description={t.lead} />
      <PageHeading>{t.title}</PageHeading>
      <Paragraph>{t.lead}</Paragraph>
      <DatasetGate>
        {(dataset) => (
          <DirectoryView
            dataset={dataset}
            levels={levels}
            q={q}
            sort={sort}
            onSort={setSort}
            onReset={resetFilters}
            onSearch={searchAllLevels}
            filters={(counts) => <FilterBar counts={counts} levelDescription={t.levelDescription} />}
          />
        )}
      </DatasetGate>
    </>
  );
}
