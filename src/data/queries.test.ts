import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadBundledDataset, readRawDataFiles } from '../../tests/dataset';
import { datePathsForClient } from './build-validation';
import { DataFileError } from './data-error';
import { DATA_FILES, fileNameOf, recordOfFiles } from './data-files';
import { loadDataset } from './queries';
import type { ValidatedData } from './trusted-data';

const bytesOf = (name: string) => readFileSync(join(process.cwd(), 'public', 'data', name));

/** What the production build records for the bundled files (config/validated-data.ts). */
function buildRecord(): ValidatedData {
  const dates = datePathsForClient(readRawDataFiles);
  return recordOfFiles((name) => ({
    sha256: createHash('sha256')
      .update(bytesOf(fileNameOf(name)))
      .digest('hex'),
    dates: dates[name],
  }));
}

/** Serves the bundled files, with the named ones replaced. */
function serveData(replaced: Record<string, string> = {}) {
  const fetchMock = vi.fn((input: string) => {
    const file = input.split('/').pop() ?? '';
    return Promise.resolve(new Response(replaced[file] ?? bytesOf(file), { status: 200 }));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadDataset', () => {
  it('gives the same dataset from files the build validated (hash matched) as the schemas do', async () => {
    serveData();
    const dataset = await loadDataset(undefined, buildRecord());
    expect(dataset).toEqual(loadBundledDataset());
    expect(dataset.events[0]?.date).toEqual({ raw: '2002', year: 2002, month: null, day: null, precision: 'year' });
  });

  it('validates a file that differs from the build and names its bad field', async () => {
    const evaluation = readRawDataFiles().evaluation as { ranking: { share: { value: number } }[] };
    const first = evaluation.ranking[0];
    if (first) first.share.value = 140;
    serveData({ 'evaluation.json': JSON.stringify(evaluation) });
    const error = await loadDataset(undefined, buildRecord()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect(error).toMatchObject({ file: 'evaluation.json', field: 'ranking[0].share.value' });
  });

  it('does not run the schemas on a file whose hash the build recorded', async () => {
    // A record that vouches for a file the schemas would refuse: only the hash decides.
    const evaluation = readRawDataFiles().evaluation as { ranking: { share: { value: number } }[] };
    const first = evaluation.ranking[0];
    if (first) first.share.value = 140;
    const body = JSON.stringify(evaluation);
    serveData({ 'evaluation.json': body });
    const record = buildRecord();
    record.evaluation = { sha256: createHash('sha256').update(body).digest('hex'), dates: [] };
    const dataset = await loadDataset(undefined, record);
    expect(dataset.clusters[0]?.share).toMatchObject({ value: 140 });
  });

  it('validates everything when there is no build record (dev server, tests)', async () => {
    serveData();
    expect(await loadDataset(undefined, {})).toEqual(loadBundledDataset());
  });

  it('fetches each data file once', async () => {
    const fetchMock = serveData();
    await loadDataset(undefined, buildRecord());
    expect(fetchMock).toHaveBeenCalledTimes(DATA_FILES.length);
  });
});
