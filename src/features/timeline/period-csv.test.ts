import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../tests/dataset';
import type { LevelId } from '../../data/schema/common';
import { toPeriodCsvRows } from './period-csv';
import { toClusterPeriods } from './periods';

const dataset = loadBundledDataset();
const names = Object.fromEntries(dataset.levels.map((level) => [level.id, level.name])) as Record<LevelId, string>;

describe('toPeriodCsvRows', () => {
  it('has a header and one row per cluster shown', () => {
    const csv = toPeriodCsvRows(toClusterPeriods(dataset.clusters, []), names, 'en');
    expect(csv).toHaveLength(20);
    expect(csv[0]).toEqual([
      'Cluster',
      'Level',
      'Entry (earliest)',
      'Entry (latest)',
      'Entry: basis',
      'Exit (earliest)',
      'Exit (latest)',
      'Sources',
      'Source URLs',
    ]);
    expect(toPeriodCsvRows(toClusterPeriods(dataset.clusters, ['nce']), names, 'en')).toHaveLength(9);
  });

  it('keeps each date at the precision of its source, with both ends of a range, and flags an inferred entry', () => {
    const csv = toPeriodCsvRows(toClusterPeriods(dataset.clusters, []), names, 'nb');
    expect(csv.find((row) => row[0] === 'NCE Tourism')).toEqual([
      'NCE Tourism',
      'NCE',
      '2009-06-11',
      null,
      'oppgitt i kilden',
      '2019',
      null,
      { sources: ['gcesubsea-15770', 'menon-nce-tourism'], show: 'name' },
      { sources: ['gcesubsea-15770', 'menon-nce-tourism'], show: 'url' },
    ]);
    expect(csv.find((row) => row[0] === 'The Life Science Cluster')).toEqual([
      'The Life Science Cluster',
      'Arena',
      '2018',
      '2019',
      'utledet fra kildene',
      '2020',
      '2023',
      { sources: ['tlsc-2019', 'menon-2024'], show: 'name' },
      { sources: ['tlsc-2019', 'menon-2024'], show: 'url' },
    ]);
  });
});
