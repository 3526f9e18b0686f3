import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../tests/dataset';
import { figuresByYear, intakesByYear } from './figures-by-year';

const { programme } = loadBundledDataset();

describe('figuresByYear', () => {
  it('gives the clusters in the programme 2019–2023 with 2020 as a gap, not a zero', () => {
    const series = figuresByYear(programme.figures, 'clusters', null, 2019, 2023);
    expect(
      series.years.map((slot) => [slot.year, slot.entries?.flatMap((f) => f.values.map((v) => v.value)) ?? null]),
    ).toEqual([
      [2019, [36]],
      [2020, null],
      [2021, [44, 44]],
      [2022, [39, 39]],
      [2023, [28]],
    ]);
  });

  it('keeps both Arena counts of autumn 2006 with both sources', () => {
    const [slot] = figuresByYear(programme.figures, 'clusters', 'arena', 2006, 2006).years;
    expect(slot?.entries?.[0]?.values.map((v) => [v.value, v.source])).toEqual([
      [21, 'snf-arena'],
      [26, 'evalport-arena'],
    ]);
  });

  it('keeps the 2015 budget conflict and the approximate qualifier', () => {
    const slot = figuresByYear(programme.figures, 'budget', null, 2015, 2015).years[0];
    expect(slot?.entries?.[0]?.values.map((v) => [v.value, v.qualifier, v.source])).toEqual([
      [137, 'exact', 'tu-2015'],
      [137, 'exact', 'enerwe-2015'],
      [150, 'about', 'asplan'],
    ]);
  });

  it('leaves a total over a span out of the yearly slots', () => {
    const series = figuresByYear(programme.figures, 'budget', 'arena', 2002, 2012);
    expect(series.unplaced.map((f) => f.id)).toEqual(['arena-grants-2002-2006']);
    expect(series.years.find((s) => s.year === 2006)?.entries).toBeNull();
    expect(series.years.find((s) => s.year === 2012)?.entries?.map((f) => f.id)).toEqual(['budget-arena-2012']);
  });
});

describe('intakesByYear', () => {
  it('gives Arena Pro intakes from 2019 with applicants where known, and gaps before', () => {
    const slots = intakesByYear(programme.intakes, 'arena-pro', 2018, 2022);
    expect(slots.map((s) => [s.year, s.entries?.length ?? null])).toEqual([
      [2018, null],
      [2019, 1],
      [2020, 1],
      [2021, 1],
      [2022, null],
    ]);
    const round2019 = slots[1]?.entries?.[0];
    expect(round2019?.clusters).toHaveLength(4);
    expect(round2019?.applicants).toEqual([{ confidence: 'S', value: 11, qualifier: 'exact', source: 'abelia-2019' }]);
  });
});
