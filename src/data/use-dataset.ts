import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from './queries';

/** The validated dataset, with TanStack Query's loading and error states. */
export function useDataset() {
  return useQuery(datasetQueryOptions());
}
