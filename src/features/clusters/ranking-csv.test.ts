import { describe, expect, it } from 'vitest';
import { loadBundledDataset as bundledDataset } from '../../../tests/dataset';
import { toCsv } from '../../components/export/csv';
import { describeSources } from '../../data/source-facts';
import { toRankingCsvRows } from './ranking-csv';
import { toRankingRows } from './ranking-rows';

const dataset = bundledDataset();
const rows = toRankingRows(dataset.clusters);
const shifter = { sources: ['shifter-2024'] };

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
      'Source URL',
    ]);
    expect(csv[1]).toEqual([
      1,
      'NCE Norway Health Tech',
      'NCE',
      68,
      null,
      'published',
      { ...shifter, show: 'name' },
      { ...shifter, show: 'url' },
    ]);
  });

  it('writes an unpublished share as an empty cell with its derived bound, never 0', () => {
    const fifth = toRankingCsvRows(rows, 'nb')[5];
    expect(fifth?.slice(0, 6)).toEqual([5, 'The Life Science Cluster', 'Arena', null, 45, 'ikke publisert']);
    expect(toCsv([fifth ?? []], 'nb', describeSources(dataset.sources)).slice(1)).toBe(
      '5;The Life Science Cluster;Arena;;45;ikke publisert;Shifter: Internasjonalisering: «Få og svake resultater hos klyngene» ifølge rapport;' +
        'https://www.shifter.no/nyheter/internasjonalisering-fa-og-svake-resultater-hos-klyngene-ifolge-rapport/310120\r\n',
    );
  });
});
