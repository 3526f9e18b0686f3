import { countByLevel } from '../features/levels/level-counts';
import { LevelsTable } from '../features/levels/levels-table';
import { clusterMessages } from '../features/clusters/cluster-messages';
import { toRankingRows } from '../features/clusters/ranking-rows';
import { RankingTable } from '../features/clusters/ranking-table';
import type { RenderSlide } from '../features/presenter/render-slide';
import { TimelineTable } from '../features/timeline/timeline-table';
import { useMessages } from '../i18n/use-messages';

function RankingSlide({ revealed, rows }: { revealed: number | null; rows: ReturnType<typeof toRankingRows> }) {
  const t = useMessages(clusterMessages);
  return <RankingTable rows={revealed === null ? rows : rows.slice(0, revealed)} caption={t.tableCaption} />;
}

/**
 * What each slide of presentation mode shows: the views' own charts, composed here in the page layer
 * because features do not import each other (ADR 020). Cluster slides use the presenter's fact slide.
 */
export const renderSlide: RenderSlide = (slide, { dataset, revealed }) => {
  switch (slide.kind) {
    case 'ranking':
      return <RankingSlide rows={toRankingRows(dataset.clusters)} revealed={revealed} />;
    case 'levels':
      return <LevelsTable levels={dataset.levels} evaluatedCounts={countByLevel(dataset.clusters)} />;
    case 'timeline':
      return <TimelineTable events={dataset.events} />;
    case 'cluster':
      return undefined;
  }
};
