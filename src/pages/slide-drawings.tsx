import { RankingFigure } from '../features/clusters/ranking-figure';
import { levelNames } from '../domain/levels';
import { LevelRankFigure } from '../features/levels/level-rank-figure';
import { filterSummaries, summarizeLevels } from '../features/levels/level-stats';
import type { SlideRenderOptions } from '../features/presenter/render-slide';
import type { Slide } from '../features/presenter/slides';
import { MilestoneFigure } from '../features/timeline/milestone-figure';
import { toMilestones } from '../features/timeline/milestones';
import { toClusterPeriods } from '../features/timeline/periods';
import { timeDomain } from '../features/timeline/time-scale';
import type { Dataset } from '../data/validate';
import { useFilterStore } from '../state/filters/filter-store';

/** The ranking figure of the current filter, as on its page; in reveal mode only its first `revealed` clusters. */
function RankingSlide({ dataset, revealed }: { dataset: Dataset; revealed: number | null }) {
  const levels = useFilterStore((s) => s.levels);
  const q = useFilterStore((s) => s.q);
  const sort = useFilterStore((s) => s.sort);
  const setSort = useFilterStore((s) => s.setSort);
  return (
    <RankingFigure
      dataset={dataset}
      levels={levels}
      q={q}
      sort={sort}
      onSort={setSort}
      revealed={revealed}
      variant="slide"
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
