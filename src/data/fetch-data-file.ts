import { DataFileError } from './data-error';
import { fileNameOf, type DataFileName } from './data-files';

export const DATA_TIMEOUT_MS = 10_000;

/** URL of a bundled data file, under the app's base path. */
export function dataFileUrl(name: DataFileName, base: string = import.meta.env.BASE_URL): string {
  return `${base.replace(/\/?$/, '/')}data/${fileNameOf(name)}`;
}

/**
 * Fetches one JSON file from `public/data/`. Every failure becomes a DataFileError that names the
 * file: unreachable or timed out (network), a non-2xx answer (http), or a body that is not JSON (parse).
 */
export async function fetchDataFile(name: DataFileName, signal?: AbortSignal): Promise<unknown> {
  const file = fileNameOf(name);
  const timeout = AbortSignal.timeout(DATA_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(dataFileUrl(name), { signal: combined, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    const timedOut = timeout.aborted;
    throw new DataFileError({ file, kind: 'network', detail: timedOut ? 'timed out' : 'could not be reached' });
  }
  if (!response.ok) {
    throw new DataFileError({ file, kind: 'http', status: response.status, detail: `HTTP ${response.status}` });
  }
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new DataFileError({ file, kind: 'parse', detail: 'is not valid JSON' });
  }
}
