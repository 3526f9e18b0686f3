import { describe, expect, it } from 'vitest';
import type { Cluster } from '../../data/schema/clusters';
import { compareMedianRanks, filterSummaries, median, summarizeLevels } from './level-stats';

describe('median', () => {
  it('is the middle value of an odd count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([7])).toBe(7);
  });

  it('is the mean of the two middle values of an even count', () => {
    expect(median([1, 2, 3, 4, 6, 7, 8, 13])).toBe(5);
    expect(median([2, 3])).toBe(2.5);
  });

  it('is null for no values, never 0', () => {
    expect(median([])).toBeNull();
  });
});

const share = (value: number | null) =>
  value === null
    ? ({ status: 'unknown', reason: 'not-published', source: 'shifter-2024' } as const)
    : ({ status: 'published', value, source: 'shifter-2024' } as const);

function cluster(rank: number, level: 'nce' | 'arena', shareValue: number | null = null): Cluster {
  return { rank, slug: `c${rank}`, name: `C ${rank}`, level, share: share(shareValue) } as Cluster;
}

describe('summarizeLevels', () => {
  // The 19 evaluated clusters' levels and published shares, as in the data.
  const clusters = [
    cluster(1, 'nce', 68),
    cluster(2, 'nce', 59),
    cluster(3, 'nce', 54),
    cluster(4, 'nce', 45),
    cluster(5, 'arena'),
    cluster(6, 'nce'),
    cluster(7, 'nce'),
    cluster(8, 'nce'),
    cluster(9, 'arena'),
    cluster(10, 'arena'),
    cluster(11, 'arena'),
    cluster(12, 'arena'),
    cluster(13, 'nce'),
    ...[14, 15, 16, 17, 18, 19].map((rank) => cluster(rank, 'arena')),
  ];
  const byLevel = Object.fromEntries(summarizeLevels(clusters).map((s) => [s.level, s]));

  it('counts 8 NCE and 11 Arena clusters and none at Arena Pro or GCE', () => {
    expect(byLevel.nce?.clusters).toHaveLength(8);
    expect(byLevel.arena?.clusters).toHaveLength(11);
    expect(byLevel['arena-pro']?.clusters).toEqual([]);
    expect(byLevel.gce?.clusters).toEqual([]);
  });

  it('derives the median rank per level: NCE 5 (even count), Arena 14 (odd), none where no cluster', () => {
    expect(byLevel.nce?.medianRank).toBe(5);
    expect(byLevel.arena?.medianRank).toBe(14);
    expect(byLevel.gce?.medianRank).toBeNull();
  });

  it('lists the published shares per level; Arena has none', () => {
    expect(byLevel.nce?.publishedShares.map((s) => s.value)).toEqual([68, 59, 54, 45]);
    expect(byLevel.nce?.unpublishedCount).toBe(4);
    expect(byLevel.arena?.publishedShares).toEqual([]);
    expect(byLevel.arena?.unpublishedCount).toBe(11);
  });

  it('follows the given level order and narrows to the selected levels', () => {
    const summaries = summarizeLevels(clusters, ['nce', 'arena', 'arena-pro', 'gce']);
    expect(summaries.map((s) => s.level)).toEqual(['nce', 'arena', 'arena-pro', 'gce']);
    expect(filterSummaries(summaries, ['arena']).map((s) => s.level)).toEqual(['arena']);
    expect(filterSummaries(summaries, [])).toHaveLength(4);
  });
});

describe('compareMedianRanks', () => {
  it('says which median rank is better (lower)', () => {
    expect(compareMedianRanks(5, 14)).toEqual({ kind: 'better', first: 5, second: 14 });
    expect(compareMedianRanks(14, 5).kind).toBe('worse');
    expect(compareMedianRanks(3, 3).kind).toBe('equal');
  });

  it('cannot compare with a level that has no clusters', () => {
    expect(compareMedianRanks(null, 5)).toEqual({ kind: 'incomparable' });
  });
});
