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

function rankingOf(files: Record<DataFileName, Json>): Json[] {
  return files.evaluation.ranking as Json[];
}

function indexOfSlug(files: Record<DataFileName, Json>, slug: string): number {
  return clustersOf(files).findIndex((c) => c.slug === slug);
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
    (rankingOf(files)[0] as { share: Json }).share.value = 140;
    expectDataError(files, 'evaluation.json', 'ranking[0].share.value');
  });

  it('a duplicate slug', () => {
    const files = bundled();
    (clustersOf(files)[20] as Json).slug = 'gce-node';
    expectDataError(files, 'clusters.json', 'clusters[20].slug');
  });

  it('an unknown level', () => {
    const files = bundled();
    (clustersOf(files)[3] as { levels: Json[] }).levels[0] = {
      ...(clustersOf(files)[3] as { levels: Json[] }).levels[0],
      level: 'super-nce',
    };
    expectDataError(files, 'clusters.json', 'clusters[3].levels[0].level');
  });

  it('a source id that no source has', () => {
    const files = bundled();
    (rankingOf(files)[1] as { share: Json }).share.source = 'made-up';
    expectDataError(files, 'evaluation.json', 'ranking[1].share.source');
  });

  it('an unknown source id deep in the directory', () => {
    const files = bundled();
    const period = (clustersOf(files)[0] as { levels: { start: { values: Json[] } }[] }).levels[0];
    (period?.start.values[0] as Json).source = 'made-up';
    expectDataError(files, 'clusters.json', 'clusters[0].levels[0].start.values[0].source');
  });

  it('an unknown source id in the programme figures', () => {
    const files = bundled();
    const figure = (files.programme.figures as { values: Json[] }[])[1];
    (figure?.values[1] as Json).source = 'made-up';
    expectDataError(files, 'programme.json', 'figures[1].values[1].source');
  });

  it('a source alias that doubles an id', () => {
    const files = bundled();
    const sources = files.sources.sources as Json[];
    (sources[0] as Json).aliases = ['menon-2024'];
    expectDataError(files, 'sources.json', 'sources[0].aliases[0]');
  });

  it('a cluster in two overlapping periods of the same level', () => {
    const files = bundled();
    const index = indexOfSlug(files, 'gce-node');
    const levels = (clustersOf(files)[index] as { levels: Json[] }).levels;
    // A second GCE period from 2020, while the one from 2014 has no known end.
    levels.push({
      ...levels[2],
      start: { status: 'known', values: [{ confidence: 'S', date: '2020', latest: null, source: 'node-2020' }] },
    });
    expectDataError(files, 'clusters.json', `clusters[${String(index)}].levels[3].start`);
  });

  it('a period that ends before it starts', () => {
    const files = bundled();
    const period = (clustersOf(files)[0] as { levels: { end: Json }[] }).levels[0];
    if (period)
      period.end = { status: 'known', values: [{ confidence: 'S', date: '1999', latest: null, source: 'nic' }] };
    expectDataError(files, 'clusters.json', 'clusters[0].levels[0].end');
  });

  it('an evaluated cluster missing from the directory', () => {
    const files = bundled();
    const index = indexOfSlug(files, 'renergy');
    clustersOf(files).splice(index, 1);
    expectDataError(files, 'evaluation.json', 'ranking[14].slug');
  });

  it('an evaluated cluster whose evaluated period has no known end', () => {
    const files = bundled();
    const index = indexOfSlug(files, 'arena-oslo');
    const period = (clustersOf(files)[index] as { levels: { end: Json }[] }).levels[0];
    if (period) period.end = { status: 'unknown', reason: 'not-found' };
    expectDataError(files, 'clusters.json', `clusters[${String(index)}].levels[0].end`);
  });

  it('an intake round naming a cluster the directory does not have', () => {
    const files = bundled();
    (files.programme.intakes as { clusters: string[] }[])[0]?.clusters.push('made-up');
    const last = ((files.programme.intakes as { clusters: string[] }[])[0]?.clusters.length ?? 0) - 1;
    expectDataError(files, 'programme.json', `intakes[0].clusters[${String(last)}]`);
  });

  it('an approximate figure without its qualifier', () => {
    const files = bundled();
    const figure = (files.programme.figures as { values: Json[] }[])[0];
    delete (figure?.values[0] as Json).qualifier;
    expectDataError(files, 'programme.json', 'figures[0].values[0].qualifier');
  });

  it('an inferred date without its basis', () => {
    const files = bundled();
    const index = indexOfSlug(files, 'the-life-science-cluster');
    const period = (clustersOf(files)[index] as { levels: { start: { values: Json[] } }[] }).levels[0];
    delete (period?.start.values[0] as Json).basis;
    expectDataError(files, 'clusters.json', `clusters[${String(index)}].levels[0].start.values[0].basis`);
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
    (rankingOf(files)[9] as { share: Json }).share.value = 0;
    expectDataError(files, 'evaluation.json', 'ranking[9].share');
  });

  it('clusters out of the article order', () => {
    const files = bundled();
    const list = rankingOf(files);
    [list[0], list[1]] = [list[1] as Json, list[0] as Json];
    expectDataError(files, 'evaluation.json', 'ranking[0].rank');
  });

  it('a file that is not an object', () => {
    const files = bundled() as RawDataFiles;
    files.levels = null;
    expectDataError(files, 'levels.json', '(root)');
  });
});
