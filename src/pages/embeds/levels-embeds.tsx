import { LevelRankFigure } from '../../features/levels/level-rank-figure';
import { filterSummaries, summarizeLevels } from '../../features/levels/level-stats';
import type { Dataset } from '../../data/validate';
import { evaluatedClusters } from '../../domain/evaluated';
import { levelNames, levelOrder } from '../../domain/levels';
import { useFilterStore } from '../../state/filters/filter-store';
import type { ViewEmbeds } from '../views/view-definition';

/** The evaluation by level alone, narrowed by the level filter as on /levels. */
function LevelRankEmbed({ dataset }: { dataset: Dataset }) {
  const levels = useFilterStore((s) => s.levels);
  const clusters = evaluatedClusters(dataset);
  return (
    <LevelRankFigure
      summaries={filterSummaries(summarizeLevels(clusters, levelOrder(dataset.levels)), levels)}
      names={levelNames(dataset.levels)}
      listLength={clusters.length}
      reportSourceId={dataset.evaluation.source}
      articleSourceId={dataset.evaluation.question.source}
      variant="embed"
    />
  );
}

export const levelsEmbeds: ViewEmbeds = { 'levels-rank': LevelRankEmbed };
