import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../tests/dataset';
import { budgetByYear, clustersByYear, intakesByYearAndLevel } from './programme-series';
import { toYearBarRows } from './year-bars';

const { programme } = loadBundledDataset();
const marksOfYear = (groups: ReturnType<typeof clustersByYear>['groups'], year: number) =>
  groups.find((g) => g.year === year)?.marks?.map((m) => [m.series, m.value, m.sources]) ?? null;

describe('clustersByYear', () => {
  const { groups, unplaced } = clustersByYear(programme);
  it('gives 2021 and 2022 for the whole programme with both sources each (agreeing values make one mark)', () => {
    expect(marksOfYear(groups, 2021)).toContainEqual(['all', 44, ['in-2021', 'in-ar21b']]);
    expect(marksOfYear(groups, 2022)).toContainEqual(['all', 39, ['in-2022', 'in-ar22b']]);
  });
  it('keeps the two Arena counts of 2006 as two marks with their own source', () => {
    expect(marksOfYear(groups, 2006)).toEqual([
      ['arena', 21, ['snf-arena']],
      ['arena', 26, ['evalport-arena']],
      ['nce', 6, ['tu-2006a', 'tu-2006b']],
    ]);
  });
  it('leaves a year no source covers as a gap, not a zero', () => {
    expect(marksOfYear(groups, 2008)).toBeNull();
    expect(toYearBarRows(groups).find((r) => r.year === 2008)).toMatchObject({ mark: null, value: null });
  });
  it('keeps the undated Arena list out of the years', () => {
    expect(unplaced.map((f) => f.id)).toEqual(['clusters-arena-undated']);
  });
});

describe('budgetByYear', () => {
  it('keeps the 2015 disagreement (137 twice, about 150) as two marks', () => {
    const marks = budgetByYear(programme).groups.find((g) => g.year === 2015)?.marks;
    expect(marks?.map((m) => [m.value, m.qualifier, m.sources])).toEqual([
      [137, 'exact', ['tu-2015', 'enerwe-2015']],
      [150, 'about', ['asplan']],
    ]);
  });
});

describe('intakesByYearAndLevel', () => {
  it('gives the 2019 Arena Pro round with its 11 applicants, and an unknown count as a null value', () => {
    const { groups } = intakesByYearAndLevel(programme);
    const y2019 = groups.find((g) => g.year === 2019)?.marks ?? [];
    const pro = y2019.find((m) => m.level === 'arena-pro');
    expect(pro?.value).toBe(4);
    expect(pro?.applicants?.map((a) => a.value)).toEqual([11]);
    const nce2015 = groups.find((g) => g.year === 2015)?.marks?.find((m) => m.level === 'nce');
    expect(nce2015?.value).toBeNull();
  });
});
