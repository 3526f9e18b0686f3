import { ChartFigure } from '../components/charts/chart-figure';
import { clusterMessages } from '../features/clusters/cluster-messages';
import { RankingChart } from '../features/clusters/ranking-chart';
import { filterRows } from '../features/clusters/ranking-filters';
import { RankingLegend } from '../features/clusters/ranking-legend';
import { toRankingRows, type RankingRow } from '../features/clusters/ranking-rows';
import { toRankingSeries } from '../features/clusters/ranking-series';
import { RankingTable } from '../features/clusters/ranking-table';
import { countByLevel } from '../features/levels/level-counts';
import { LevelsTable } from '../features/levels/levels-table';
import type { SlideRenderOptions } from '../features/presenter/render-slide';
import type { Slide } from '../features/presenter/slides';
import { TimelineTable } from '../features/timeline/timeline-table';
import type { Dataset } from '../data/validate';
import { useMessages } from '../i18n/use-messages';
import { useFilterStore } from '../state/filters/filter-store';

/** The ranking chart of the current filter; in reveal mode only its first `revealed` clusters. */
function RankingSlide({ dataset, revealed }: { dataset: Dataset; revealed: number | null }) {
  const t = useMessages(clusterMessages);
  const levels = useFilterStore((s) => s.levels);
  const q = useFilterStore((s) => s.q);
  const allRows = toRankingRows(dataset.clusters);
  const shown: RankingRow[] = filterRows(allRows, { levels, q });
  const visible = revealed === null ? shown : shown.slice(0, revealed);
  const publishedLevels = [...new Set(visible.flatMap((r) => (r.share === null ? [] : [r.level])))];
  return (
    <ChartFigure
      chartId="ranking"
      title={t.chartTitle}
      summary={t.chartSummaryFiltered(visible.length)}
      source={t.sourceLine}
      chart={
        <RankingChart
          data={toRankingSeries(visible)}
          overall={dataset.evaluation.overallAgreeShare.value}
          total={allRows.length}
        />
      }
      legend={<RankingLegend levels={publishedLevels} markers={[...new Set(visible.map((r) => r.level))]} />}
      table={<RankingTable rows={visible} caption={t.tableCaption} sort="rank" onSort={() => undefined} />}
    />
  );
}

/**
 * What each slide of presentation mode shows: the views' own charts, composed here in the page layer
 * because features do not import each other (ADR 020). Loaded only when a presentation opens.
 * Cluster slides use the presenter's fact slide (null here).
 */
export function SlideDrawing({ slide, options }: { slide: Slide; options: SlideRenderOptions }) {
  const { dataset, revealed } = options;
  switch (slide.kind) {
    case 'ranking':
      return <RankingSlide dataset={dataset} revealed={revealed} />;
    case 'levels':
      return <LevelsTable levels={dataset.levels} evaluatedCounts={countByLevel(dataset.clusters)} />;
    case 'timeline':
      return <TimelineTable events={dataset.events} />;
    case 'cluster':
      return null;
  }
}
