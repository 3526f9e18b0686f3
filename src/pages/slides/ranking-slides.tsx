import { RankingFigure } from '../../features/clusters/ranking-figure';
import { clusterIndexOf } from '../../domain/search/cluster-search';
import { filterRows } from '../../features/clusters/ranking-filters';
import { toRankingRows } from '../../features/clusters/ranking-rows';
import { presenterMessages } from '../../features/presenter/presenter-messages';
import { rankingNotes, rankingSourceIds } from '../../features/presenter/slide-content';
import type { SlideFilters, SlideRenderOptions } from '../../features/presenter/slides';
import { evaluatedClusters } from '../../domain/evaluated';
import { useFilterStore } from '../../state/filters/filter-store';
import type { ViewSlides } from '../views/view-definition';

/** The ranking view's figure on a slide: the same component, the current filter, rows revealed one by one. */
function RankingSlide({ dataset, revealed, variant, filters }: SlideRenderOptions & { filters: SlideFilters }) {
  const sort = useFilterStore((s) => s.sort);
  const setSort = useFilterStore((s) => s.setSort);
  return (
    <RankingFigure
      dataset={dataset}
      levels={filters.levels}
      q={filters.q}
      sort={sort}
      onSort={setSort}
      revealed={revealed}
      variant={variant}
    />
  );
}

/** One slide: the ranking of the clusters the filter shows. */
export const rankingSlides: ViewSlides = (dataset, filters) => {
  const clusters = evaluatedClusters(dataset);
  const shown = filterRows(toRankingRows(clusters), filters, clusterIndexOf(clusters)).length;
  return [
    {
      chartId: 'ranking',
      title: (lang) => presenterMessages[lang].slideTitle.ranking,
      draw: (options) => <RankingSlide {...options} filters={filters} />,
      sourceIds: rankingSourceIds,
      notes: (data, _deck, lang) => rankingNotes(data, shown, lang),
      revealCount: shown,
    },
  ];
};
