import { queryOptions } from '@tanstack/react-query';
import { DataFileError, type DataFileName } from './data-error';
import { fetchDataFile } from './fetch-data-file';
import type { Dataset } from './validate';

/** Hierarchical query keys for the bundled data. */
export const dataKeys = {
  all: ['data'] as const,
  dataset: () => [...dataKeys.all, 'dataset'] as const,
};

/**
 * Loads every data file in parallel and validates them together: the app never shows part of a dataset.
 * The validator (zod and the schemas) is loaded alongside the files rather than with the app's entry,
 * so it stays off the first paint (docs/decisions/031-first-view-bytes.md).
 */
export async function loadDataset(signal?: AbortSignal): Promise<Dataset> {
  const load = (name: DataFileName) => fetchDataFile(name, signal);
  const [sources, evaluation, clusters, levels, timeline, programme, { parseDataset }] = await Promise.all([
    load('sources'),
    load('evaluation'),
    load('clusters'),
    load('levels'),
    load('timeline'),
    load('programme'),
    import('./validate'),
  ]);
  return parseDataset({ sources, evaluation, clusters, levels, timeline, programme });
}

export const datasetQueryOptions = () =>
  queryOptions({
    queryKey: dataKeys.dataset(),
    queryFn: ({ signal }) => loadDataset(signal),
    staleTime: Infinity,
    gcTime: Infinity,
    // A network hiccup is retried once; bad data is not: the alert and its retry button take over.
    retry: (failureCount, error) => failureCount < 1 && error instanceof DataFileError && error.kind === 'network',
  });
