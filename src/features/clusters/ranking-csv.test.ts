import { describe, expect, it } from 'vitest';
import { loadBundledDataset as bundledDataset } from '../../../tests/dataset';
import { toCsv } from '../../components/export/csv';
import { toRankingCsvRows } from './ranking-csv';
import { toRankingRows } from './ranking-rows';

const rows = toRankingRows(bundledDataset().clusters);

describe('toRankingCsvRows', () => {
  it('has a header and one row per cluster, in rank order', () => {
    const csv = toRankingCsvRows(rows, 'en');
    expect(csv).toHaveLength(20);
    expect(csv[0]).toEqual([
      'Rank',
      'Cluster',
      'Level',
      'Share agreeing (%)',
      'At most, derived (%)',
      'Status',
      'Source',
    ]);
    expect(csv[1]).toEqual([1, 'NCE Norway Health Tech', 'NCE', 68, null, 'published', 'shifter-2024']);
  });

  it('writes an unpublished share as an empty cell with its derived bound, never 0', () => {
    const fifth = toRankingCsvRows(rows, 'nb')[5];
    expect(fifth).toEqual([5, 'The Life Science Cluster', 'Arena', null, 45, 'ikke publisert', 'shifter-2024']);
    expect(toCsv([fifth ?? []]).slice(1)).toBe('5,The Life Science Cluster,Arena,,45,ikke publisert,shifter-2024\r\n');
  });
});
