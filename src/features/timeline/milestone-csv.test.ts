import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../../tests/dataset';
import { toMilestoneCsvRows } from './milestone-csv';
import { toMilestones } from './milestones';

const milestones = toMilestones(loadBundledDataset().events);

describe('toMilestoneCsvRows', () => {
  it('has a header and one row per milestone, numbered in time order as on the chart', () => {
    const csv = toMilestoneCsvRows(milestones, 'en');
    expect(csv).toHaveLength(milestones.length + 1);
    expect(csv[0]).toEqual(['No.', 'Date', 'Until', 'Precision', 'Event', 'Sources', 'Source URLs']);
    expect(csv.slice(1).map((row) => row[0])).toEqual(milestones.map((_, index) => index + 1));
    expect(csv[1]).toEqual([
      1,
      '2002',
      null,
      'year',
      'The Arena programme starts – the beginning of the cluster programmes.',
      { sources: ['shifter-2024', 'nic'], show: 'name' },
      { sources: ['shifter-2024', 'nic'], show: 'url' },
    ]);
  });

  it('writes a day-precise date as a day and a span with its end', () => {
    const csv = toMilestoneCsvRows(milestones, 'nb');
    expect(csv.some((row) => row[1] === '2009-06-11' && row[3] === 'dag' && row[2] === null)).toBe(true);
    const spans = milestones.filter((m) => m.precision === 'range');
    expect(spans.map((m) => m.date.raw)).toEqual(['2020']);
    for (const span of spans) {
      expect(csv[span.number]?.[2]).toBe(span.end?.raw);
      expect(csv[span.number]?.[3]).toBe('periode');
    }
  });
});
