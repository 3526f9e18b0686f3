import { lazy, useMemo } from 'react';
import { bucketByRank } from '../../components/charts/bucket-by-rank';
import { ChartFigure } from '../../components/charts/chart-figure';
import { snapshotKey } from '../../components/charts/chart-snapshots';
import { DeferredChart } from '../../components/charts/deferred-chart';
import type { LevelId } from '../../data/schema/common';
import type { Dataset } from '../../data/validate';
import { evaluatedClusters } from '../../domain/evaluated';
import { publishedShares } from '../../domain/shares';
import { formatNumber, formatPercent } from '../../i18n/format';
import { useLang, useMessages } from '../../i18n/use-messages';
import type { SortKey } from '../../state/filters/filter-state';
import type { FigureVariant } from '../../components/charts/figure-variant';
import { clusterMessages } from './cluster-messages';
import { clusterIndexOf } from '../../domain/search/cluster-search';
import { bucketChartHeight } from './ranking-bucket-chart-height';
import { toRankingCsvRows } from './ranking-csv';
import { filterRows, sortRows } from './ranking-filters';
import { RankingLegend } from './ranking-legend';
import { toRankingRows } from './ranking-rows';
import { rankingChartHeight, toRankingSeries } from './ranking-series';
import { RankingTable } from './ranking-table';

// Recharts loads after the page is up, not with the first view (docs/decisions/031-first-view-bytes.md).
const RankingChart = lazy(() => import('./ranking-chart').then((m) => ({ default: m.RankingChart })));
const RankingBucketChart = lazy(() =>
  import('./ranking-bucket-chart').then((m) => ({ default: m.RankingBucketChart })),
);

/** Above this many clusters the chart aggregates runs of ranks rather than drawing a bar each. */
const MAX_BARS = 60;

export interface RankingFigureProps {
  dataset: Dataset;
  levels: readonly LevelId[];
  q: string;
  sort: SortKey;
  onSort: (sort: SortKey) => void;
  /** In a presentation's reveal mode: how many clusters (in rank order) to show. Null or absent: all. */
  revealed?: number | null;
  /** Where the figure is drawn: its view, a presentation slide, or the speaker view's preview. */
  variant: FigureVariant;
}

/**
 * The ranking figure (chart id "ranking"): the share agreeing per cluster the filters show, with its
 * summary, legend, source and table. The ranking view and its presentation slide draw this one
 * component, so a slide cannot drift from its view.
 */
export function RankingFigure({ dataset, levels, q, sort, onSort, revealed = null, variant }: RankingFigureProps) {
  const t = useMessages(clusterMessages);
  const lang = useLang();
  const allRows = useMemo(() => toRankingRows(evaluatedClusters(dataset)), [dataset]);
  const index = clusterIndexOf(evaluatedClusters(dataset));
  const filtered = useMemo(() => filterRows(allRows, { levels, q }, index), [allRows, levels, q, index]);
  const shown = revealed === null ? filtered : filtered.slice(0, revealed);
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
  const published = publishedShares(evaluatedClusters(dataset));
  const { evaluation } = dataset;
  const overall = evaluation.overallAgreeShare.value;
  const chartSummary = t.chartSummary({
    published: published.length,
    total: allRows.length,
    high: published.length > 0 ? formatPercent(Math.max(...published), lang) : null,
    low: published.length > 0 ? formatPercent(Math.min(...published), lang) : null,
    overall: formatPercent(overall, lang),
    respondents: formatNumber(evaluation.respondents.value, lang),
  });
  const publishedLevels = [...new Set(shown.flatMap((r) => (r.share === null ? [] : [r.level])))];

  return (
    <ChartFigure
      chartId="ranking"
      variant={variant}
      title={t.chartTitle}
      summary={[
        chartSummary,
        shown.length === allRows.length ? '' : t.chartSummaryFiltered(shown.length),
        bucketed.kind === 'buckets' ? t.bucketSummary(bucketed.buckets.length, bucketed.bucketSize) : '',
      ]
        .filter((part) => part !== '')
        .join(' ')}
      source={t.sourceLine(formatNumber(evaluation.respondents.value, lang))}
      csvRows={toRankingCsvRows(shown, lang)}
      chart={
        bucketed.kind === 'buckets' ? (
          <DeferredChart height={bucketChartHeight(bucketed.buckets.length)}>
            <RankingBucketChart buckets={bucketed.buckets} overall={overall} total={allRows.length} />
          </DeferredChart>
        ) : (
          <DeferredChart
            height={rankingChartHeight(series.length)}
            narrowHeight={rankingChartHeight(series.length, 38)}
            snapshot={
              variant === 'page'
                ? { id: 'ranking', key: snapshotKey([lang, series, overall, allRows.length]) }
                : undefined
            }
          >
            <RankingChart data={series} overall={overall} total={allRows.length} />
          </DeferredChart>
        )
      }
      legend={
        <RankingLegend
          levels={publishedLevels}
          markers={[...new Set(shown.map((r) => r.level))]}
          total={allRows.length}
        />
      }
      table={<RankingTable rows={sorted} caption={t.tableCaption} sort={sort} onSort={onSort} />}
    />
  );
}
