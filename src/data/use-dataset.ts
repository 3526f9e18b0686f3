import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from './queries';

/** The validated dataset, with TanStack Query's loading and error states. */
export function useDataset() {
  return useQuery(datasetQueryOptions());
}

/**
 * The dataset when it is already loaded (as it is under every chart, inside the data gate), else
 * undefined; never starts a fetch of its own.
 */
export function useLoadedDataset() {
  return useQuery({ ...datasetQueryOptions(), enabled: false }).data;
}
