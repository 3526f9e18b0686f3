import { LevelRankFigure } from '../../features/levels/level-rank-figure';
import { filterSummaries, summarizeLevels } from '../../features/levels/level-stats';
import { presenterMessages } from '../../features/presenter/presenter-messages';
import { levelsNotes, levelsSourceIds } from '../../features/presenter/slide-content';
import { evaluatedClusters } from '../../domain/evaluated';
import { levelNames, levelOrder } from '../../domain/levels';
import type { ViewSlides } from '../views/view-definition';

/** One slide: the evaluation by level (the /levels figure), narrowed by the level filter as on its page. */
export const levelsSlides: ViewSlides = (dataset, filters) => [
  {
    chartId: 'levels-rank',
    title: (lang) => presenterMessages[lang].slideTitle.levels,
    draw: ({ variant }) => (
      <LevelRankFigure
        summaries={filterSummaries(
          summarizeLevels(evaluatedClusters(dataset), levelOrder(dataset.levels)),
          filters.levels,
        )}
        names={levelNames(dataset.levels)}
        listLength={evaluatedClusters(dataset).length}
        reportSourceId={dataset.evaluation.source}
        articleSourceId={dataset.evaluation.question.source}
        variant={variant}
      />
    ),
    sourceIds: levelsSourceIds,
    notes: (data, _deck, lang) => levelsNotes(data, lang),
  },
];
