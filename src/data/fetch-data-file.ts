import { DataFileError } from './data-error';
import { fileNameOf, type DataFileName } from './data-files';
import { sha256Hex } from './trusted-data';

export const DATA_TIMEOUT_MS = 10_000;

/** URL of a bundled data file, under the app's base path. */
export function dataFileUrl(name: DataFileName, base: string = import.meta.env.BASE_URL): string {
  return `${base.replace(/\/?$/, '/')}data/${fileNameOf(name)}`;
}

/** A data file as fetched: its JSON, and the SHA-256 of its bytes when asked for (null if not, or no SubtleCrypto). */
export interface FetchedDataFile {
  raw: unknown;
  sha256: string | null;
}

/**
 * Fetches one JSON file from `public/data/`. Every failure becomes a DataFileError that names the
 * file: unreachable or timed out (network), a non-2xx answer (http), or a body that is not JSON (parse).
 * With `hash`, also the SHA-256 of the bytes, to compare with the build's (trusted-data.ts).
 */
export async function fetchDataFile(
  name: DataFileName,
  signal?: AbortSignal,
  options: { hash?: boolean } = {},
): Promise<FetchedDataFile> {
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
  let bytes: ArrayBuffer;
  try {
    bytes = await response.arrayBuffer();
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataFileError({ file, kind: 'network', detail: 'could not be read' });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    throw new DataFileError({ file, kind: 'parse', detail: 'is not valid JSON' });
  }
  return { raw, sha256: options.hash ? await sha256Hex(bytes) : null };
}
