import { queryOptions } from '@tanstack/react-query';
import { assembleDataset, type DataFiles, type Dataset } from './assemble-dataset';
import { DataFileError } from './data-error';
import { DATA_FILES, type DataFileName } from './data-files';
import { fetchDataFile, type FetchedDataFile } from './fetch-data-file';
import { decodeDates, type ValidatedData } from './trusted-data';
import type { RawDataFiles } from './validate';
import { yieldToMain } from '../lib/yield-to-main';

/** Hierarchical query keys for the bundled data. */
export const dataKeys = {
  all: ['data'] as const,
  dataset: () => [...dataKeys.all, 'dataset'] as const,
};

/** The build's record of the data files it validated; empty outside a production build (dev, tests). */
const VALIDATED_DATA: ValidatedData = import.meta.env.VALIDATED_DATA ?? {};

/**
 * The dataset from files that are byte for byte the ones the build validated (their SHA-256 matches the
 * build's): their dates decoded where the build found them, the ranking joined. Null when any file
 * differs, or there is no build record to compare with (dev, tests, a page without SubtleCrypto).
 */
export function trustedDataset(
  fetched: Readonly<Record<DataFileName, FetchedDataFile>>,
  validated: ValidatedData,
): Dataset | null {
  const matches = DATA_FILES.every((name) => {
    const expected = validated[name]?.sha256;
    return expected !== undefined && fetched[name].sha256 === expected;
  });
  if (!matches) return null;
  const decoded = Object.fromEntries(
    DATA_FILES.map((name) => [name, decodeDates(fetched[name].raw, validated[name]?.dates ?? [])]),
  );
  // Sound: the build parsed these very bytes with the schemas and checked that decoding their dates
  // gives exactly the schemas' output (config/validated-data.ts).
  return assembleDataset(decoded as unknown as DataFiles);
}

/**
 * Loads every data file in parallel; the app never shows part of a dataset. Files the build validated
 * (same hash) are used as they are (docs/decisions/034-*); otherwise the validator (zod and the schemas,
 * its own chunk, off the first view: ADR 031) checks them all and names the first bad file and field.
 */
export async function loadDataset(signal?: AbortSignal, validated: ValidatedData = VALIDATED_DATA): Promise<Dataset> {
  const hash = Object.keys(validated).length > 0;
  // Nothing to compare with (dev, tests): fetch the validator alongside the files, as it will run.
  const validator = hash ? null : import('./validate');
  const load = (name: DataFileName) => fetchDataFile(name, signal, { hash }).then((file) => [name, file] as const);
  const fetched = Object.fromEntries(await Promise.all(DATA_FILES.map(load))) as Record<DataFileName, FetchedDataFile>;
  // Decoding and joining the files is a task of its own, not a tail on the last file's arrival.
  await yieldToMain();
  const trusted = trustedDataset(fetched, validated);
  if (trusted) return trusted;
  const { parseDataset } = await (validator ?? import('./validate'));
  return parseDataset(Object.fromEntries(DATA_FILES.map((name) => [name, fetched[name].raw])) as RawDataFiles);
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
