import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../tests/dataset';
import { toCsv } from '../../components/export/csv';
import { toLevelRankCsvRows } from './level-rank-csv';
import { levelNames } from '../../domain/levels';
import { summarizeLevels } from './level-stats';

const dataset = loadBundledDataset();
const summaries = summarizeLevels(dataset.clusters);
const names = levelNames(dataset.levels);

describe('toLevelRankCsvRows', () => {
  it('has a header and one row per evaluated cluster, grouped by level', () => {
    const csv = toLevelRankCsvRows(summaries, names, 'en');
    expect(csv).toHaveLength(20);
    expect(csv[0]).toEqual([
      'Level',
      'Rank',
      'Cluster',
      'Share agreeing (%)',
      'Status',
      'Source',
      'Source URL',
      'Median rank at the level (derived)',
    ]);
    const levels = csv.slice(1).map((row) => row[0]);
    expect(levels.filter((level) => level === 'Arena')).toHaveLength(11);
    expect(levels.filter((level) => level === 'NCE')).toHaveLength(8);
    expect(levels.indexOf('NCE')).toBeGreaterThan(levels.lastIndexOf('Arena'));
  });

  it('writes the derived median on each row and an unpublished share as an empty cell, never 0', () => {
    const csv = toLevelRankCsvRows(summaries, names, 'nb');
    expect(csv.find((row) => row[2] === 'NCE Norway Health Tech')).toEqual([
      'NCE',
      1,
      'NCE Norway Health Tech',
      68,
      'publisert',
      { sources: ['shifter-2024'], show: 'name' },
      { sources: ['shifter-2024'], show: 'url' },
      5,
    ]);
    const lifeScience = csv.find((row) => row[2] === 'The Life Science Cluster');
    expect(lifeScience?.slice(0, 5)).toEqual(['Arena', 5, 'The Life Science Cluster', null, 'ikke publisert']);
    expect(
      toCsv([lifeScience ?? []], 'en', (id) => ({ name: `Name of ${id}`, url: `https://example.org/${id}` })).slice(1),
    ).toBe(
      'Arena,5,The Life Science Cluster,,ikke publisert,Name of shifter-2024,https://example.org/shifter-2024,14\r\n',
    );
  });
});
