import { ChartFigure } from '../components/charts/chart-figure';
import { clusterMessages } from '../features/clusters/cluster-messages';
import { RankingChart } from '../features/clusters/ranking-chart';
import { clusterIndexOf } from '../features/clusters/cluster-search';
import { filterRows } from '../features/clusters/ranking-filters';
import { RankingLegend } from '../features/clusters/ranking-legend';
import { toRankingRows, type RankingRow } from '../features/clusters/ranking-rows';
import { toRankingSeries } from '../features/clusters/ranking-series';
import { RankingTable } from '../features/clusters/ranking-table';
import { levelNames } from '../features/levels/level-names';
import { LevelRankFigure } from '../features/levels/level-rank-figure';
import { filterSummaries, summarizeLevels } from '../features/levels/level-stats';
import type { SlideRenderOptions } from '../features/presenter/render-slide';
import type { Slide } from '../features/presenter/slides';
import { MilestoneFigure } from '../features/timeline/milestone-figure';
import { toMilestones } from '../features/timeline/milestones';
import { toClusterPeriods } from '../features/timeline/periods';
import { timeDomain } from '../features/timeline/time-scale';
import type { Dataset } from '../data/validate';
import { useMessages } from '../i18n/use-messages';
import { useFilterStore } from '../state/filters/filter-store';

/** The ranking chart of the current filter; in reveal mode only its first `revealed` clusters. */
function RankingSlide({ dataset, revealed }: { dataset: Dataset; revealed: number | null }) {
  const t = useMessages(clusterMessages);
  const levels = useFilterStore((s) => s.levels);
  const q = useFilterStore((s) => s.q);
  const allRows = toRankingRows(dataset.clusters);
  const shown: RankingRow[] = filterRows(allRows, { levels, q }, clusterIndexOf(dataset.clusters));
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

/** The evaluation by level (the /levels chart), narrowed by the level filter as on its page. */
function LevelsSlide({ dataset }: { dataset: Dataset }) {
  const selected = useFilterStore((s) => s.levels);
  const { clusters, levels, evaluation } = dataset;
  const all = summarizeLevels(
    clusters,
    levels.map((l) => l.id),
  );
  return (
    <LevelRankFigure
      summaries={filterSummaries(all, selected)}
      names={levelNames(levels)}
      listLength={clusters.length}
      reportSourceId={evaluation.source}
      articleSourceId={evaluation.question.source}
    />
  );
}

/** The programme's milestones (the /timeline chart), on the same time axis as on its page. */
function TimelineSlide({ dataset }: { dataset: Dataset }) {
  const milestones = toMilestones(dataset.events);
  const periods = toClusterPeriods(dataset.clusters, []);
  const domain = timeDomain([...milestones.map((m) => m.span), ...periods.map((p) => p.span)]);
  return <MilestoneFigure milestones={milestones} domain={domain} sources={dataset.sources} />;
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
      return <LevelsSlide dataset={dataset} />;
    case 'timeline':
      return <TimelineSlide dataset={dataset} />;
    case 'cluster':
      return null;
  }
}
