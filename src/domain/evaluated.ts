import type { Cluster } from '../data/schema/clusters';
import type { Dataset } from '../data/validate';

/**
 * The clusters Menon Economics evaluated (the article's list), the one seam between the dataset's
 * shape and the views that ask for "the evaluated clusters".
 */
export function evaluatedClusters(dataset: Pick<Dataset, 'clusters'>): readonly Cluster[] {
  return dataset.clusters;
}

/** How many clusters were evaluated: from the data, never written into a message. */
export function evaluatedCount(dataset: Pick<Dataset, 'clusters'>): number {
  return evaluatedClusters(dataset).length;
}

/** The years the evaluated clusters left the programme, as the data gives them: "2020–2023". */
export function exitPeriodText(dataset: Pick<Dataset, 'evaluation'>): string {
  const { from, to } = dataset.evaluation.exitPeriod;
  return from === to ? String(from) : `${from}–${to}`;
}
