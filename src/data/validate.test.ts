import { describe, expect, it } from 'vitest';
import { readRawDataFiles } from '../../tests/dataset';
import { DataFileError } from './data-error';
import type { DataFileName } from './data-files';
import { parseDataset, type RawDataFiles } from './validate';

type Json = Record<string, unknown>;

const bundled = () => readRawDataFiles() as Record<DataFileName, Json>;

function clustersOf(files: Record<DataFileName, Json>): Json[] {
  return files.clusters.clusters as Json[];
}

function expectDataError(files: RawDataFiles, file: string, field: string): void {
  let thrown: unknown;
  try {
    parseDataset(files);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(DataFileError);
  expect(thrown).toMatchObject({ file, field });
}

describe('parseDataset refuses bad data, naming the file and field', () => {
  it('a share outside 0–100 %', () => {
    const files = bundled();
    (clustersOf(files)[0] as { share: Json }).share.value = 140;
    expectDataError(files, 'clusters.json', 'clusters[0].share.value');
  });

  it('a duplicate slug', () => {
    const files = bundled();
    (clustersOf(files)[5] as Json).slug = 'nce-media';
    expectDataError(files, 'clusters.json', 'clusters[5].slug');
  });

  it('an unknown level', () => {
    const files = bundled();
    (clustersOf(files)[3] as Json).level = 'super-nce';
    expectDataError(files, 'clusters.json', 'clusters[3].level');
  });

  it('a source id that no source has', () => {
    const files = bundled();
    (clustersOf(files)[1] as { share: Json }).share.source = 'made-up';
    expectDataError(files, 'clusters.json', 'clusters[1].share.source');
  });

  it('an unknown id in a list of sources, and the path back out of it', () => {
    const files = bundled();
    const events = files.timeline.events as { sources: string[] }[];
    events[2]?.sources.push('made-up');
    expectDataError(files, 'timeline.json', `events[2].sources[${String((events[2]?.sources.length ?? 0) - 1)}]`);
    // The walk's path is restored after each branch: a later bad id is named by its own path.
    const later = bundled();
    (later.timeline.events as { sources: string[] }[])[4]?.sources.splice(0, 1, 'made-up');
    expectDataError(later, 'timeline.json', 'events[4].sources[0]');
  });

  it('a missing name', () => {
    const files = bundled();
    delete (clustersOf(files)[7] as Json).name;
    expectDataError(files, 'clusters.json', 'clusters[7].name');
  });

  it('an unknown share drawn as a number', () => {
    const files = bundled();
    (clustersOf(files)[9] as { share: Json }).share.value = 0;
    expectDataError(files, 'clusters.json', 'clusters[9].share');
  });

  it('clusters out of the article order', () => {
    const files = bundled();
    const list = clustersOf(files);
    [list[0], list[1]] = [list[1] as Json, list[0] as Json];
    expectDataError(files, 'clusters.json', 'clusters[0].rank');
  });

  it('a file that is not an object', () => {
    const files = bundled() as RawDataFiles;
    files.levels = null;
    expectDataError(files, 'levels.json', '(root)');
  });
});
