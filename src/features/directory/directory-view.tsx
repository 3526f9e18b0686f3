import './directory.css';
import { Button, Heading, Paragraph, ToggleGroup } from '@digdir/designsystemet-react';
import { useMemo, type ReactNode } from 'react';
import { LEVEL_IDS, type LevelId } from '../../data/schema/level-ids';
import type { Dataset } from '../../data/validate';
import { useLang, useMessages } from '../../i18n/use-messages';
import { useLevelNames } from '../../domain/use-level-names';
import { clusterIndexOf } from '../../domain/search/cluster-search';
import { SearchSuggestions } from '../../components/search/search-suggestions';
import type { SortKey } from '../../state/filters/filter-state';
import { DirectoryCompleteness } from './directory-completeness';
import { directoryMessages } from './directory-messages';
import { directoryLevelCounts, filterDirectoryRows, sortDirectoryRows, toDirectoryRows } from './directory-rows';
import { DirectoryTable } from './directory-table';

export interface DirectoryViewProps {
  dataset: Dataset;
  levels: readonly LevelId[];
  q: string;
  sort: SortKey;
  /** Writes `sort` through the filter store (the URL follows). */
  onSort: (sort: SortKey) => void;
  /** The filter controls, given the level counts for the current search (composed by the page). */
  filters: (counts: Readonly<Record<LevelId, number>>) => ReactNode;
  /** Clears level and search (offered when nothing matches). */
  onReset: () => void;
  /** Searches for a suggested name at every level (a "did you mean" choice). */
  onSearch: (q: string) => void;
}

const SORTS = ['name', 'first-year', 'level'] as const satisfies readonly SortKey[];

/** The directory of every sourced cluster: completeness, counts per level, filters, sort and the table. */
export function DirectoryView({ dataset, levels, q, sort, onSort, filters, onReset, onSearch }: DirectoryViewProps) {
  const t = useMessages(directoryMessages);
  const levelName = useLevelNames();
  const lang = useLang();
  const allRows = useMemo(() => toDirectoryRows(dataset.directory, dataset.clusters), [dataset]);
  const totals = useMemo(() => directoryLevelCounts(allRows), [allRows]);
  const index = clusterIndexOf(dataset.directory);
  const counts = useMemo(
    () => directoryLevelCounts(filterDirectoryRows(allRows, { levels: [], q }, index)),
    [allRows, q, index],
  );
  const shown = useMemo(() => filterDirectoryRows(allRows, { levels, q }, index), [allRows, levels, q, index]);
  const sorted = useMemo(() => sortDirectoryRows(shown, sort, lang), [shown, sort, lang]);
  const sortLabel: Record<(typeof SORTS)[number], string> = {
    name: t.sortName,
    'first-year': t.sortFirstYear,
    level: t.sortLevel,
  };
  return (
    <>
      <DirectoryCompleteness dataset={dataset} />
      <section aria-labelledby="directory-counts" className="directory-counts">
        <Heading level={2} data-size="2xs" id="directory-counts">
          {t.countsHeading}
        </Heading>
        <ul>
          {LEVEL_IDS.map((level) => (
            <li key={level}>{t.countsLine(levelName[level], totals[level])}</li>
          ))}
        </ul>
        <Paragraph data-size="sm">{t.countsNote}</Paragraph>
      </section>
      <section className="directory-filters" aria-label={t.colCluster}>
        <Paragraph data-size="sm">{t.levelRule}</Paragraph>
        {filters(counts)}
        <div className="directory-sort">
          <span id="directory-sort-label">{t.sortLabel}</span>
          <ToggleGroup
            aria-labelledby="directory-sort-label"
            data-size="sm"
            variant="secondary"
            value={sort === 'rank' ? 'name' : sort}
            onChange={(value) => {
              const next = SORTS.find((key) => key === value);
              if (next) onSort(next);
            }}
          >
            {SORTS.map((key) => (
              <ToggleGroup.Item key={key} value={key}>
                {sortLabel[key]}
              </ToggleGroup.Item>
            ))}
          </ToggleGroup>
        </div>
      </section>
      <Paragraph role="status" className="directory-shown">
        {t.shown(shown.length, allRows.length)}
      </Paragraph>
      {shown.length === 0 ? (
        <div className="empty-state">
          <Heading level={2} data-size="sm">
            {t.emptyTitle}
          </Heading>
          <Paragraph>{t.emptyBody}</Paragraph>
          <SearchSuggestions clusters={dataset.directory} index={index} q={q} onSearch={onSearch} />
          <Button variant="primary" onClick={onReset}>
            {t.resetFilters}
          </Button>
        </div>
      ) : (
        <>
          <DirectoryTable rows={sorted} ranked={dataset.clusters.length} />
          <Paragraph data-size="sm">{t.openEndNote}</Paragraph>
        </>
      )}
    </>
  );
}
