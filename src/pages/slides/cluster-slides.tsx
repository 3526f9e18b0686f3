import { clusterIndexOf } from '../../domain/search/cluster-search';
import { filterRows } from '../../features/clusters/ranking-filters';
import { toRankingRows } from '../../features/clusters/ranking-rows';
import { ClusterSlide } from '../../features/presenter/cluster-slide';
import { clusterNotes, clusterSourceIds } from '../../features/presenter/slide-content';
import { evaluatedClusters } from '../../domain/evaluated';
import { byRank } from '../../domain/shares';
import type { ViewSlides } from '../views/view-definition';

/** One slide per cluster the ranking shows (its filter rule), in rank order: the cluster's facts. */
export const clusterSlides: ViewSlides = (dataset, filters) =>
  byRank(
    filterRows(toRankingRows(evaluatedClusters(dataset)), filters, clusterIndexOf(evaluatedClusters(dataset))),
  ).map((row) => ({
    chartId: `cluster-${row.slug}`,
    title: () => row.name,
    draw: ({ dataset: data }) => <ClusterSlide slug={row.slug} dataset={data} />,
    sourceIds: (data) => clusterSourceIds(data, row.slug),
    notes: (data, _deck, lang) => clusterNotes(data, row.slug, lang),
  }));
