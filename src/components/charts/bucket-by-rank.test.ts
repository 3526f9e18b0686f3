import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketByRank, type RankedValue } from './bucket-by-rank';

const ranking = (values: (number | null)[]): RankedValue[] =>
  values.map((value, index) => ({ rank: index + 1, value }));

describe('bucketByRank', () => {
  it('keeps one bar per item while they fit, sorted by rank', () => {
    const items = [
      { rank: 2, value: 59 },
      { rank: 1, value: 68 },
      { rank: 3, value: null },
    ];
    expect(bucketByRank(items, 60)).toEqual({ kind: 'items', items: [items[1], items[0], items[2]] });
  });

  it('groups consecutive ranks into equal runs when there are more items than bars', () => {
    const series = bucketByRank(ranking([68, 59, 54, 45, null, null, null]), 3);
    expect(series).toEqual({
      kind: 'buckets',
      bucketSize: 3,
      buckets: [
        { fromRank: 1, toRank: 3, count: 3, known: 3, unknown: 0, min: 54, max: 68, mean: 60.333333333333336 },
        { fromRank: 4, toRank: 6, count: 3, known: 1, unknown: 2, min: 45, max: 45, mean: 45 },
        { fromRank: 7, toRank: 7, count: 1, known: 0, unknown: 1, min: null, max: null, mean: null },
      ],
    });
  });

  it('never counts an unpublished value as zero', () => {
    const series = bucketByRank(ranking([40, null, null, null]), 1);
    expect(series.kind === 'buckets' && series.buckets[0]).toMatchObject({ min: 40, mean: 40, unknown: 3 });
  });

  it('covers every rank exactly once, in at most maxBars bars (10,000 items → 60 bars)', () => {
    const big = ranking(Array.from({ length: 10_000 }, (_, i) => (i < 4 ? 60 : null)));
    const series = bucketByRank(big, 60);
    if (series.kind !== 'buckets') throw new Error('expected buckets');
    expect(series.buckets.length).toBeLessThanOrEqual(60);
    expect(series.buckets.reduce((n, b) => n + b.count, 0)).toBe(10_000);
  });

  it('holds for any ranking and bar count (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }), { maxLength: 500 }),
        fc.integer({ min: 1, max: 80 }),
        (values, maxBars) => {
          const series = bucketByRank(ranking(values), maxBars);
          if (series.kind === 'items') return series.items.length === values.length && values.length <= maxBars;
          const { buckets } = series;
          const contiguous = buckets.every((b, i) => i === 0 || b.fromRank === (buckets[i - 1]?.toRank ?? 0) + 1);
          return (
            buckets.length <= maxBars &&
            contiguous &&
            buckets[0]?.fromRank === 1 &&
            buckets.at(-1)?.toRank === values.length &&
            buckets.every((b) => b.known + b.unknown === b.count && (b.known === 0) === (b.mean === null))
          );
        },
      ),
    );
  });
});
