import './clusters.css';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { lazy, useMemo, type ReactNode } from 'react';
import { ChartFigure } from '../../components/charts/chart-figure';
import { bucketByRank } from '../../components/charts/bucket-by-rank';
import { DeferredChart } from '../../components/charts/deferred-chart';
import type { LevelId } from '../../data/schema/common';
import type { Dataset } from '../../data/validate';
import { formatNumber, formatPercent } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import type { SortKey } from '../../state/filters/filter-state';
import { clusterMessages } from './cluster-messages';
import { clusterIndexOf } from './cluster-search';
import { SearchSuggestions } from './search-suggestions';
import { bucketChartHeight } from './ranking-bucket-chart-height';
import { toRankingCsvRows } from './ranking-csv';
import { RankingLegend } from './ranking-legend';
import { toRankingRows } from './ranking-rows';
import { rankingChartHeight, toRankingSeries } from './ranking-series';
import { RankingSummary } from './ranking-summary';
import { RankingTable } from './ranking-table';
import { countByLevel, filterRows, sortRows, summarizeView } from './ranking-filters';

export interface RankingViewProps {
  dataset: Dataset;
  levels: readonly LevelId[];
  q: string;
  sort: SortKey;
  onSort: (sort: SortKey) => void;
  onReset: () => void;
  /** Searches for a suggested name across all levels ("did you mean" on an empty result). */
  onSearch: (q: string) => void;
  /** The filter controls, given the level counts for the current search (composed by the page). */
  filters: (counts: Readonly<Record<LevelId, number>>) => ReactNode;
  /** Toolbar for the chart (full screen, export), composed by the page. */
  chartActions?: ReactNode;
}

// Recharts loads after the page is up, not with the first view (docs/decisions/031-first-view-bytes.md).
const RankingChart = lazy(() => import('./ranking-chart').then((m) => ({ default: m.RankingChart })));
const RankingBucketChart = lazy(() =>
  import('./ranking-bucket-chart').then((m) => ({ default: m.RankingBucketChart })),
);

/** Above this many clusters the chart aggregates runs of ranks rather than drawing a bar each. */
const MAX_BARS = 60;

/** The ranking view: filters, a summary sentence, the chart and the table of the clusters the filters show. */
export function RankingView({
  dataset,
  levels,
  q,
  sort,
  onSort,
  onReset,
  onSearch,
  filters,
  chartActions,
}: RankingViewProps) {
  const t = useMessages(clusterMessages);
  const lang = useLang();
  const allRows = useMemo(() => toRankingRows(dataset.clusters), [dataset.clusters]);
  const index = clusterIndexOf(dataset.clusters);
  const counts = useMemo(() => countByLevel(filterRows(allRows, { levels: [], q }, index)), [allRows, q, index]);
  const shown = useMemo(() => filterRows(allRows, { levels, q }, index), [allRows, levels, q, index]);
  const sorted = useMemo(() => sortRows(shown, sort, lang), [shown, sort, lang]);
  const series = useMemo(() => toRankingSeries(shown), [shown]);
  const bucketed = useMemo(
    () =>
      bucketByRank(
        series.map((d) => ({ rank: d.rank, value: d.share })),
        MAX_BARS,
      ),
    [series],
  );
  const summary = summarizeView(shown, allRows.length);
  const published = allRows.flatMap((r) => (r.share === null ? [] : [r.share]));
  const { evaluation } = dataset;
  const chartSummary = t.chartSummary({
    published: published.length,
    total: allRows.length,
    high: formatPercent(Math.max(...published), lang),
    low: formatPercent(Math.min(...published), lang),
    overall: formatPercent(evaluation.overallAgreeShare.value, lang),
    respondents: formatNumber(evaluation.respondents.value, lang),
  });
  const publishedLevels = [...new Set(shown.flatMap((r) => (r.share === null ? [] : [r.level])))];

  return (
    <>
      <section className="ranking-filters" aria-label={t.colLevel}>
        {filters(counts)}
      </section>
      <RankingSummary summary={summary} />
      {shown.length === 0 ? (
        <div className="empty-state">
          <Heading level={2} data-size="sm">
            {t.emptyTitle}
          </Heading>
          <Paragraph>{t.emptyBody}</Paragraph>
          <SearchSuggestions clusters={dataset.clusters} index={index} q={q} onSearch={onSearch} />
          <Button variant="primary" onClick={onReset}>
            {t.resetFilters}
          </Button>
        </div>
      ) : (
        <ChartFigure
          chartId="ranking"
          title={t.chartTitle}
          summary={[
            chartSummary,
            shown.length === allRows.length ? '' : t.chartSummaryFiltered(shown.length),
            bucketed.kind === 'buckets' ? t.bucketSummary(bucketed.buckets.length, bucketed.bucketSize) : '',
          ]
            .filter((part) => part !== '')
            .join(' ')}
          source={t.sourceLine}
          actions={chartActions}
          csvRows={toRankingCsvRows(shown, lang)}
          chart={
            bucketed.kind === 'buckets' ? (
              <DeferredChart height={bucketChartHeight(bucketed.buckets.length)}>
                <RankingBucketChart buckets={bucketed.buckets} overall={evaluation.overallAgreeShare.value} />
              </DeferredChart>
            ) : (
              <DeferredChart
                height={rankingChartHeight(series.length)}
                narrowHeight={rankingChartHeight(series.length, 38)}
              >
                <RankingChart data={series} overall={evaluation.overallAgreeShare.value} total={allRows.length} />
              </DeferredChart>
            )
          }
          legend={<RankingLegend levels={publishedLevels} markers={[...new Set(shown.map((r) => r.level))]} />}
          table={<RankingTable rows={sorted} caption={t.tableCaption} sort={sort} onSort={onSort} />}
        />
      )}
    </>
  );
}
