import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../tests/dataset';
import { PROGRAMME_CHART_DATA } from './programme-series';
import { yearBarPages } from './year-bar-pages';
import { toYearBarRows, type YearGroup } from './year-bars';

const { programme } = loadBundledDataset();

describe('yearBarPages', () => {
  it('splits a long figure into slides of at most 12 rows, whole years in order, nothing lost', () => {
    for (const chart of Object.keys(PROGRAMME_CHART_DATA) as (keyof typeof PROGRAMME_CHART_DATA)[]) {
      const { groups } = PROGRAMME_CHART_DATA[chart](programme);
      const pages = yearBarPages(groups);
      expect(pages.flat(), chart).toEqual(groups);
      for (const page of pages) expect(toYearBarRows(page).length, chart).toBeLessThanOrEqual(12);
      expect(pages.length, chart).toBe(Math.ceil(toYearBarRows(groups).length / 12));
    }
  });

  it('keeps a year’s disagreeing values on one slide', () => {
    const group = (year: number, marks: number): YearGroup => ({
      year,
      marks:
        marks === 0
          ? null
          : Array.from({ length: marks }, (_, i) => ({
              key: `${year}-${i}`,
              series: 'all',
              level: null,
              value: i,
              qualifier: 'exact' as const,
              sources: ['s'],
              note: null,
              inferred: false,
            })),
    });
    const pages = yearBarPages([group(2000, 2), group(2001, 2), group(2002, 2)], 3);
    expect(pages.map((p) => p.map((g) => g.year))).toEqual([[2000], [2001], [2002]]);
    expect(yearBarPages([], 3)).toEqual([[]]);
  });
});
