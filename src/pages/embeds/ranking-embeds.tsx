import { RankingFigure } from '../../features/clusters/ranking-figure';
import type { Dataset } from '../../data/validate';
import { useFilterStore } from '../../state/filters/filter-store';
import type { ViewEmbeds } from '../views/view-definition';

/** The ranking figure alone, with the filter of the embed address (level, search, sort). */
function RankingEmbed({ dataset }: { dataset: Dataset }) {
  const levels = useFilterStore((s) => s.levels);
  const q = useFilterStore((s) => s.q);
  const sort = useFilterStore((s) => s.sort);
  const setSort = useFilterStore((s) => s.setSort);
  return <RankingFigure dataset={dataset} levels={levels} q={q} sort={sort} onSort={setSort} variant="embed" />;
}

export const rankingEmbeds: ViewEmbeds = { ranking: RankingEmbed };
